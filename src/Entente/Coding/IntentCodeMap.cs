using System.Collections.Frozen;

namespace Entente.Coding;

/// <summary>Maps the code of a realised act to the CAMEO code for its announced or wished-for form
/// (a future visit is 036, future military cooperation 0312, a future attack a threat 138).</summary>
public sealed class IntentCodeMap
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byCode;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byRoot;

    /// <summary>Builds the map from the conventions in EVAL.md and the gold sets' README.</summary>
    public IntentCodeMap()
    {
        _byCode = new Dictionary<string, string>
        {
            // The intent forms follow the CAMEO codebook's 03x and 13x rows: each realised act maps to the "intend to"
            // or "threaten to" code that names the same act (yield 08x -> 035x/034x, reduce relations 16x -> 131x/134-136).
            // Mediation promised or offered is the intent to mediate (039), not to meet (036).
            ["045"] = "039",
            ["057"] = "030", ["061"] = "0311", ["062"] = "0312", ["063"] = "0313", ["064"] = "0314",
            ["070"] = "033", ["071"] = "0331", ["072"] = "0332", ["073"] = "0333", ["074"] = "0334", ["075"] = "033",
            ["080"] = "035", ["081"] = "0351", ["082"] = "0352",
            ["083"] = "034", ["0831"] = "0341", ["0832"] = "0342", ["0833"] = "0343", ["0834"] = "0344",
            ["084"] = "0353", ["085"] = "0354", ["086"] = "0355", ["087"] = "0356",
            ["160"] = "131", ["161"] = "1313", ["162"] = "1311", ["163"] = "1312", ["164"] = "134", ["165"] = "135", ["166"] = "136",
            ["172"] = "132", ["1721"] = "1321", ["1722"] = "1322", ["1723"] = "1323", ["1724"] = "1324",
            ["173"] = "137", ["174"] = "137", ["175"] = "137",
            ["180"] = "1383", ["190"] = "138", ["191"] = "1381", ["192"] = "1382", ["193"] = "1384", ["194"] = "1384",
            ["195"] = "1384", ["196"] = "1384", ["204"] = "1385",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _byRoot = new Dictionary<string, string>
        {
            ["04"] = "036", ["05"] = "032", ["06"] = "031", ["07"] = "033", ["08"] = "035",
            ["14"] = "133", ["15"] = "138", ["16"] = "131", ["17"] = "137", ["18"] = "1383", ["19"] = "138", ["20"] = "1385",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The intent code for <paramref name="code"/>, or the code itself when its act is verbal already;
    /// cooperation whose domain the pattern names ("a trade agreement", "a defence pact") gets the domain's intent code
    /// (a diplomatic one, "wants to join NATO", the intent to cooperate diplomatically, 032).</summary>
    public string IntentFor(string code, IReadOnlyList<string>? contexts = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (contexts is { Count: > 0 } && code.AsSpan(0, 2) is "05" or "06")
        {
            for (var i = 0; i < contexts.Count; i++)
            {
                var c = contexts[i];
                var byDomain = c switch { "economic" => "0311", "military" => "0312", "legal" => "0313", "intelligence" => "0314", "diplomatic" => "032", _ => null };
                if (byDomain is not null) return byDomain;
            }
        }

        if (_byCode.TryGetValue(code, out var intent)) return intent;
        if (code.Length > 3 && _byCode.TryGetValue(code.AsSpan(0, 3), out intent)) return intent;
        return _byRoot.TryGetValue(code.AsSpan(0, 2), out intent) ? intent : code;
    }
}

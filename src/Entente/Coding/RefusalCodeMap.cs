using System.Collections.Frozen;

namespace Entente.Coding;

/// <summary>Maps the code of a cooperative act to the CAMEO root-12 code for refusing it: "Germany said it would not supply
/// tanks to Ukraine" is a refusal of military aid (1222), not an aid event that did not happen (dev-README: refusal
/// statements such as "would not implement" are asserted root-12 events).</summary>
public sealed class RefusalCodeMap
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byCode;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byRoot;

    /// <summary>Reject, not specified below (120): refusing to back or endorse someone or something ("said it would not endorse
    /// Sweden's bid to join NATO").</summary>
    public const string Reject = "120";

    /// <summary>Builds the map from the CAMEO codebook's root-12 rows: each refusal names the act refused.</summary>
    public RefusalCodeMap()
    {
        _byCode = new Dictionary<string, string>
        {
            ["036"] = "125", ["0311"] = "1211", ["0312"] = "1212", ["0331"] = "1221", ["0332"] = "1222", ["0333"] = "1223", ["0334"] = "1224",
            ["057"] = "127",
            ["061"] = "1211", ["062"] = "1212", ["063"] = "1213", ["0313"] = "1213",
            ["071"] = "1221", ["072"] = "1222", ["073"] = "1223", ["074"] = "1224",
            ["081"] = "1241", ["082"] = "1242", ["083"] = "123", ["0831"] = "1231", ["0832"] = "1232", ["0833"] = "1233", ["0834"] = "1234",
            ["084"] = "1243", ["0841"] = "1243", ["0842"] = "1243", ["085"] = "1244", ["086"] = "1245", ["087"] = "1246",
            ["0871"] = "1246", ["0872"] = "1246", ["0873"] = "1246", ["0874"] = "1246",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _byRoot = new Dictionary<string, string>
        {
            ["04"] = "125", ["05"] = Reject, ["06"] = "121", ["07"] = "122", ["08"] = "124",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The refusal code for <paramref name="code"/>, or null when refusing that act has no code of its own
    /// (a withheld threat or a verbal act stays negated).</summary>
    public string? RefusalFor(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_byCode.TryGetValue(code.AsSpan(), out var refusal)) return refusal;
        return code.Length >= 2 && _byRoot.TryGetValue(code.AsSpan(0, 2), out refusal) ? refusal : null;
    }
}

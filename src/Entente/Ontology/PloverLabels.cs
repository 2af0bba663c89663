using System.Collections.Frozen;

namespace Entente.Ontology;

/// <summary>PLOVER event types and modes (manual 2.0 draft), and the mapping from older PLOVER 0.5 type labels to current ones.</summary>
/// <remarks>
/// PLOVER 0.5 (2016, used by the PLOVER gold-standard records) had 18 types; the current manual has 16:
/// DEMAND became REQUEST, DISAPPROVE and INVESTIGATE merged into ACCUSE (modes disapprove/allege and
/// investigate), FIGHT merged into ASSAULT. Scoring compares types only after normalising both sides.
/// </remarks>
public static class PloverLabels
{
    public const string Agree = "AGREE";
    public const string Consult = "CONSULT";
    public const string Support = "SUPPORT";
    public const string Concede = "CONCEDE";
    public const string Cooperate = "COOPERATE";
    public const string Aid = "AID";
    public const string Retreat = "RETREAT";
    public const string Request = "REQUEST";
    public const string Accuse = "ACCUSE";
    public const string Reject = "REJECT";
    public const string Threaten = "THREATEN";
    public const string Protest = "PROTEST";
    public const string Sanction = "SANCTION";
    public const string Mobilize = "MOBILIZE";
    public const string Coerce = "COERCE";
    public const string Assault = "ASSAULT";

    /// <summary>The 16 current PLOVER event types, from verbal cooperation to material conflict.</summary>
    public static IReadOnlyList<string> Types { get; } =
    [
        Agree, Consult, Support, Concede, Cooperate, Aid, Retreat,
        Request, Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault,
    ];

    private static readonly FrozenDictionary<string, string[]> _modes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Agree] = [],
        [Consult] = ["visit", "third-party", "multilateral", "phone"],
        [Support] = [],
        [Concede] = [],
        [Cooperate] = [],
        [Aid] = [],
        [Retreat] = ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        [Request] = ["assist", "change", "yield", "meet"],
        [Accuse] = ["disapprove", "investigate", "allege"],
        [Reject] = ["assist", "change", "yield", "meet"],
        [Threaten] = ["restrict", "arrest", "relations", "expel", "territory", "violence"],
        [Protest] = ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
        [Sanction] = ["convict", "expel", "withdraw", "discontinue"],
        [Mobilize] = ["troops", "weapons", "police", "militia"],
        [Coerce] = ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"],
        [Assault] =
        [
            "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
            "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional", "sideAB",
        ],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Older labels (PLOVER 0.5 and the repository README's 18-type list) → current type.
    private static readonly FrozenDictionary<string, string> _legacy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DEMAND"] = Request,
        ["DISAPPROVE"] = Accuse,
        ["INVESTIGATE"] = Accuse,
        ["FIGHT"] = Assault,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="type"/> is a current PLOVER type (exact, upper case).</summary>
    public static bool IsType(string type) => _modes.ContainsKey(type);

    /// <summary>Modes allowed for a current type; empty for types without modes and for unknown types.</summary>
    public static IReadOnlyList<string> ModesOf(string type) => _modes.TryGetValue(type, out var modes) ? modes : [];

    /// <summary>The one current type that has <paramref name="mode"/> among its modes, or null when none or several do
    /// ("resign" is RETREAT's alone; "withdraw" belongs to RETREAT and SANCTION).</summary>
    public static string? OnlyTypeWith(string mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        string? found = null;
        foreach (var (type, modes) in _modes)
        {
            if (Array.IndexOf(modes, mode) < 0) continue;
            if (found is not null) return null;
            found = type;
        }

        return found;
    }

    /// <summary>Whether <paramref name="mode"/> is a mode of the current type <paramref name="type"/>.</summary>
    public static bool IsMode(string type, string mode) =>
        _modes.TryGetValue(type, out var modes) && Array.IndexOf(modes, mode) >= 0;

    /// <summary>
    /// The current PLOVER type for a label of any PLOVER version ("FIGHT" → "ASSAULT", "demand" → "REQUEST");
    /// a label that is no known type comes back trimmed and upper-cased, so comparisons still work.
    /// </summary>
    public static string NormalizePloverType(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        TryNormalizePloverType(label, out var type);
        return type;
    }

    /// <summary>Like <see cref="NormalizePloverType"/>, and says whether the label was a known (current or older) type.</summary>
    public static bool TryNormalizePloverType(string label, out string type)
    {
        ArgumentNullException.ThrowIfNull(label);
        var upper = label.Trim().ToUpperInvariant();
        if (_modes.ContainsKey(upper))
        {
            type = upper;
            return true;
        }

        if (_legacy.TryGetValue(upper, out var current))
        {
            type = current;
            return true;
        }

        type = upper;
        return false;
    }
}

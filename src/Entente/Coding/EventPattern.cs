namespace Entente.Coding;

/// <summary>A compiled event pattern: a trigger phrase, the CAMEO code it gives, and how its arguments are found.</summary>
public sealed record EventPattern
{
    /// <summary>Stable id ("pattern:meet"), named in every event the pattern produces.</summary>
    public required string Id { get; init; }
    /// <summary>CAMEO code the pattern assigns.</summary>
    public required string Cameo { get; init; }
    public required IReadOnlyList<PatternElement> Elements { get; init; }
    public required TriggerKind Kind { get; init; }
    /// <summary>The target is the direct object after the trigger.</summary>
    public bool DirectObject { get; init; }
    /// <summary>Prepositions that introduce the target ("with", "to", "on").</summary>
    public IReadOnlyList<string> TargetPrepositions { get; init; } = [];
    /// <summary>Reciprocal action: compound subjects and "between X and Y" give both directions.</summary>
    public bool Reciprocal { get; init; }
    /// <summary>Mutual action ("joint drills with Y"): both directions whatever the syntax.</summary>
    public bool Mutual { get; init; }
    /// <summary>An event without a target is acceptable ("protesters marched").</summary>
    public bool AllowNoTarget { get; init; }
    /// <summary>PLOVER mode, when the pattern implies one (visit, phone ...).</summary>
    public string? PloverMode { get; init; }
    /// <summary>Extra PLOVER contexts the pattern implies (military for drills ...).</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];
    /// <summary>An example sentence the pattern must code, used by tests.</summary>
    public string? Example { get; init; }
    /// <summary>Where the pattern was defined, for lint and traces.</summary>
    public required string File { get; init; }
    public required int Line { get; init; }
    /// <summary>The source follows the trigger, as in a passive (PETRARCH <c>$</c> after <c>*</c>); default false.</summary>
    public bool SourceAfterTrigger { get; init; }
    /// <summary>Prepositions that introduce a source after the trigger ("pledge from X"); default empty.</summary>
    public IReadOnlyList<string> SourcePrepositions { get; init; } = [];
    /// <summary>The target precedes the trigger (PETRARCH <c>+</c> before <c>*</c>); default false.</summary>
    public bool TargetBeforeTrigger { get; init; }
    /// <summary>A null-coded pattern (PETRARCH <c>[---]</c>): it wins over less specific patterns but gives no event; default false.</summary>
    public bool CodesNothing { get; init; }
    /// <summary>The second code of a PETRARCH <c>[a:b]</c> pair, for the target's act towards the source; default null.</summary>
    public string? SecondCode { get; init; }
    /// <summary>Importer notes (origin, constructs that could not be mapped), for traces; default empty.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;
    /// <summary>The target is the first actor after the trigger in its clause, bare or after any preposition (PETRARCH's
    /// reading of a pattern without <c>+</c>: the target is found in the verb phrase); default false.</summary>
    public bool TargetInVerbPhrase { get; init; }
    /// <summary>Number of literal (non-gap) words; longer patterns win over shorter ones at the same place.</summary>
    public int Specificity => Elements.Count(e => !e.IsGap);

    /// <summary>Whether <paramref name="word"/> is one of the trigger's own words (case-insensitive; gaps have none), the head's
    /// forms counted only when <paramref name="withHead"/>.</summary>
    public bool HasWord(ReadOnlySpan<char> word, bool withHead)
    {
        foreach (var element in Elements)
        {
            if (element.IsGap || (element.IsHead && !withHead)) continue;
            foreach (var form in element.Forms)
            {
                if (word.Equals(form, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }
}

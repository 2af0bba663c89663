using Entente.Model;

namespace Entente.Coding;

/// <summary>"granted refugee status after a six-year battle with the Dominican authorities", "the carmaker's fight with EU
/// regulators": the noun battle or fight of a civilian side (refugees, firms, activists, courts) with a side that
/// is not armed either is a legal or political struggle, not force (CAMEO 190 needs military force); no event. Troops,
/// rebels or police on a side, or a word of arms or casualties in the sentence, keep it a fight.</summary>
internal static class CivilBattle
{
    /// <summary>Whether the 190 match headed by token <paramref name="head"/> (sentence-local) is such a struggle; says so in
    /// the trace when it is.</summary>
    public static bool Drops(SentenceView view, int head, EventPattern pattern, IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets,
        List<TraceEntry>? trace)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        if (head < 0 || head >= view.Count || !IsStruggleNoun(view.Word(head)) || (pattern.Kind != TriggerKind.Noun && !IsNounUse(view, head))) return false;
        if (!HasCivilian(sources) && !HasCivilian(targets)) return false;
        if (VerbalClash.IsArmed(sources) || VerbalClash.IsArmed(targets)) return false;
        for (var i = 0; i < view.Count; i++)
        {
            if (i != head && (VerbalClash.IsArmedWord(view.Word(i)) || IsTruceWord(view.Word(i)))) return false;
        }

        trace?.Add(new TraceEntry("coder", view.Sentence.Index, $"{pattern.Id} '{view.Word(head)}': a civilian side's struggle with an unarmed one, not force; no event"));
        return true;
    }

    private static bool IsStruggleNoun(ReadOnlySpan<char> word) =>
        word.Equals("battle", StringComparison.OrdinalIgnoreCase) || word.Equals("battles", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("fight", StringComparison.OrdinalIgnoreCase) || word.Equals("fights", StringComparison.OrdinalIgnoreCase);

    // "its court fight with the Commission": a verb pattern's word used as a noun, after a determiner (one word between).
    private static bool IsNounUse(SentenceView view, int head)
    {
        for (var k = head - 1; k >= 0 && k >= head - 2; k--)
        {
            if (view.Is(k, "a") || view.Is(k, "the") || view.Is(k, "its") || view.Is(k, "their") || view.Is(k, "his") || view.Is(k, "her")) return true;
        }

        return false;
    }

    // "reached a truce after a three-day battle": a battle that ends in a truce was fought.
    private static bool IsTruceWord(ReadOnlySpan<char> word) =>
        word.Equals("truce", StringComparison.OrdinalIgnoreCase) || word.Equals("ceasefire", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("cease-fire", StringComparison.OrdinalIgnoreCase) || word.Equals("war", StringComparison.OrdinalIgnoreCase);

    private static bool HasCivilian(IReadOnlyList<ActorSlot> slots)
    {
        foreach (var slot in slots)
        {
            if (slot.Actor.Sector is "REF" or "CVL" or "BUS" or "NGO" or "MED" or "EDU" or "LAB" or "REL" or "HLH" or "JUD" or "LEG" or "ELI")
                return true;
        }

        return false;
    }
}

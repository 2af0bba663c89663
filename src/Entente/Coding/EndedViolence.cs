using Entente.Text;

namespace Entente.Coding;

/// <summary>"signed a peace agreement to end the fighting", "aimed at ending fighting that has killed thousands", "called for an
/// end to the war": violence named only as what an act is to end is the reason for that act, not an attack told by the
/// sentence; its doer is not the sentence's subject (the peacemakers), so it is better left uncoded.</summary>
internal static class EndedViolence
{
    /// <summary>How many words (articles, adjectives) may stand between the ending word and the act noun.</summary>
    private const int Modifiers = 2;

    /// <summary>Whether the violent noun trigger at sentence-local token <paramref name="noun"/> is the object of "to end",
    /// "ending" after a preposition, or "an end to".</summary>
    public static bool IsEnded(SentenceView view, int noun)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var k = noun - 1; k >= 0 && k >= noun - 1 - Modifiers; k--)
        {
            if (IsEnding(view, k)) return true;
            // Only an article or a lower-case modifier may come between ("the", "the deadly", "a bloody").
            if (view.MentionAt[k] >= 0 || view.Word(k) is not { Length: > 0 } w || !char.IsLower(w[0]) || IsVerbLike(view, k)) return false;
        }

        return false;
    }

    /// <summary>Whether the trigger at sentence-local token <paramref name="first"/> opens the relative clause of such an ended act
    /// ("ending fighting that has killed thousands"): the fighting killed, not the sentence's subject.</summary>
    public static bool IsRelativeOfEnded(SentenceView view, int first)
    {
        ArgumentNullException.ThrowIfNull(view);
        var k = first - 1;
        if (view.Is(k, "has") || view.Is(k, "have") || view.Is(k, "had")) k--;
        if (!(view.Is(k, "that") || view.Is(k, "which"))) return false;
        var noun = k - 1;
        return noun >= 0 && IsActNoun(view.Word(noun)) && IsEnded(view, noun);
    }

    private static bool IsActNoun(ReadOnlySpan<char> w) =>
        w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || WordList.Contains(w, ["war", "violence", "conflict", "attacks", "clashes", "bloodshed", "insurgency"]);

    private static bool IsEnding(SentenceView view, int k)
    {
        var infinitive = (view.Is(k, "end") || view.Is(k, "halt") || view.Is(k, "stop")) && view.Is(k - 1, "to");
        var gerund = (view.Is(k, "ending") || view.Is(k, "halting") || view.Is(k, "stopping")) &&
                     (view.Is(k - 1, "at") || view.Is(k - 1, "of") || view.Is(k - 1, "on") || view.Is(k - 1, "for") || view.Is(k - 1, "toward") ||
                      view.Is(k - 1, "towards"));
        var endTo = view.Is(k, "to") && view.Is(k - 1, "end") && (view.Is(k - 2, "an") || view.Is(k - 2, "the"));
        return infinitive || gerund || endTo;
    }

    // A word that cannot sit inside the noun phrase: another verb's form or a clause word.
    private static bool IsVerbLike(SentenceView view, int k) =>
        view.Is(k, "to") || view.Is(k, "and") || view.Is(k, "that") || view.Is(k, "which") || view.Is(k, "was") || view.Is(k, "were");
}

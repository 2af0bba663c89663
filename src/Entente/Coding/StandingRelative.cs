using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"Rwanda, which Congo accuses of backing the rebels, rejected ...", "the cleric, whom Ankara blames for the coup
/// attempt, died ...": a comma-set relative clause whose own actor acts in the simple present describes who the main subject
/// is (a standing charge), background like "has long accused"; the story's event is the main clause's.</summary>
internal static class StandingRelative
{
    // Tokens of the relative clause's own actor at most ("which the Congolese government").
    private const int Reach = 5;

    /// <summary>Whether the verb at <paramref name="head"/> is a simple present ("accuses") right after ", which/whom" and a
    /// named actor.</summary>
    public static bool Holds(SentenceView view, int head)
    {
        ArgumentNullException.ThrowIfNull(view);
        var verb = view.Word(head);
        if (head < 3 || !view.IsTag(head, PartOfSpeech.Verb) || verb.Length < 4 || verb[^1] != 's' || verb[^2] == 's' || view.MentionAt[head - 1] < 0) return false;
        var k = head - 1;
        while (k > 0 && head - k <= Reach && (view.MentionAt[k] >= 0 || view.IsTag(k, PartOfSpeech.Determiner))) k--;
        return (view.Is(k, "which") || view.Is(k, "whom")) && view.Is(k - 1, ",");
    }
}

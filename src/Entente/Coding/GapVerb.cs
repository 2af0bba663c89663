using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"a government decree announced on Monday ordered the shutdown": a gap after a verb trigger that runs over
/// another finite verb ("ordered") joins the trigger to that verb's object; the trigger ("announced ... shutdown") is no act.</summary>
internal static class GapVerb
{
    /// <summary>Whether a verb tagged past tense, not one of the pattern's own words, stands between the head of
    /// <paramref name="pattern"/> at <paramref name="head"/> and the match's last word <paramref name="last"/>.</summary>
    public static bool Holds(SentenceView view, EventPattern pattern, int head, int last)
    {
        for (var k = head + 1; k < last; k++)
        {
            if (!view.IsTag(k, PartOfSpeech.Verb) || view.MentionAt[k] >= 0 || !view.Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) continue;
            // "launched a coordinated attack", "imposed expanded sanctions": a participle qualifying the pattern's own noun
            // right after it, or after a determiner, is an adjective.
            // Only a verb with its own object after it ("ordered the shutdown") and a date or name before it.
            if (IsOwnWord(view, pattern, k) || !view.IsTag(k + 1, PartOfSpeech.Determiner) || !view.IsTag(k - 1, PartOfSpeech.ProperNoun)) continue;
            return true;
        }

        return false;
    }

    private static bool IsOwnWord(SentenceView view, EventPattern pattern, int k) => pattern.HasWord(view.Word(k), withHead: true);
}

using Entente.Model;
using Entente.Syntax;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Troops had been sent to the border with Venezuela", "two US carriers were ordered to the eastern Mediterranean": a
/// deployment told in the passive with the forces first. The forces are the passive's subject, but their own side is the one
/// that deploys them (the source); the place or state they are sent to is the target, as in the active "sent troops to".</summary>
internal static class DispatchedForces
{
    /// <summary>Whether the match of a show-of-force or deployment pattern (root 15) starts on the forces noun, that noun
    /// belongs to <paramref name="subject"/>, the passive's subject, and no verb follows the match's last word ("troops were
    /// ordered to withdraw" is an order, not a dispatch).</summary>
    public static bool Holds(SentenceView view, EventPattern pattern, int first, int last, IReadOnlyList<Mention> subject)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(subject);
        if (!pattern.Cameo.StartsWith("15", StringComparison.Ordinal) || subject.Count == 0 || view.MentionAt[first] < 0) return false;
        if (last + 1 < view.Count && view.IsTag(last + 1, PartOfSpeech.Verb)) return false;
        var forces = view.Mentions[view.MentionAt[first]];
        for (var i = 0; i < subject.Count; i++)
        {
            if (ReferenceEquals(subject[i], forces)) return true;
        }

        return false;
    }

    /// <summary>The token after "with" in "the border with X" / "its frontier with X" at most four words after
    /// <paramref name="last"/>, in its clause with no punctuation between; -1 when none.</summary>
    public static int BorderWith(SentenceView view, int last)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var k = last + 1; k < view.Count - 1 && k <= last + 4 && view.Clause[k] == view.Clause[last]; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return -1;
            if (view.Word(k) is "border" or "borders" or "frontier" && view.Is(k + 1, "with")) return k + 2;
        }

        return -1;
    }
}

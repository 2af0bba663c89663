using Entente.Text;

namespace Entente.Coding;

/// <summary>"China voted against a UN resolution condemning Russia", "Hungary did not sign the statement criticising
/// Israel": a participle after a resolution or statement says what the document does, and a voter who rejects or withholds
/// the document does not do it (the rejection, or the negated signing, is the voter's event).</summary>
internal static class RejectedDocument
{
    private const int Reach = 8;

    /// <summary>Whether the "-ing" verb at <paramref name="head"/> follows a document noun that a rejecting or negated verb
    /// of the same clause governs.</summary>
    public static bool Holds(SentenceView view, int head)
    {
        if (head < 2 || !view.Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || !IsDocument(view.Word(head - 1))) return false;
        // "rejected a US statement urging restraint": a document with an author of its own is that author's act.
        var before = view.Is(head - 2, "draft") || view.Is(head - 2, "joint") ? head - 3 : head - 2;
        if (before >= 0 && view.MentionAt[before] >= 0 && view.Mentions[view.MentionAt[before]] is var author && SentenceView.IsActorLike(author) &&
            author.Actor?.Org != "UN") return false;
        var clause = view.Clause[head];
        for (var k = head - 2; k >= 0 && k >= head - 1 - Reach && view.Clause[k] == clause; k--)
        {
            if (IsRejecting(view.Word(k))) return true;
        }

        return false;
    }

    private static bool IsDocument(ReadOnlySpan<char> w) =>
        WordList.Contains(w, ["resolution", "resolutions", "motion", "draft", "statement", "declaration", "text", "communique"]);

    // "voted against", "vetoed", "blocked", "rejected", "opposed", "abstained", "did not sign", "refused", "declined".
    private static bool IsRejecting(ReadOnlySpan<char> w) =>
        WordList.Contains(w, ["against", "opposed", "not", "n't", "never"]) || StartsWithAny(w, ["veto", "block", "reject", "abstain", "refus", "declin"]);

    private static bool StartsWithAny(ReadOnlySpan<char> w, ReadOnlySpan<string> stems)
    {
        foreach (var stem in stems)
        {
            if (w.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}

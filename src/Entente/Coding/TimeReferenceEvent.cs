using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"test-fired missiles ahead of the APEC summit", "on the sidelines of the G20 summit", "after the NATO meeting":
/// a body named only as the owner of a meeting that dates or places the act is not whom the act is aimed at.</summary>
internal static class TimeReferenceEvent
{
    private static readonly string[] MeetingNouns =
    [
        "summit", "summits", "meeting", "meetings", "talks", "conference", "forum", "session", "ministerial", "gathering", "assembly",
        "games", "olympics", "election", "elections", "vote", "ceremony", "inauguration", "anniversary", "visit",
    ];

    private static readonly string[] PlainTimes = ["before", "after", "during", "following", "at", "throughout", "until"];

    /// <summary>Whether <paramref name="m"/> ends in or modifies a meeting noun at most two words after it, inside a phrase opened by
    /// "ahead of", "on the sidelines of", "on the eve of", "in the run-up to", "before", "after", "during", "following" or
    /// "at" (with "the" or "a" between).</summary>
    public static bool Holds(SentenceView view, Mention m)
    {
        var last = view.LastOf(m);
        var noun = -1;
        // The mention may end in the meeting noun itself ("NATO summit" names the North Atlantic Council).
        for (var k = last; k < view.Count && k <= last + 3; k++)
        {
            if (view.Tokens[k].Kind != TokenKind.Word) return false;
            if (WordList.Contains(view.Word(k), MeetingNouns)) { noun = k; break; }
        }

        if (noun < 0) return false;
        var p = view.FirstOf(m) - 1;
        if (view.Is(p, "the") || view.Is(p, "a") || view.Is(p, "an") || view.Is(p, "this") || view.Is(p, "next") || view.Is(p, "last")) p--;
        if (p < 0) return false;
        if (WordList.Contains(view.Word(p), PlainTimes)) return true;
        // "ahead of", "on the sidelines of", "on the eve of", "in the run-up to".
        return (view.Is(p, "of") && (view.Is(p - 1, "ahead") || view.Is(p - 1, "sidelines") || view.Is(p - 1, "eve") || view.Is(p - 1, "margins"))) ||
               (view.Is(p, "to") && view.Is(p - 1, "run-up"));
    }
}

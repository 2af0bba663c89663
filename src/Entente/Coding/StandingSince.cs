using Entente.Dates;

namespace Entente.Coding;

/// <summary>"Bangladesh has hosted 700,000 Rohingya refugees since 2017", "Israel has blockaded Gaza since 2007": a present
/// perfect dated only by "since" a year long past tells a standing state, background to the story (dev-README: historical clauses,
/// "since 1991", produce no event). "Xi has made his first visit to Europe since 2019" is news: a "first" or a superlative
/// before "since" measures the act against the past rather than dating it; a recent "since" ("since November") keeps the act.</summary>
internal static class StandingSince
{
    /// <summary>How many words before "since" a "first" or superlative may stand and still measure the act.</summary>
    private const int MeasureWindow = 6;

    /// <summary>Whether the act whose trigger runs from sentence-local token <paramref name="head"/> is a present perfect dated by
    /// <paramref name="expression"/>, a "since" span that starts more than <paramref name="backgroundDays"/> before
    /// <paramref name="publication"/>.</summary>
    public static bool IsBackground(SentenceView view, int head, DateExpression? expression, DateOnly publication, int backgroundDays)
    {
        if (expression is not { Granularity: DateGranularity.Range } span || !span.Rule.StartsWith("since", StringComparison.Ordinal)) return false;
        if (publication.DayNumber - span.Date.DayNumber <= backgroundDays || !IsPresentPerfect(view, head)) return false;
        var since = SinceToken(view, span.Start);
        if (since < 0) return false;
        for (var k = Math.Max(0, since - MeasureWindow); k < since; k++)
        {
            var w = view.Word(k);
            if (w.Equals("first", StringComparison.OrdinalIgnoreCase) || w.Equals("last", StringComparison.OrdinalIgnoreCase) ||
                (w.Length > 4 && w.EndsWith("est", StringComparison.OrdinalIgnoreCase) && char.IsLower(w[0]))) return false;
        }

        return true;
    }

    /// <summary>"has hosted", "have long occupied": "has" or "have" right before the trigger, or one adverb before it.</summary>
    private static bool IsPresentPerfect(SentenceView view, int head) =>
        IsHave(view, head - 1) || (IsHave(view, head - 2) && view.Word(head - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase));

    private static bool IsHave(SentenceView view, int k) => view.Is(k, "has") || view.Is(k, "have");

    /// <summary>The sentence-local index of the "since" that opens the span starting at character <paramref name="start"/>; -1
    /// when none does.</summary>
    private static int SinceToken(SentenceView view, int start)
    {
        var tokens = view.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Start < start) continue;
            if (view.Is(k, "since")) return k;
            return view.Is(k - 1, "since") ? k - 1 : -1;
        }

        return -1;
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>"Two people were killed and ten injured when ...": the second count with its participle is an elided passive
/// ("ten [were] injured"), more casualties of the same act, not an event whose subject is the first count.</summary>
public static class ElidedPassive
{
    /// <summary>The earlier violent passive that <paramref name="m"/> continues by ellipsis, if any.</summary>
    public static PatternMatch? Continues(SentenceView view, PatternMatch m, IReadOnlyList<PatternMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(matches);
        if (m.Pattern.Kind != TriggerKind.Verb || !IsViolent(m.Pattern.Cameo)) return null;
        var first = m.FirstToken - view.Sentence.FirstToken;
        if (first < 4 || !IsCount(view, first - 1) || !(view.Is(first - 2, "and") || view.Word(first - 2) is ",")) return null;
        for (var i = 0; i < matches.Count; i++)
        {
            var p = matches[i];
            if (p.LastToken >= m.FirstToken || p.Pattern.Kind != TriggerKind.Verb || !IsViolent(p.Pattern.Cameo)) continue;
            var pFirst = p.FirstToken - view.Sentence.FirstToken;
            var pLast = p.LastToken - view.Sentence.FirstToken;
            if (pLast == first - 3 && (view.Is(pFirst - 1, "were") || view.Is(pFirst - 1, "was") || view.Is(pFirst - 1, "been"))) return p;
        }

        return null;
    }

    private static bool IsCount(SentenceView view, int i) =>
        view.Tokens[i].Kind == TokenKind.Number ||
        view.Is(i, "two") || view.Is(i, "three") || view.Is(i, "four") || view.Is(i, "five") || view.Is(i, "six") || view.Is(i, "seven") ||
        view.Is(i, "eight") || view.Is(i, "nine") || view.Is(i, "ten") || view.Is(i, "eleven") || view.Is(i, "twelve") || view.Is(i, "twenty") ||
        view.Is(i, "dozens") || view.Is(i, "hundreds") || view.Is(i, "scores") || view.Is(i, "several") || view.Is(i, "many") ||
        view.Is(i, "others") || view.Is(i, "more") || view.Is(i, "thousands") || view.Is(i, "one") || view.Is(i, "dozen");

    private static bool IsViolent(string code) =>
        code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal);
}

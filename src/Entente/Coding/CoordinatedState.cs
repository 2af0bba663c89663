using Entente.Model;

namespace Entente.Coding;

/// <summary>The country of an actor joined to a mention by a coordinator ("the Syrian government and the opposition",
/// "Canada and the Kurdish administration"): what a group named without a state of its own stands beside.</summary>
internal static class CoordinatedState
{
    /// <summary>A state (an actor with a country and no organisation) joined to <paramref name="m"/> by "and" alone; null when there is none.</summary>
    public static string? ByAnd(Mention m, IReadOnlyList<Mention> sentenceMentions, string text) => Find(m, sentenceMentions, text, list: false);

    /// <summary>Any actor with a country joined to <paramref name="m"/> by "and", "or" or a list's comma; null when there is none.</summary>
    public static string? InList(Mention m, IReadOnlyList<Mention> sentenceMentions, string text) => Find(m, sentenceMentions, text, list: true);

    private static string? Find(Mention m, IReadOnlyList<Mention> sentenceMentions, string text, bool list)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var p = sentenceMentions[i];
            if (ReferenceEquals(p, m) || p.Kind != MentionKind.Actor || p.Actor?.Country is not { } c || (!list && p.Actor.Org is not null)) continue;
            var between = p.End <= m.Start ? text.AsSpan(p.End, m.Start - p.End) : p.Start >= m.End ? text.AsSpan(m.End, p.Start - m.End) : default;
            if (between.Length == 0 || between.Length > 9) continue;
            between = between.Trim();
            // "and the opposition", ", the Kurdish forces".
            if (between.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) between = between[..^4].TrimEnd();
            if (between.Equals("and", StringComparison.OrdinalIgnoreCase) ||
                (list && (between.Equals("or", StringComparison.OrdinalIgnoreCase) || between.Equals(",", StringComparison.Ordinal))))
                return c;
        }

        return null;
    }
}

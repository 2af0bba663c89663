using Entente.Model;

namespace Entente.Coding;

/// <summary>"At least 40 people were killed when Israeli jets bombed a market": an agentless passive of violence whose
/// attacker another part of the sentence names (a when/as/after clause with its own violent verb, or a by-phrase) is
/// that act's outcome, not a second attack by an unknown hand.</summary>
public static class AttackOutcome
{
    /// <summary>Whether the sentence names who did the agentless violent <paramref name="match"/> elsewhere.</summary>
    public static bool NamedElsewhere(SentenceView view, IReadOnlyList<PatternMatch> kept, PatternMatch match)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(kept);
        var last = match.LastToken - view.Sentence.FirstToken;
        for (var i = 0; i < kept.Count; i++)
        {
            var p = kept[i];
            if (p.FirstToken <= match.LastToken || !IsViolent(p.Pattern.Cameo)) continue;
            var first = p.FirstToken - view.Sentence.FirstToken;
            var head = p.HeadToken - view.Sentence.FirstToken;
            if (SubordinateWithActor(view, last, Math.Max(first, head))) return true;
        }

        // "were killed in air strikes carried out by Russian jets": an actor after a "by" that belongs to the attack (not "a
        // statement by the ministry", which reports it).
        for (var k = last + 2; k < view.Count - 1; k++)
        {
            if (view.Word(k) is "," or ";") break;
            if (!view.Is(k, "by") || !IsAttackBy(view, kept, match, k)) continue;
            for (var j = k + 1; j <= k + 3 && j < view.Count; j++)
            {
                if (view.MentionAt[j] >= 0 && view.Mentions[view.MentionAt[j]] is { Kind: MentionKind.Actor } m && m.Actor is { } a &&
                    (a.Country is not null || a.Org is not null))
                    return true;
            }
        }

        return false;
    }

    private static bool IsAttackBy(SentenceView view, IReadOnlyList<PatternMatch> kept, PatternMatch match, int by)
    {
        if (view.Is(by - 1, "out") || view.Is(by - 1, "launched") || view.Is(by - 1, "conducted") || view.Is(by - 1, "fired")) return true;
        for (var i = 0; i < kept.Count; i++)
        {
            var p = kept[i];
            var pLast = p.LastToken - view.Sentence.FirstToken;
            if (!p.Equals(match) && IsViolent(p.Pattern.Cameo) && pLast < by && by - pLast <= 3) return true;
        }

        return false;
    }

    /// <summary>A "when", "as" or "after" between the passive and the violent verb, followed by a named actor before it.</summary>
    private static bool SubordinateWithActor(SentenceView view, int from, int verb)
    {
        var sub = -1;
        for (var k = from + 1; k < verb && k <= from + 8; k++)
        {
            if (view.Is(k, "when") || view.Is(k, "as") || view.Is(k, "after")) { sub = k; break; }
        }

        if (sub < 0) return false;
        for (var k = sub + 1; k <= verb && k < view.Count; k++)
        {
            if (view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]] is { Kind: MentionKind.Actor } m && m.Actor is { } a &&
                (a.Country is not null || a.Org is not null))
                return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="code"/> is in a root of violence (18, 19, 20).</summary>
    internal static bool IsViolent(string code) =>
        code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal);
}

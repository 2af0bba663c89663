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
            // "... when soldiers opened fire on a crowd": violent repression (175) is the killing's act as much as an attack.
            if (p.FirstToken <= match.LastToken || !(IsViolent(p.Pattern.Cameo) || p.Pattern.Cameo == "175")) continue;
            var first = p.FirstToken - view.Sentence.FirstToken;
            var head = p.HeadToken - view.Sentence.FirstToken;
            if (SubordinateWithActor(view, last, first, Math.Max(first, head), p.LastToken - view.Sentence.FirstToken)) return true;
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

    /// <summary>A "when", "as" or "after" between the passive and the violent verb, followed by a named actor or a doer by kind
    /// ("soldiers", "gunmen") before it.</summary>
    private static bool SubordinateWithActor(SentenceView view, int from, int first, int verb, int end)
    {
        var sub = -1;
        for (var k = from + 1; k < verb && k <= from + 8; k++)
        {
            if (view.Is(k, "when") || view.Is(k, "as") || view.Is(k, "after")) { sub = k; break; }
        }

        if (sub < 0) return false;
        for (var k = sub + 1; k <= verb && k < view.Count; k++)
        {
            if (view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]] is var m &&
                ((m.Kind == MentionKind.Agent && IsDoerOf(view, m, first) && HasObject(view, end)) || (m.Kind == MentionKind.Actor && m.Actor is { } a && (a.Country is not null || a.Org is not null))))
                return true;
        }

        return false;
    }

    /// <summary>A doer by kind right before an active violent verb ("soldiers opened fire", "gunmen attacked"): not a victim
    /// of a passive or of "came under fire" ("troops were ambushed", "a convoy came under fire").</summary>
    private static bool IsDoerOf(SentenceView view, Mention agent, int first)
    {
        var gap = first - view.LastOf(agent);
        return gap is >= 1 and <= 2 && !view.Is(first, "were") && !view.Is(first, "was") && !view.Is(first, "came") && !view.Is(first, "come") &&
               !view.Is(first, "under") && !view.Is(first - 1, "were") && !view.Is(first - 1, "was");
    }

    /// <summary>An actor or a kind of people right after the violent act ending at <paramref name="end"/> ("opened fire on a crowd",
    /// "attacked a police station"): the act has a victim of its own and is coded in its own right, so the passive killing is
    /// its outcome. Without one ("rebels attacked the airport") the passive killing stays the event.</summary>
    private static bool HasObject(SentenceView view, int end)
    {
        for (var k = end + 1; k <= end + 3 && k < view.Count; k++)
        {
            if (view.MentionAt[k] >= 0) return SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]]);
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
        }

        return view.MentionAt[end] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[end]]);
    }

    /// <summary>Whether <paramref name="code"/> is in a root of violence (18, 19, 20).</summary>
    internal static bool IsViolent(string code) =>
        code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal);
}

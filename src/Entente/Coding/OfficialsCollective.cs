using Entente.Model;

namespace Entente.Coding;

/// <summary>"The two ministers will meet again in May": a collective of officials refers back to states or bodies that
/// have officials, never to an armed group named nearby ("the PKK").</summary>
public static class OfficialsCollective
{
    /// <summary>Whether the collective's words name officials ("the two ministers", "both leaders", "the presidents"). The
    /// officials of a possessive collective ("the two countries' foreign ministers") are named through its states: only the words
    /// before the possessive say what the collective counts.</summary>
    public static bool IsOfficials(ReadOnlySpan<char> phrase)
    {
        var possessive = phrase.IndexOfAny('\'', '\u2019');
        return Names(possessive < 0 ? phrase : phrase[..possessive]);
    }

    private static bool Names(ReadOnlySpan<char> phrase) =>
        phrase.Contains("minister", StringComparison.OrdinalIgnoreCase) || phrase.Contains("leader", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("president", StringComparison.OrdinalIgnoreCase) || phrase.Contains("premier", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("chancellor", StringComparison.OrdinalIgnoreCase) || phrase.Contains("diplomat", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("envoy", StringComparison.OrdinalIgnoreCase) || phrase.Contains("official", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("counterpart", StringComparison.OrdinalIgnoreCase) || phrase.Contains("secretar", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("heads of", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the collective's words name leaders, whom only named persons stand for ("the two presidents",
    /// "both leaders", "the prime ministers", "the heads of state").</summary>
    public static bool IsLeaders(ReadOnlySpan<char> phrase) =>
        phrase.Contains("leader", StringComparison.OrdinalIgnoreCase) || phrase.Contains("president", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("premier", StringComparison.OrdinalIgnoreCase) || phrase.Contains("prime minister", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("chancellor", StringComparison.OrdinalIgnoreCase) || phrase.Contains("heads of", StringComparison.OrdinalIgnoreCase);

    /// <summary>Replaces <paramref name="known"/> by the states and bodies named through a named official (in the document so
    /// far and in the sentence before the collective) when there are at least <paramref name="count"/> of them: after "Erdogan
    /// hosted Aliyev ... Armenia's foreign ministry criticised the visit", "the two presidents" are Turkey and Azerbaijan, not
    /// the last two states named. Returns whether it replaced them.</summary>
    public static bool PreferNamedLeaders(List<ActorCode> known, IReadOnlyList<Mention> sentenceMentions, Mention collective, ActorContext context, int count)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReplaceBy(known, context.NamedPersonOfficials, sentenceMentions, collective, static a => a.Name is not null && ActorContext.IsOfficial(a), count);
    }

    /// <summary>Moves <paramref name="a"/> and <paramref name="b"/> to the end of <paramref name="known"/> (the members taken) when
    /// both are in it.</summary>
    public static void PairLast(List<ActorCode> known, ActorCode a, ActorCode b)
    {
        ArgumentNullException.ThrowIfNull(known);
        var ia = known.FindIndex(k => k.Key == a.Key);
        var ib = known.FindIndex(k => k.Key == b.Key);
        if (ia < 0 || ib < 0 || ia == ib) return;
        var first = known[Math.Min(ia, ib)];
        var second = known[Math.Max(ia, ib)];
        known.Remove(first);
        known.Remove(second);
        known.Add(first);
        known.Add(second);
    }

    /// <summary>Removes from <paramref name="known"/> the organisations named as armed groups in the document so far or in
    /// the sentence before the collective.</summary>
    public static void DropArmedGroups(List<ActorCode> known, IReadOnlyList<Mention> sentenceMentions, Mention collective, ActorContext context)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(collective);
        ArgumentNullException.ThrowIfNull(context);
        for (var i = known.Count - 1; i >= 0; i--)
        {
            var k = known[i];
            if (k.Country is not null || k.Org is not { } org) continue;
            if (context.WasNamedAsArmedGroup(org) || NamedAsArmedIn(sentenceMentions, collective, org)) known.RemoveAt(i);
        }
    }

    /// <summary>Replaces <paramref name="known"/> by the states and bodies named through officials (in the document so far and
    /// in the sentence before the collective) when there are at least <paramref name="count"/> of them: "the two leaders"
    /// are the Egyptian president and the Jordanian king, not Israel whose troops were named in between.</summary>
    public static void PreferOfficials(List<ActorCode> known, IReadOnlyList<Mention> sentenceMentions, Mention collective, ActorContext context, int count)
    {
        ArgumentNullException.ThrowIfNull(context);
        ReplaceBy(known, context.NamedOfficials, sentenceMentions, collective, ActorContext.IsOfficial, count);
    }

    // Replaces `known` by `named` plus the actors of the sentence before the collective that `counts` accepts (most recent
    // last), when there are at least `count` of them.
    private static bool ReplaceBy(List<ActorCode> known, IReadOnlyList<ActorCode> named, IReadOnlyList<Mention> sentenceMentions, Mention collective,
        Func<ActorCode, bool> counts, int count)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(collective);
        var found = new List<ActorCode>(named);
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start >= collective.Start) break;
            if (m.Kind == MentionKind.Actor && m.Actor is { } a && (a.Country is not null || a.Org is not null) && counts(a))
                ActorContext.AddPlainMostRecent(found, a);
        }

        if (found.Count < count) return false;
        known.Clear();
        known.AddRange(found);
        return true;
    }

    private static bool NamedAsArmedIn(IReadOnlyList<Mention> sentenceMentions, Mention collective, string org)
    {
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start >= collective.Start) break;
            if (m.Kind == MentionKind.Actor && m.Actor is { } a && a.Org == org && ActorContext.IsArmedGroup(a)) return true;
        }

        return false;
    }
}

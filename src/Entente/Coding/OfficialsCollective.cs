using Entente.Model;

namespace Entente.Coding;

/// <summary>"The two ministers will meet again in May": a collective of officials refers back to states or bodies that
/// have officials, never to an armed group named nearby ("the PKK").</summary>
public static class OfficialsCollective
{
    /// <summary>Whether the collective's words name officials ("the two ministers", "both leaders", "the presidents").</summary>
    public static bool IsOfficials(ReadOnlySpan<char> phrase) =>
        phrase.Contains("minister", StringComparison.OrdinalIgnoreCase) || phrase.Contains("leader", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("president", StringComparison.OrdinalIgnoreCase) || phrase.Contains("premier", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("chancellor", StringComparison.OrdinalIgnoreCase) || phrase.Contains("diplomat", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("envoy", StringComparison.OrdinalIgnoreCase) || phrase.Contains("official", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("counterpart", StringComparison.OrdinalIgnoreCase) || phrase.Contains("secretar", StringComparison.OrdinalIgnoreCase) ||
        phrase.Contains("heads of", StringComparison.OrdinalIgnoreCase);

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
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(collective);
        ArgumentNullException.ThrowIfNull(context);
        var officials = new List<ActorCode>(context.NamedOfficials);
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start >= collective.Start) break;
            if (m.Kind == MentionKind.Actor && m.Actor is { } a && (a.Country is not null || a.Org is not null) && ActorContext.IsOfficial(a))
                ActorContext.AddPlainMostRecent(officials, a);
        }

        if (officials.Count < count) return;
        known.Clear();
        known.AddRange(officials);
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

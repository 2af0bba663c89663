using Entente.Model;

namespace Entente.Coding;

/// <summary>"the two countries", "both sides", "the two allies": the pair a document most recently named together, in a compound
/// ("Japan and South Korea", "talks between Iran and Iraq", "Pak-Russia ties") or as the two sides of an event, never two states
/// that merely both appear.</summary>
internal static class NamedPair
{
    /// <summary>The pair a sentence named last: its last compound (<see cref="LastCompound"/>) or the two sides of its last event
    /// (<paramref name="events"/> from <paramref name="from"/> on), whichever ends later; null when it named none. A compound whose
    /// members acted toward each other both ways is the pair even before a later one-way event: "China and the Solomon Islands have
    /// signed a pact, days before a U.S. delegation was due to arrive in Honiara" names China and the Solomons together, not the
    /// visitors with their hosts.</summary>
    public static (ActorCode A, ActorCode B)? InSentence(IReadOnlyList<Mention> mentions, string text, int end, IReadOnlyList<CodedEvent> events, int from)
    {
        var compound = LastCompound(mentions, text, end);
        var sides = LastEventSides(events, from);
        if (compound is { } c && (sides is not { } e || ((c.End >= e.End || IsMutualOneWayAfter(c, e, events, from)) && !IsTopicOf(c, e, mentions, text, events, from))))
            return (c.A, c.B);
        return sides is { } s ? (s.A, s.B) : null;
    }

    /// <summary>The last two actors of distinct keys joined by "and" (or a hyphen) that end before <paramref name="before"/> in
    /// <paramref name="mentions"/> (one sentence's, in text order), with where the second ends; null when there is none. The last
    /// two of a longer list ("Russia, China and Iran") are no pair.</summary>
    public static (ActorCode A, ActorCode B, int End)? LastCompound(IReadOnlyList<Mention> mentions, string text, int before)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(text);
        for (var i = mentions.Count - 2; i >= 0; i--)
        {
            var a = mentions[i];
            var b = mentions[i + 1];
            if (b.End > before || !IsSide(a) || !IsSide(b) || ActorContext.Plain(a.Actor!).Key == ActorContext.Plain(b.Actor!).Key) continue;
            if (a.End > b.Start || !IsJoin(text.AsSpan(a.End, b.Start - a.End))) continue;
            if (i > 0 && IsSide(mentions[i - 1]) && mentions[i - 1].End <= a.Start && IsListComma(text.AsSpan(mentions[i - 1].End, a.Start - mentions[i - 1].End)))
                continue;
            if (AreMediators(text, a.Start)) continue;
            return (ActorContext.Plain(a.Actor!), ActorContext.Plain(b.Actor!), b.End);
        }

        return null;
    }

    /// <summary>Whether the compound's members acted toward each other both ways in <paramref name="events"/> (from <paramref name="from"/>
    /// on) while the later sides acted only one way.</summary>
    private static bool IsMutualOneWayAfter((ActorCode A, ActorCode B, int End) compound, (ActorCode A, ActorCode B, int End) sides,
        IReadOnlyList<CodedEvent> events, int from) =>
        ActedToward(events, from, compound.A, compound.B) && ActedToward(events, from, compound.B, compound.A) && !ActedToward(events, from, sides.B, sides.A);

    private static bool ActedToward(IReadOnlyList<CodedEvent> events, int from, ActorCode source, ActorCode target)
    {
        for (var i = Math.Max(from, 0); i < events.Count; i++)
        {
            if (events[i].Target is { } t && Plain(events[i].Source)?.Key == source.Key && Plain(t)?.Key == target.Key) return true;
        }

        return false;
    }

    /// <summary>"The two sides exchanged views on the peace process between Armenia and Azerbaijan": a compound after "between"
    /// that is not the pair of the sentence's last mutual act (coded both ways) is what the two sides spoke of, not who they are.</summary>
    private static bool IsTopicOf((ActorCode A, ActorCode B, int End) compound, (ActorCode A, ActorCode B, int End) sides,
        IReadOnlyList<Mention> mentions, string text, IReadOnlyList<CodedEvent> events, int from)
    {
        if ((compound.A.Key == sides.A.Key || compound.A.Key == sides.B.Key) && (compound.B.Key == sides.A.Key || compound.B.Key == sides.B.Key)) return false;
        var mutual = false;
        for (var i = from; i < events.Count && !mutual; i++)
        {
            mutual = events[i].Target is { } t && Plain(events[i].Source)?.Key == sides.B.Key && Plain(t)?.Key == sides.A.Key;
        }

        if (!mutual) return false;
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].End != compound.End) continue;
            return text.AsSpan(0, mentions[i - 1].Start).TrimEnd().EndsWith(" between", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>The two sides of the last event of <paramref name="events"/> from index <paramref name="from"/> on that has a target
    /// of another key and is no mediation, with where the later of them ends; null when none has.</summary>
    private static (ActorCode A, ActorCode B, int End)? LastEventSides(IReadOnlyList<CodedEvent> events, int from)
    {
        ArgumentNullException.ThrowIfNull(events);
        for (var i = events.Count - 1; i >= from && i >= 0; i--)
        {
            var e = events[i];
            // A mediator and a party it mediates for (045) are no two sides.
            if (e.Target is not { } t || t.Key == e.Source.Key || e.Cameo == "045" || Plain(e.Source) is not { } a || Plain(t) is not { } b) continue;
            // "The UAE hosted the meeting and welcomed both leaders": one doer toward the two members of one collective names
            // those two together, not the host with the last of them.
            if (i - 1 >= from && OneCollectiveOther(events[i - 1], e) is { } other) return (other, b, Math.Max(e.Source.End, t.End));
            return (a, b, Math.Max(e.Source.End, t.End));
        }

        return null;
    }

    /// <summary>The target of <paramref name="earlier"/> when it and <paramref name="later"/> share their source and trigger and
    /// their targets are two keys read from one mention (a collective such as "both leaders"); null otherwise.</summary>
    private static ActorCode? OneCollectiveOther(CodedEvent earlier, CodedEvent later)
    {
        if (earlier.Target is not { } t0 || later.Target is not { } t1 || t0.Key == t1.Key || earlier.Source.Key != later.Source.Key) return null;
        if (t0.Start != t1.Start || t0.End != t1.End || earlier.Trigger.Start != later.Trigger.Start) return null;
        return Plain(t0);
    }

    /// <summary>"talks brokered by Qatar and Egypt": a compound after a mediating participle names the go-betweens, not the sides.</summary>
    private static bool AreMediators(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4].TrimEnd();
        return before.EndsWith("brokered by", StringComparison.OrdinalIgnoreCase) || before.EndsWith("mediated by", StringComparison.OrdinalIgnoreCase) ||
               before.EndsWith("facilitated by", StringComparison.OrdinalIgnoreCase) || before.EndsWith("mediation by", StringComparison.OrdinalIgnoreCase) ||
               before.EndsWith("mediation of", StringComparison.OrdinalIgnoreCase) || before.EndsWith("hosted by", StringComparison.OrdinalIgnoreCase);
    }

    private static ActorCode? Plain(ActorRef r) =>
        r.Country is { } c ? new ActorCode(c, c, null, null, null) : r.Org is { } o ? new ActorCode(o, null, o, null, null) : null;

    private static bool IsSide(Mention m) =>
        m.Kind == MentionKind.Actor && m.Actor is { } a && (a.Country is not null || a.Org is not null) && !ActorContext.IsPress(a);

    private static bool IsJoin(ReadOnlySpan<char> between) =>
        between is " and " or " and the " or "-" or " & ";

    private static bool IsListComma(ReadOnlySpan<char> between) => between is ", " or ", the ";
}

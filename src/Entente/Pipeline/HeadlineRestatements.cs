using Entente.Model;

namespace Entente.Pipeline;

/// <summary>Drops a headline's events that the story's body tells again: "Pakistan, Afghanistan agree to immediate
/// ceasefire" above "Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday" is one happening, and the
/// body's event is the one with the date, the place and the fuller evidence.</summary>
/// <remarks>A headline event is a restatement when a body event has the same source and target keys, the same CAMEO
/// root and the same modality. Headline events the body does not repeat stay: a headline is often the only place a
/// story says what happened.</remarks>
public sealed class HeadlineRestatements
{
    /// <summary>The events without the restated headline ones (the same list when there are none); each drop is traced.</summary>
    public IReadOnlyList<CodedEvent> Drop(SegmentedDocument segmented, IReadOnlyList<CodedEvent> events, List<TraceEntry>? trace)
    {
        ArgumentNullException.ThrowIfNull(segmented);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count < 2 || !AnyHeadlineEvent(segmented, events)) return events;

        List<CodedEvent>? kept = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (IsHeadline(segmented, e.Sentence) && RestatedInBody(segmented, events, e) is { } body)
            {
                kept ??= Take(events, i);
                trace?.Add(new TraceEntry("dedupe", e.Sentence,
                    $"{e.Rule} {e.Source.Key} -> {e.Target?.Key ?? "---"} {e.Cameo}: the headline's event is told again in sentence {body.Sentence} ({body.Id}); dropped"));
                continue;
            }

            kept?.Add(e);
        }

        return kept ?? events;
    }

    private static bool AnyHeadlineEvent(SegmentedDocument segmented, IReadOnlyList<CodedEvent> events)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (IsHeadline(segmented, events[i].Sentence)) return true;
        }

        return false;
    }

    private static bool IsHeadline(SegmentedDocument segmented, int sentence) =>
        (uint)sentence < (uint)segmented.Sentences.Count && segmented.Sentences[sentence].IsHeadline;

    private static CodedEvent? RestatedInBody(SegmentedDocument segmented, IReadOnlyList<CodedEvent> events, CodedEvent headline)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (IsHeadline(segmented, e.Sentence) || e.Modality != headline.Modality) continue;
            if (e.Source.Key == headline.Source.Key && e.Target?.Key == headline.Target?.Key && e.CameoRoot == headline.CameoRoot) return e;
        }

        return null;
    }

    private static List<CodedEvent> Take(IReadOnlyList<CodedEvent> events, int count)
    {
        var list = new List<CodedEvent>(events.Count);
        for (var i = 0; i < count; i++) list.Add(events[i]);
        return list;
    }
}

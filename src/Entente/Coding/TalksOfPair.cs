using Entente.Model;

namespace Entente.Coding;

/// <summary>"Ukraine and the United States agreed on a ceasefire proposal after talks in Jeddah": talks or a meeting named
/// only as the occasion ("after/following talks in X"), with no parties of their own, were held between the two sides the
/// sentence has just coded acting toward each other.</summary>
internal static class TalksOfPair
{
    /// <summary>The two sides of an asserted act coded both ways earlier in this sentence (events from
    /// <paramref name="from"/> on), when the meeting noun <paramref name="match"/> opens "after/following (the) talks" and names
    /// no "with", "between" or "by" of its own; null otherwise.</summary>
    public static (ActorCode A, ActorCode B)? Find(SentenceView view, PatternMatch match, List<CodedEvent> events, int from)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(events);
        if (match.Pattern.Kind != TriggerKind.Noun || !match.Pattern.Cameo.StartsWith("04", StringComparison.Ordinal)) return null;
        var k = match.FirstToken - view.Sentence.FirstToken - 1;
        if (view.Is(k, "the") || view.Is(k, "a")) k--;
        if (!(view.Is(k, "after") || view.Is(k, "following"))) return null;
        var last = match.LastToken - view.Sentence.FirstToken;
        for (var j = last + 1; j < view.Count && j <= last + 4; j++)
        {
            if (view.Is(j, "with") || view.Is(j, "between") || view.Is(j, "by") || view.Is(j, "of")) return null;
        }

        for (var i = from; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Modality == Modality.Asserted && e.Target is { } t && (t.Country is not null || t.Org is not null) &&
                (e.Source.Country is not null || e.Source.Org is not null) && e.Source.Key != t.Key && EarlierAgreement.HasMirror(events, from, e))
                return (EarlierAgreement.Side(e.Source), EarlierAgreement.Side(t));
        }

        return null;
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>"Xi is expected to travel to San Francisco for talks with Biden": talks named as the purpose of a trip that is
/// itself planned are planned too (dev-README: expected visits and meetings are 036 future), not held.</summary>
internal static class TripPurpose
{
    /// <summary>The modality of the planned trip whose purpose the noun trigger at <paramref name="head"/> is: "for" at most
    /// three words before it ("for talks", "for an annual summit") and, before that "for", an event of this sentence (from
    /// <paramref name="sentenceEvents"/> on) by the same source coded as a planned meeting (036) that is not asserted; null otherwise.</summary>
    public static Modality? Of(SentenceView view, int head, IReadOnlyList<CodedEvent> events, int sentenceEvents, string sourceKey)
    {
        // "for talks", "for further talks", "for an annual summit": up to three words (no punctuation) between.
        var k = head - 1;
        while (k >= 0 && k >= head - 3 && !view.Is(k, "for") && view.Tokens[k].Kind == TokenKind.Word) k--;
        if (k < 1 || !view.Is(k, "for")) return null;
        var at = view.Tokens[k].Start;
        for (var i = events.Count - 1; i >= sentenceEvents && i >= 0; i--)
        {
            var e = events[i];
            if (e.Trigger.End > at || e.Cameo != "036" || e.Modality == Modality.Asserted) continue;
            if ((e.Source.Country ?? e.Source.Org ?? e.Source.Code) == sourceKey) return e.Modality;
        }

        return null;
    }
}

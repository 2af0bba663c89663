using Entente.Model;

namespace Entente.Coding;

/// <summary>"Iran warned it would retaliate if Israel struck its nuclear sites", "threatened sanctions if Russia attacked Ukraine":
/// the act in the condition of a threat made (asserted) earlier in the sentence is what the threat is about, not an act its
/// doer promised or warned of (dev-README: threats are asserted, their conditional content is not coded); no event. Content
/// reported with a neutral verb ("Russia said it would shoot down US missiles if Washington struck Syria") keeps both sides
/// hypothetical, and so does speculation ("Beijing could retaliate ... if Washington raised tariffs").</summary>
internal static class ThreatCondition
{
    private const int Reach = 6;

    /// <summary>Whether the trigger at <paramref name="trigger"/> (sentence-local token) stands in an "if"/"unless" clause after
    /// an asserted threat (root 13) coded earlier in the sentence; says so in the trace when it does.</summary>
    public static bool Drops(SentenceView view, int trigger, EventPattern pattern, List<CodedEvent> events, int sentenceEvents, List<TraceEntry>? trace)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(events);
        var condition = ConditionBefore(view, trigger);
        if (condition < 0) return false;
        var at = view.Tokens[condition].Start;
        for (var e = sentenceEvents; e < events.Count; e++)
        {
            if (!events[e].Cameo.StartsWith("13", StringComparison.Ordinal) || events[e].Modality != Modality.Asserted || events[e].Trigger.Start >= at) continue;
            // "Beijing could retaliate ... if Washington raised tariffs" is speculation; but a modal after the threat's own verb is
            // the threat's content ("Biden warned that Russia could face sanctions if it invaded Ukraine").
            if (SpeculationBefore(view, events[e].Trigger.Start)) continue;
            trace?.Add(new TraceEntry("coder", view.Sentence.Index, $"{pattern.Id} '{view.Word(trigger)}': the condition of a threat ('{events[e].Trigger.Text}'), its content; no event"));
            return true;
        }

        return false;
    }

    /// <summary>Whether "could", "might" or "may" stands before the character offset <paramref name="threat"/>, outside the
    /// content of the threat that starts there.</summary>
    private static bool SpeculationBefore(SentenceView view, int threat)
    {
        for (var i = 0; i < view.Count && view.Tokens[i].Start < threat; i++)
        {
            if (view.Is(i, "could") || view.Is(i, "might") || (view.Is(i, "may") && !CapitalisedMay.IsNoModal(view.Text, view.Tokens, i))) return true;
        }

        return false;
    }

    /// <summary>The "if" or "unless" opening the trigger's clause, at most six words before it with no punctuation between; -1 when none.</summary>
    private static int ConditionBefore(SentenceView view, int trigger)
    {
        for (var k = trigger - 1; k >= 0 && k >= trigger - Reach; k--)
        {
            if (view.Tokens[k].Kind != TokenKind.Word) return -1;
            if (view.Is(k, "if") || view.Is(k, "unless")) return k;
        }

        return -1;
    }
}

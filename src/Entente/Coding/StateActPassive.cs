using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>Headline passives of acts a state, or an unknown party, does where they happen: "Two Britons arrested in Iran",
/// "French aid worker kidnapped in Niger". With no auxiliary the participle reads as an active verb whose object is the
/// place; for these transitive acts a bare participle followed by a place can only be a passive.</summary>
internal static class StateActPassive
{
    /// <summary>Arrest, detention, jailing and sentencing (173), deportation and expulsion (174), abduction (181): acts done
    /// to people in a place by its state or by someone unnamed there.</summary>
    public static bool IsStateAct(string code) =>
        code.StartsWith("173", StringComparison.Ordinal) || code.StartsWith("174", StringComparison.Ordinal) || code.StartsWith("181", StringComparison.Ordinal);

    /// <summary>Whether the one-word participle at <paramref name="at"/> is the sentence's only predicate, with a place or time
    /// phrase right after it ("arrested in Iran", "sentenced to ten years in Russia") and a place after it: no verb before it
    /// nor after it (but a reporting clause after a comma).</summary>
    public static bool IsBarePredicate(SentenceView view, int at)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!view.HasTags || at <= 0 || !view.Word(at).EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        var prep = at + 1;
        if (!(view.Is(prep, "in") || view.Is(prep, "at") || view.Is(prep, "near") || view.Is(prep, "outside") || view.Is(prep, "inside") ||
              view.Is(prep, "on") || view.Is(prep, "to") || view.Is(prep, "from") || view.Is(prep, "after") || view.Is(prep, "over") || view.Is(prep, "for")))
            return false;
        var placed = false;
        var comma = false;
        for (var k = 0; k < view.Count; k++)
        {
            if (k == at) continue;
            comma |= k > at && view.Word(k) is ",";
            if (view.MentionAt[k] >= 0)
            {
                // Only a place after it says whose state acted ("French aid worker kidnapped on Monday" says nothing).
                placed |= k > at && IsPlace(view.Mentions[view.MentionAt[k]]);
                continue;
            }

            // "..., state media said": a reporting clause after a comma is no other predicate of the headline.
            if (comma && IsReportingVerb(view, k)) continue;
            if (view.IsTag(k, PartOfSpeech.Verb) || view.IsTag(k, PartOfSpeech.Auxiliary) || view.IsTag(k, PartOfSpeech.Modal)) return false;
        }

        return placed;
    }

    private static bool IsReportingVerb(SentenceView view, int k) =>
        view.Is(k, "said") || view.Is(k, "says") || view.Is(k, "reported") || view.Is(k, "reports") || view.Is(k, "added") || view.Is(k, "told");

    private static bool IsPlace(Mention m) =>
        m.Kind == MentionKind.Place ? m.Place?.Country is not null : m.Kind == MentionKind.Actor && m.Actor is { Country: not null, Sector: null, Name: null, Org: null };

    /// <summary>The place's state as the doer of <paramref name="code"/>, with the sector that does it: police arrest and
    /// detain (COP), courts jail and sentence (JUD); deportations and anything else stay the plain state.</summary>
    public static ActorSlot WithSector(ActorSlot state, string code, ReadOnlySpan<char> verb)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!code.StartsWith("173", StringComparison.Ordinal) || state.Actor is not { Country: { } country, Sector: null }) return state;
        var sector = verb.StartsWith("jail", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("imprison", StringComparison.OrdinalIgnoreCase) ||
                     verb.StartsWith("sentenc", StringComparison.OrdinalIgnoreCase)
            ? "JUD"
            : verb.StartsWith("arrest", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("detain", StringComparison.OrdinalIgnoreCase) ? "COP" : null;
        return sector is null ? state : state with { Actor = state.Actor with { Code = country + sector, Sector = sector } };
    }
}

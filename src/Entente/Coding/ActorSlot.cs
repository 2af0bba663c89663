using Entente.Model;

namespace Entente.Coding;

/// <summary>One actor filling a source or target slot, the mention it came from, and how it was resolved.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Mention">The mention in the sentence (a collective's mention for its members).</param>
/// <param name="Resolution">"mention", "collective", "place" (a place standing for its country's people) or "context" (a bare agent given the document's country).</param>
public sealed record ActorSlot(ActorCode Actor, Mention Mention, string Resolution)
{
    /// <summary>How much a slot filled this way is trusted, as a factor on the event's confidence.</summary>
    public double Trust => Resolution switch
    {
        "mention" => 1.0,
        "collective" => 0.9,
        _ => 0.75,
    };

    /// <summary>A slot for <paramref name="actor"/> carried from an earlier sentence, pointing at the word <paramref name="k"/>
    /// (sentence-local) that refers back to it ("the visit", "the pact", "the attack").</summary>
    internal static ActorSlot CarriedAt(SentenceView view, int k, ActorCode actor, IReadOnlyList<string>? entries = null)
    {
        var token = view.Tokens[k];
        var pointer = new Mention(MentionKind.Actor, view.Sentence.Index, view.Sentence.FirstToken + k, 1, token.Start, token.End, entries ?? []) { Actor = actor };
        return new ActorSlot(actor, pointer, "carried");
    }

    /// <summary>Whether this slot's actor is <paramref name="party"/> or of its state: a side reacting to its own act.</summary>
    internal bool IsSideOf(ActorCode party) => Actor.Key == party.Key || (Actor.Country is not null && Actor.Country == party.Country);
}

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
}

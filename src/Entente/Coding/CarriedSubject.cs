namespace Entente.Coding;

/// <summary>The subject of a sentence's main verb, kept for the next sentence whose verb has only a pronoun for a subject
/// ("He later met ...", "It also called on ...").</summary>
/// <param name="Sources">The subject's actors, as the sentence resolved them.</param>
/// <param name="Sentence">The sentence it was named in.</param>
/// <param name="Person">Whether it is one named or titled person ("he", "she"), not a state, body or group ("it", "they").</param>
/// <param name="Speaker">The person who opened the sentence as the speaker of the speech the subject comes from ("Albanese said
/// Australia would ..."): whom "he" or "she" points back to when the subject is no person; null otherwise.</param>
/// <param name="Partner">The other party of the subject's meeting or call ("Erdogan spoke with Orban"): with the subject, whom
/// "they" in the next sentence points back to; null otherwise.</param>
/// <param name="Quoted">Whether the subject is the speaker named after a quotation that opens the sentence ("'We will ...,' Ruto
/// said"): "we" or "I" opening the next paragraph's quotation is that speaker still.</param>
internal sealed record CarriedSubject(IReadOnlyList<ActorSlot> Sources, int Sentence, bool Person, ActorSlot? Speaker = null, ActorSlot? Partner = null,
    bool Quoted = false);

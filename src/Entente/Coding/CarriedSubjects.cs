using Entente.Model;

namespace Entente.Coding;

/// <summary>Subjects carried from one sentence to the next: the actor that opens a sentence, and the pronoun ("he", "it",
/// "they") or bare title ("The president") that refers back to it in the next one.</summary>
internal sealed class CarriedSubjects
{
    // Sentences back a pair named together may still be what a bare plural title ("The ministers") refers to.
    private const int PairReach = 3;

    private readonly WordSets _words;

    /// <summary>Creates the resolver over the shared word sets.</summary>
    public CarriedSubjects(WordSets words) => _words = words;

    /// <summary>An actor that opens the sentence ("Macron arrived ...", "The Kremlin said ..."), as the subject a pronoun in
    /// the next sentence may refer to; null when the sentence opens otherwise.</summary>
    public static CarriedSubject? Opening(SegmentedDocument doc, Sentence sentence, List<Mention> mentions)
    {
        if (mentions.Count == 0 || sentence.IsHeadline) return null;
        if (QuotedSpeaker.Attributed(doc, sentence, mentions) is { } speaker)
        {
            var slot = new ActorSlot(speaker.Actor!, speaker, "mention");
            return new CarriedSubject([slot], sentence.Index, IsPerson(speaker), slot, Quoted: true);
        }

        var m = mentions[0];
        if (m.Kind != MentionKind.Actor || m.Actor is not { } actor || (actor.Country is null && actor.Org is null)) return null;
        var before = m.FirstToken - sentence.FirstToken;
        if (before > 1) return null;
        if (before == 1 && !doc.Tokens[sentence.FirstToken].Span(doc.Text).Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        return new CarriedSubject([new ActorSlot(actor, m, "mention")], sentence.Index, IsPerson(m));
    }

    /// <summary>Whether <paramref name="opening"/> is a person who opens this sentence as the speaker of what follows
    /// ("Albanese said Australia would provide ...") and <paramref name="sources"/>, the subject of a verb inside the speech,
    /// are no person: "he" in the next sentence is the speaker, not the state he spoke of.</summary>
    public static bool IsSpeakerOf(SentenceView view, CarriedSubject? opening, IReadOnlyList<ActorSlot> sources)
    {
        if (opening is not { Person: true, Sources.Count: 1 } || opening.Sentence != view.Sentence.Index) return false;
        if (sources.Count == 1 && IsPerson(sources[0].Mention)) return false;
        var k = view.LastOf(opening.Sources[0].Mention) + 1;
        return view.Is(k, "said") || view.Is(k, "says") || view.Is(k, "told") || view.Is(k, "added") || view.Is(k, "stated") ||
            view.Is(k, "announced");
    }

    /// <summary>The other party of a meeting, visit or call (040-044, 046) whose doer is one person named in its sentence ("Erdogan
    /// spoke with Orban by phone"): "they" in the next sentence are the two of them. Null for any other act, a mediation (045),
    /// or a party only guessed from context.</summary>
    public static ActorSlot? ContactPartner(string code, IReadOnlyList<ActorSlot> sources, ActorSlot? to)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(sources);
        if (to is null || code.Length < 3 || code[0] != '0' || code[1] != '4' || code[2] is '5' or '7' or '8' or '9') return null;
        if (sources.Count != 1 || !IsPerson(sources[0].Mention) || to.Resolution != "mention" || (to.Actor.Country is null && to.Actor.Org is null)) return null;
        return to.Actor.Key == sources[0].Actor.Key ? null : to;
    }

    /// <summary>A person named or titled: "he" or "she" may refer to them, "it" may not.</summary>
    public static bool IsPerson(Mention m)
    {
        if (m.Actor?.Name is not null) return true;
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (m.Entries[i].StartsWith("person:", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>The previous sentence's subject for a verb whose subject is a pronoun opening this sentence ("He later met",
    /// "On Monday, it also called on"), when the pronoun agrees with it (he/she a person; it one state, body or group;
    /// they several actors or a plural group); null otherwise. The slots point at the pronoun.</summary>
    public List<ActorSlot>? Sources(SentenceView view, PatternMatch match, CarriedSubject carried)
    {
        var k = match.FirstToken - view.Sentence.FirstToken - 1;
        // Auxiliaries and adverbs between the pronoun and the verb: "he has also", "it will later".
        while (k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && IsAuxiliaryOrAdverb(view, k)) k--;
        if (k < 0 || view.MentionAt[k] >= 0) return null;
        // "'We will help Somalia,' Ruto said. 'We will also train ...": "we" or "I" opening an unattributed quotation after one
        // the speaker was named for is that speaker (cooperative acts only, as for a speaker named in the sentence).
        if (k == 1 && QuotedSpeaker.IsOpeningMark(view.Word(0)))
            return carried is { Quoted: true, Sources.Count: 1 } && (view.Is(k, "we") || (view.Word(k) is "I" && carried.Person)) &&
                match.Pattern.Cameo.StartsWith('0') && !QuotedSpeaker.Closes(view) ? [ActorSlot.CarriedAt(view, k, carried.Sources[0].Actor, carried.Sources[0].Mention.Entries)] : null;
        // Only a pronoun that opens the sentence, or follows an opening phrase set off by a comma with no actor in it.
        if (k > 0)
        {
            if (view.Word(k - 1) is not ",") return null;
            for (var i = 0; i < k; i++)
            {
                if (view.MentionAt[i] >= 0 && view.Mentions[view.MentionAt[i]].Kind is MentionKind.Actor or MentionKind.Agent or MentionKind.Collective) return null;
            }
        }

        // "Albanese said Australia would ... . He later met": "he" passes over the state spoken of to the speaker.
        if ((view.Is(k, "he") || view.Is(k, "she")) && !carried.Person && carried.Speaker is { } speaker)
            carried = new CarriedSubject([speaker], carried.Sentence, true);
        // "The two leaders agreed ... . He also invited Boric to visit": "he" is the one of the pair the sentence does not name.
        if ((view.Is(k, "he") || view.Is(k, "she")) && !carried.Person && OtherOfPair(view, carried) is { } other)
            carried = new CarriedSubject([other], carried.Sentence, true);
        // "Erdogan spoke with Orban by phone. They discussed ...": "they" after one person's meeting or call are its two parties.
        if (view.Is(k, "they") && carried is { Person: true, Sources.Count: 1, Partner: { } partner })
            carried = new CarriedSubject([carried.Sources[0], partner], carried.Sentence, false);
        var single = carried.Sources.Count == 1;
        var plural = !single || carried.Sources[0].Mention.Plural || carried.Sources[0].Mention.Kind == MentionKind.Collective;
        bool agrees;
        if (view.Is(k, "he") || view.Is(k, "she")) agrees = single && carried.Person;
        else if (view.Is(k, "it")) agrees = single && !carried.Person && !plural;
        else if (view.Is(k, "they")) agrees = plural;
        else return null;
        if (!agrees) return null;

        var token = view.Tokens[k];
        var slots = new List<ActorSlot>(carried.Sources.Count);
        foreach (var s in carried.Sources)
        {
            var pronoun = new Mention(MentionKind.Actor, view.Sentence.Index, view.Sentence.FirstToken + k, 1, token.Start, token.End, s.Mention.Entries)
            {
                Actor = s.Actor,
            };
            slots.Add(new ActorSlot(s.Actor, pronoun, "carried"));
        }

        return slots;
    }

    /// <summary>The member of a carried pair named by a collective ("the two leaders", "both presidents") that
    /// <paramref name="view"/>'s sentence does not name, when it names the other as a person; null otherwise.</summary>
    private static ActorSlot? OtherOfPair(SentenceView view, CarriedSubject carried)
    {
        // A pair named by a collective, or by one "they" that stood for a meeting's two parties.
        if (carried.Sources.Count != 2) return null;
        Mention m0 = carried.Sources[0].Mention, m1 = carried.Sources[1].Mention;
        var onePronoun = m0.Start == m1.Start && m0.End == m1.End && carried.Sources[0].Resolution == "carried" && carried.Sources[1].Resolution == "carried";
        if (!onePronoun && (m0.Kind != MentionKind.Collective || m1.Kind != MentionKind.Collective)) return null;
        string? a = carried.Sources[0].Actor.Country, b = carried.Sources[1].Actor.Country;
        if (a is null || b is null || a == b) return null;
        bool namesA = false, namesB = false;
        for (var i = 0; i < view.Mentions.Count; i++)
        {
            var m = view.Mentions[i];
            if (m.Kind != MentionKind.Actor || !IsPerson(m)) continue;
            namesA |= m.Actor?.Country == a;
            namesB |= m.Actor?.Country == b;
        }

        return namesA == namesB ? null : carried.Sources[namesA ? 1 : 0];
    }

    /// <summary>The previous sentence's single subject for a bare singular title that opens this sentence ("The president",
    /// "The ministry") and was keyed only from context, when both have the same sector; null otherwise.</summary>
    public static ActorSlot? Definite(SentenceView view, ActorSlot subject, CarriedSubject carried)
    {
        if (subject.Resolution != "context" || subject.Mention.Kind != MentionKind.Agent || subject.Mention.Plural || carried.Sources.Count != 1 ||
            !carried.Person) return null;
        // Only a person's title refers back to a person: "the regime" or "the army" is another actor as often as not.
        if (!IsPersonTitle(view.Word(view.LastOf(subject.Mention)))) return null;
        var first = view.FirstOf(subject.Mention);
        if (first > 1 || (first == 1 && !view.Is(0, "the"))) return null;
        var before = carried.Sources[0].Actor;
        // Same key: the context already agrees; nothing to change.
        if (before.Sector is null || before.Sector != subject.Actor.Sector || before.Key == subject.Actor.Key) return null;
        return new ActorSlot(before, subject.Mention, "carried");
    }

    /// <summary>A title one person holds ("president", "minister", "envoy" ...): "he" or "she" may stand for it, "it" may not.</summary>
    public static bool IsPersonTitle(ReadOnlySpan<char> title) =>
        title.Equals("president", StringComparison.OrdinalIgnoreCase) || title.Equals("minister", StringComparison.OrdinalIgnoreCase) ||
        title.Equals("premier", StringComparison.OrdinalIgnoreCase) || title.Equals("chancellor", StringComparison.OrdinalIgnoreCase) ||
        title.Equals("leader", StringComparison.OrdinalIgnoreCase) || title.Equals("king", StringComparison.OrdinalIgnoreCase) ||
        title.Equals("secretary", StringComparison.OrdinalIgnoreCase) || title.Equals("envoy", StringComparison.OrdinalIgnoreCase) ||
        title.Equals("ambassador", StringComparison.OrdinalIgnoreCase) || title.Equals("diplomat", StringComparison.OrdinalIgnoreCase);

    /// <summary>The previous sentence's compound subject for a collective ("the two sides", "both countries") that opens this
    /// sentence and was filled from the document's last-named states instead ("Russia and Ukraine swapped prisoners in a deal
    /// brokered by the UAE. The two sides thanked ..."), when the compound has exactly as many distinct states as the
    /// collective counts; null otherwise. The slots point at the collective.</summary>
    public static List<ActorSlot>? Members(SentenceView view, IReadOnlyList<ActorSlot> sources, CarriedSubject carried, ActorContext? context = null)
    {
        if (sources.Count == 0) return null;
        if (PluralTitle(view, sources, carried, context) is { } parties) return Slots(sources[0].Mention, parties);
        if (sources[0].Resolution != "collective") return null;
        var collective = sources[0].Mention;
        if (collective.Kind != MentionKind.Collective || collective.Members.Count > 0) return null;
        var first = view.FirstOf(collective);
        if (first > 1 || (first == 1 && !view.Is(0, "the") && !view.Is(0, "both"))) return null;
        var count = collective.Count > 0 ? collective.Count : 2;
        if (carried.Sources.Count != count) return null;
        var same = true;
        for (var i = 0; i < carried.Sources.Count; i++)
        {
            var c = carried.Sources[i].Actor.Country;
            if (c is null) return null;
            for (var j = 0; j < i; j++)
            {
                if (carried.Sources[j].Actor.Country == c) return null;
            }

            if (!ContainsCountry(sources, c)) same = false;
        }

        return same ? null : Slots(collective, carried.Sources);
    }

    /// <summary>One slot per state of <paramref name="parties"/>, pointing at <paramref name="collective"/> and in its sector.</summary>
    private static List<ActorSlot> Slots(Mention collective, IReadOnlyList<ActorSlot> parties)
    {
        var sector = collective.Actor?.Sector;
        var slots = new List<ActorSlot>(parties.Count);
        foreach (var s in parties)
        {
            var key = s.Actor.Country!;
            var state = new ActorCode(key, key, null, null, null);
            slots.Add(new ActorSlot(sector is null ? state : state with { Code = key + sector, Sector = sector }, collective, "carried"));
        }

        return slots;
    }

    /// <summary>"Wong held talks with Sugiono in Jakarta. The ministers voiced concern over ...": a bare plural title that opens
    /// the sentence ("The ministers", "The leaders", "The delegations") and was keyed only from context names the parties of the
    /// sentence before: its compound subject, or one person and the partner of his meeting or call. Null otherwise, or when those
    /// parties are not two to four distinct states. When the sentence before names only one of them ("Minister Kamikawa stated
    /// ..."), the pair the document named together in the few sentences before (<see cref="ActorContext.Pair"/>) stands in if it
    /// holds that one. A count may stand before the title ("The four ministers"): it counts people, not states.</summary>
    private static List<ActorSlot>? PluralTitle(SentenceView view, IReadOnlyList<ActorSlot> sources, CarriedSubject carried, ActorContext? context)
    {
        var title = sources[0].Mention;
        if (sources.Count != 1 || sources[0].Resolution != "context" || title.Kind != MentionKind.Agent || !title.Plural) return null;
        // "3. The ministers ...": a numbered point of a communique or readout opens with its number.
        var open = view.Count > 2 && view.Tokens[0].Kind == TokenKind.Number && view.Word(1) is "." or ")" ? 2 : 0;
        var first = view.FirstOf(title) - open;
        if (first == 2 && IsCount(view.Word(open + 1))) first = 1;
        if (first != 1 || !view.Is(open, "the") || !IsPluralTitle(view.Word(view.LastOf(title)))) return null;
        List<ActorSlot> parties = [.. carried.Sources];
        if (carried is { Person: true, Sources.Count: 1, Partner: { } partner }) parties.Add(partner);
        else if (parties.Count == 1 && context?.Pair is var (a, b) && view.Sentence.Index - context.PairSentence <= PairReach &&
            (a.Key == parties[0].Actor.Key || b.Key == parties[0].Actor.Key))
            parties = [ActorSlot.CarriedAt(view, open + 1, a), ActorSlot.CarriedAt(view, open + 1, b)];
        if (parties.Count is < 2 or > 4) return null;
        for (var i = 0; i < parties.Count; i++)
        {
            if (parties[i].Actor.Country is not { } c) return null;
            for (var j = 0; j < i; j++)
            {
                if (parties[j].Actor.Country == c) return null;
            }
        }

        return parties;
    }

    private static bool IsCount(ReadOnlySpan<char> w) => w is "two" or "three" or "four" or "five" or "six";

    /// <summary>Plural titles of the officials who meet for their states: "ministers", "leaders", "presidents", "delegations" ...</summary>
    private static bool IsPluralTitle(ReadOnlySpan<char> title) =>
        title.Equals("ministers", StringComparison.OrdinalIgnoreCase) || title.Equals("leaders", StringComparison.OrdinalIgnoreCase) ||
        title.Equals("presidents", StringComparison.OrdinalIgnoreCase) || title.Equals("premiers", StringComparison.OrdinalIgnoreCase) ||
        title.Equals("delegations", StringComparison.OrdinalIgnoreCase) || title.Equals("chancellors", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsCountry(IReadOnlyList<ActorSlot> slots, string country)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Actor.Country == country) return true;
        }

        return false;
    }

    /// <summary>Words that may stand between a subject pronoun and its verb: auxiliaries, adverbs and the frames of a planned
    /// act ("he is expected to", "it is set to", "they are due to").</summary>
    private bool IsAuxiliaryOrAdverb(SentenceView view, int k)
    {
        var w = view.Word(k);
        if (w.Length == 0 || !char.IsLower(w[0])) return false;
        if (w is "to" or "likely" or "unlikely" or "poised" or "about" or "ready" or "able" or "keen" or "eager" || _words.IsFutureCue(w)) return true;
        return w is "has" or "have" or "had" or "will" or "would" or "also" or "later" or "then" or "subsequently" or "again" or "separately" or
            "did" or "is" or "are" or "was" or "were" or "reportedly" or "previously" or "recently" or "earlier" or "finally" or
            "further" or "personally" or "formally" or "officially" or "jointly" || w.EndsWith("ly", StringComparison.Ordinal);
    }
}

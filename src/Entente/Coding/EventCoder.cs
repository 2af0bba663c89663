using System.Collections.Concurrent;
using Entente.Dates;
using Entente.Model;
using Entente.Ontology;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>Codes the sentences of a segmented, recognised document into events: patterns → arguments →
/// modality → actors → the enriched event record.</summary>
public sealed class EventCoder
{
    private const int BackgroundDays = 400;
    private readonly PatternSet _patterns;
    private readonly CameoOntology _ontology;
    private readonly IDateResolver _dates;
    private readonly CoderOptions _options;
    private readonly ClauseSplitter _splitter;
    private readonly ArgumentFinder _arguments;
    private readonly ModalityDetector _modality;
    private readonly WordSets _words;
    private readonly MatchFilter _filter;
    private readonly ReportedSpeech _speech;
    private readonly CarriedSubjects _carried;
    private readonly FollowOnContacts _followOn;
    private readonly PlaceTargets _placeTargets;
    private readonly OutlookParty _outlookParty;
    private readonly SlotResolver _slots = new();
    private readonly IntentCodeMap _intents = new();
    private readonly RefusalCodeMap _refusals = new();
    private readonly ClauseMood _mood;
    private readonly EventDatePicker _datePicker = new();
    // Work lists owned by this coder, each taken for the length of one Code call and returned after it: documents
    // coded one after another reuse the same buffers, concurrent calls never share one (the bag keeps a list per thread).
    private readonly ConcurrentBag<CoderScratch> _scratchPool = [];


    /// <summary>Creates a coder; all parts are immutable and may be shared across threads.</summary>
    public EventCoder(PatternSet patterns, CameoOntology ontology, IDateResolver dates, WordSets words, CoderOptions options)
        : this(patterns, ontology, dates, words, options, null)
    {
    }

    /// <summary>The part-of-speech tagger the coder reads word classes with; null when it has none.</summary>
    public PosTagger? Tagger { get; }

    /// <summary>Creates a coder that reads the part of speech of each matched sentence's words from <paramref name="tagger"/>
    /// (without one, word shapes stand in for it).</summary>
    public EventCoder(PatternSet patterns, CameoOntology ontology, IDateResolver dates, WordSets words, CoderOptions options, PosTagger? tagger)
    {
        Tagger = tagger;
        _patterns = patterns;
        _ontology = ontology;
        _dates = dates;
        _options = options;
        _words = words;
        _splitter = new ClauseSplitter(words);
        _arguments = new ArgumentFinder(words);
        _modality = new ModalityDetector(words);
        _mood = new ClauseMood(words);
        _filter = new MatchFilter(words);
        _speech = new ReportedSpeech(words);
        _carried = new CarriedSubjects(words);
        _followOn = new FollowOnContacts(words);
        _placeTargets = new PlaceTargets(words);
        _outlookParty = new OutlookParty(words);
    }

    /// <summary>Codes every sentence of <paramref name="doc"/> given its mentions (ordered by start).</summary>
    public (IReadOnlyList<CodedEvent> Events, IReadOnlyList<TraceEntry> Trace) Code(SegmentedDocument doc, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(mentions);
        var events = new List<CodedEvent>();
        var trace = _options.Trace ? new List<TraceEntry>() : null;
        var context = new ActorContext();
        var publication = doc.Document.Date ?? _options.DefaultDate;
        var next = 0;
        CarriedSubject? carried = null;
        EarlierAttack? attack = null;
        EarlierAttack? measure = null;
        EarlierAccusation? denied = null;
        // Whether a sentence other than a headline has been coded: the first such is the story's lead.
        var bodySeen = false;
        EarlierContact? contact = null;
        EarlierAgreement? agreement = null;
        EarlierDecision? decision = null;
        var scratch = _scratchPool.TryTake(out var pooled) ? pooled : new CoderScratch();
        try
        {
            var sentenceMentions = scratch.Mentions;
            var sentences = doc.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                sentenceMentions.Clear();
                while (next < mentions.Count && mentions[next].Start < sentence.End)
                {
                    if (mentions[next].Start >= sentence.Start) sentenceMentions.Add(mentions[next]);
                    next++;
                }

                // A headline is no antecedent, and what a sentence leaves unsaid is never carried past it: only the
                // sentence right before may lend its subject to a pronoun.
                var subject = sentence.IsHeadline ? null : carried;
                var before = events.Count;
                CodeSentence(doc, sentence, sentenceMentions, context, publication, events, trace, scratch, ref subject, attack, measure, denied, contact, agreement, decision);
                attack = EarlierAttack.Latest(events, before, attack, sentence.IsHeadline);
                measure = EarlierAttack.LatestMeasure(events, before, measure);
                denied = EarlierAccusation.Latest(events, before, denied, sentence.IsHeadline || !bodySeen);
                bodySeen |= !sentence.IsHeadline;
                contact = EarlierContact.Latest(events, before, contact);
                agreement = EarlierAgreement.Latest(events, before, agreement, sentence.IsHeadline);
                decision = EarlierDecision.Latest(events, before, decision);
                carried = sentence.IsHeadline ? null : subject;
                context.Observe(sentenceMentions);
                context.ObserveLetterhead(sentence, sentenceMentions, doc.Text);
                if (NamedPair.InSentence(sentenceMentions, doc.Text, sentence.End, events, before) is { } pair) context.ObservePair(pair.A, pair.B, sentence.Index);
            }
        }
        finally
        {
            scratch.Clear();
            _scratchPool.Add(scratch);
        }

        return (events, (IReadOnlyList<TraceEntry>?)trace ?? []);
    }

    /// <summary>Codes one sentence; <paramref name="carried"/> comes in as the previous sentence's subject and goes out as
    /// this sentence's (its first main-verb subject, else an actor that opens it, else none); <paramref name="attack"/> is the latest attack coded before it, <paramref name="measure"/> the latest sanction or expulsion, <paramref name="denied"/> the latest accusation, <paramref name="contact"/> the latest meeting or visit, <paramref name="agreement"/> the latest signing, <paramref name="decision"/> the latest other act of policy.</summary>
    private void CodeSentence(SegmentedDocument doc, Sentence sentence, List<Mention> mentions, ActorContext context,
        DateOnly? publication, List<CodedEvent> events, List<TraceEntry>? trace, CoderScratch scratch, ref CarriedSubject? carried,
        EarlierAttack? attack, EarlierAttack? measure, EarlierAccusation? denied, EarlierContact? contact, EarlierAgreement? agreement, EarlierDecision? decision)
    {
        var text = doc.Text;
        var tokens = doc.TokensOf(sentence);
        var matches = scratch.Matches;
        var previousSubject = carried;
        carried = CarriedSubjects.Opening(doc, sentence, mentions);
        _patterns.Match(text, tokens, sentence.FirstToken, scratch.Found, matches);
        if (matches.Count == 0)
        {
            trace?.Add(new TraceEntry("coder", sentence.Index, "no event pattern matched"));
            return;
        }

        var view = scratch.View(text, sentence, doc.TokenMemoryOf(sentence), mentions, _splitter, Tagger);
        CoordinatedClauses.Split(view);
        var kept = scratch.Kept;
        var dropped = trace is null ? null : new List<(PatternMatch Match, string Reason)>();
        _filter.Filter(view, matches, kept, dropped);
        if (trace is not null && dropped is not null)
        {
            foreach (var (m, reason) in dropped)
                trace.Add(new TraceEntry("coder", sentence.Index, $"{m.Pattern.Id} '{Slice(text, doc.Tokens[m.FirstToken].Start, doc.Tokens[m.LastToken].End)}': {reason}; no event"));
        }

        // Dates are found only once a match has its actors: most matched sentences never get that far.
        IReadOnlyList<DateExpression>? dates = null;
        IReadOnlyList<DateExpression>? futureDates = null;
        var n = 0;
        var sentenceEvents = events.Count;
        Arguments? previous = null;
        var previousCode = "";
        List<SentenceLocation>? locations = null;
        (PatternMatch Match, Arguments Args, DateOnly? Date, DateBasis Basis, List<ActorSlot> Parties)? mediated = null;
        var instrument = -1;
        var subjectKept = false;
        foreach (var match in kept)
        {
            var pattern = match.Pattern;
            if (match.FirstToken == instrument)
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: the weapon or manner of the violent verb before it, coded there; no event"));
                continue;
            }

            if (pattern.CodesNothing)
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: a null-coded pattern claims these words; no event"));
                continue;
            }

            var triggerStart = doc.Tokens[match.FirstToken].Start;
            var triggerEnd = doc.Tokens[match.LastToken].End;
            if (MatchFilter.IsRefusalOfRuleOut(view, match) ||
                (MatchFilter.IsRuleOut(view, match.FirstToken - sentence.FirstToken) && MatchFilter.IsLeftOpen(view, match.FirstToken - sentence.FirstToken)))
            {
                // "Macron refused to rule out sending troops", "did not rule out talks with Russia": not ruling something out
                // rejects nothing; it leaves the act open (coded, if at all, as hypothetical from its own pattern).
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a ruling out denied leaves the act open, no rejection; no event"));
                continue;
            }

            var args = TopicBetween.Subject(view, match, _arguments.Find(view, match, previous, previousCode));
            if (pattern.Kind == TriggerKind.Verb && args is { How: "subject", Passive: false, Source.Count: 0 } && IsViolent(pattern.Cameo) && IsViolent(previousCode) &&
                previous is { Source.Count: > 0 } && WeaponPronoun.Refers(view, match.FirstToken - sentence.FirstToken, previous.Source))
            {
                // "Russian missiles killed 20 people when they struck Kyiv": the pronoun is the weapons of the act before.
                args = args with { Source = previous.Source, How = "weapon-pronoun" };
            }

            if (FollowOnContacts.TheirCompound(view, pattern, args, previous) is { } their)
            {
                // "Armenia and Azerbaijan agreed ..., and their foreign ministers will meet": the compound before is the subject.
                args = their;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: a 'their' subject, the compound of the clause before"));
            }

            if (pattern.Kind == TriggerKind.Verb && args.How == "subject" && !args.Passive && previous is { Source.Count: > 0, Target.Count: > 0 } &&
                IsPurposeOfAction(previousCode) && view.Is(match.FirstToken - sentence.FirstToken - 1, "to") && SharesMention(args.Source, previous.Target))
            {
                // "Ecuador's police stormed the Mexican embassy in Quito to arrest a former vice president": the object of an
                // act of force or a visit does not do what the purpose infinitive after it says; the act's subject does.
                args = args with { Source = previous.Source, How = "purpose-subject" };
            }

            string? complement = null;
            var commitment = false;
            var commentRoot = pattern.Kind == TriggerKind.Noun && args.How == "subject" ? CommentRoot(view, kept, match) : null;
            // "agreed to raise trade during Modi's visit to Moscow": a noun in a circumstance phrase is no content of a
            // commitment; it is coded as it stands.
            if (commentRoot == "03" && !IsCommitmentContent(view, kept, match)) commentRoot = null;
            if (commentRoot is null && pattern.Kind == TriggerKind.Noun && args.How == "subject" && IsReactionVerbObject(view, match))
            {
                // "The UN mourned the killing of aid workers", "Ukraine questioned the detention of its sailors": a reaction verb
                // that no pattern codes still says its subject did not do the act.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the object of a reaction verb, its agent unnamed; no event"));
                continue;
            }

            if (commentRoot is not null)
            {
                commitment = commentRoot == "03";
                // "X threatened to impose tariffs on Y" (1312), "X demanded the release of hostages" (1053): the subject
                // threatens or asks for the nominal act. "X condemned the attack": the subject reacts to it; it did not do it.
                // "vowed to retaliate for the strike on its consulate": a noun after "for"/"over" is the reason, not the content.
                complement = _options.IntentCodes && !IsReasonPhrase(view, match) ? ComplementCode(commentRoot, pattern.Cameo) : null;
                if (complement is null)
                {
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the object of a comment verb, its agent unnamed; no event"));
                    continue;
                }
            }

            // "Turkey took delivery of Russia's S-400 system, defying US warnings": the grammatical subject of an inverted frame
            // is its target, and that is whom a coordinated verb after it shares.
            if (pattern.Kind == TriggerKind.Verb && !args.Passive && args.Source.Count > 0)
            {
                var inverted = pattern.SourceAfterTrigger && pattern.TargetBeforeTrigger;
                previous = inverted ? args.Target.Count > 0 ? args with { Source = args.Target, Target = args.Source } : previous : args;
                if (!inverted || args.Target.Count > 0) previousCode = pattern.Cameo;
            }
            locations ??= Locations(view, scratch.Locations);
            // The slot lists are the scratch's, refilled for every match: parties kept past it are copied (mediation). Whom force or
            // a show of force is aimed at ("The navy fired warning shots at a Chinese fishing boat") lends no country to the doer.
            IReadOnlyList<ActorSlot> sources = _slots.Resolve(args.Source, mentions, context, null, text, locations, scratch.Sources,
                (IsViolent(pattern.Cameo) || pattern.Cameo.StartsWith("15", StringComparison.Ordinal)) && !CoupMakers.Is(pattern) ? args.Target : null);
            if (sources.Count == 0 && args.How == "passive-agentless" && IsViolent(pattern.Cameo) && !IsSubordinate(view, args.Target, match.FirstToken - sentence.FirstToken) &&
                !AttackOutcome.NamedElsewhere(view, kept, match) && !AccidentalDeath.Holds(view, match.LastToken - sentence.FirstToken))
                sources = UnknownAttacker(_slots.Resolve(args.Target, mentions, context, null, text, locations, scratch.Targets), locations);
            if (sources.Count == 0 && args.How == "passive-agentless" && IsStateCustody(pattern.Cameo) &&
                IsRightBefore(view, args.Target, match.FirstToken - sentence.FirstToken) && StateOfPlaceAfter(view, locations, match.LastToken - sentence.FirstToken) is { } state)
            {
                // "was granted asylum in Moscow", "were detained in Iran": only a state grants asylum or holds people in
                // custody, and the one that does is where it happens (a capital stands for its state).
                sources = [StateActPassive.WithSector(state, pattern.Cameo, view.Word(match.HeadToken - sentence.FirstToken))];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': no agent named; the state of the place, {sources[0].Actor.Code}"));
            }

            if (sources.Count == 0 && args.How == "passive-agentless" && (IsStateCustody(pattern.Cameo) || pattern.Cameo.StartsWith("112", StringComparison.Ordinal) ||
                                                                           pattern.Cameo.StartsWith("115", StringComparison.Ordinal)) &&
                IsRightBefore(view, args.Target, match.FirstToken - sentence.FirstToken) &&
                StateOfOpposition(_slots.Resolve(args.Target, mentions, context, null, text, locations, scratch.Targets), pattern.Cameo) is { } home)
            {
                // "Tanzania's opposition leader was charged with treason", "opposition activists were arrested", "Former Brazilian
                // President Bolsonaro was charged with plotting a coup": with no place and no agent named, the state that arrests
                // or charges its own opposition or former leaders is its own.
                sources = [StateActPassive.WithSector(home, pattern.Cameo, view.Word(match.HeadToken - sentence.FirstToken))];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': no agent named; the opposition's own state, {sources[0].Actor.Code}"));
            }

            if (sources.Count > 0 && args.How == "subject" && !args.Passive && pattern.Kind == TriggerKind.Verb && IsViolent(pattern.Cameo) &&
                LocativeSubject.Preposition(view, args.Source, match.FirstToken - sentence.FirstToken) is var placePrep and >= 0 &&
                (LocativeSubject.IsDisaster(view, placePrep) || UnclaimedBombing.Subject(view, kept, match) is not null))
            {
                // "Floods in Pakistan killed 30 people", "Bombings in central Baghdad killed 32": the name is where it happened.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the name before the verb is where a thing struck, not its doer"));
                sources = [];
                args = args with { Source = [] };
            }

            string? bombing = null;
            ActorSlot? countedDead = null;
            if (sources.Count == 0 && args.Source.Count == 0 && !args.Passive && pattern.Kind == TriggerKind.Verb && IsViolent(pattern.Cameo) && locations.Count > 0 &&
                UnclaimedBombing.Subject(view, kept, match) is { } bomb)
            {
                // "A roadside bomb near Kandahar killed two soldiers": the bombing is the act, by someone unknown where it struck.
                if (args.How == "participle-nonactor-subject") args = args with { Target = UnclaimedBombing.Toll(view, match) };
                if (args.Target.Count == 0 && UnclaimedBombing.NamedInToll(view, match) is { } killed) args = args with { Target = [killed] };
                var toll = args.Target.Count == 0 ? UnclaimedBombing.PlaceOfCount(view, match, locations) : null;
                if (toll is not null) args = args with { Target = [toll] };
                sources = UnknownAttacker(_slots.Resolve(args.Target, mentions, context, null, text, locations, scratch.Targets), locations);
                // "A suicide bombing in Mogadishu killed 12": the dead the count stands for are civilians of the place struck.
                if (toll is not null && sources.Count > 0 && sources[0].Actor.Country is { } struckState)
                    countedDead = new ActorSlot(new ActorCode(struckState + "CVL", struckState, null, "CVL", null), toll, "place");
                bombing = UnclaimedBombing.CodeOf(view, bomb);
                if (sources.Count > 0)
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': an unclaimed bombing ({bombing}), its perpetrator keyed to where it struck, {sources[0].Actor.Code}"));
            }

            if (bombing is null && pattern.Kind == TriggerKind.Verb && TollVerb.Is(view, match))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a toll with no unclaimed attack for subject; no event"));
                continue;
            }

            if (sources.Count == 0 && args.Source.Count == 0 && !args.Passive && args.How == "subject" && pattern.Kind == TriggerKind.Verb && IsViolent(pattern.Cameo) &&
                locations.Count > 0 && LoneAttacker.Opens(view, match.FirstToken - sentence.FirstToken))
            {
                // "A man stabbed three people at a station in Hamburg": an unidentified attacker, keyed to where he struck.
                sources = UnknownAttacker(_slots.Resolve(args.Target, mentions, context, null, text, locations, scratch.Targets), locations);
                if (sources.Count > 0)
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': an unidentified attacker, keyed to where he struck, {sources[0].Actor.Code}"));
            }

            if (sources.Count == 0 && args.Source.Count == 0 && args.How == "subject" && pattern.Cameo.StartsWith("14", StringComparison.Ordinal) &&
                UnnamedProtesters(view, locations) is { } protesters)
                sources = [protesters];
            if (sources.Count == 0 && args.How == "subject" && pattern.Kind == TriggerKind.Verb && !args.Passive && previousSubject is not null &&
                _carried.Sources(view, match, previousSubject) is { } pronounSources)
            {
                // "Macron arrived in Beijing. He later met Xi.": the pronoun that opens the sentence is the previous one's subject.
                sources = pronounSources;
                // "Kenya and Ethiopia signed ... They also agreed to ...": a compound antecedent makes a reciprocal act mutual.
                args = args with { How = "carried", Reciprocal = args.Reciprocal || (pattern.Reciprocal && args.Target.Count == 0 && sources.Count >= 2) };
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': subject '{text[sources[0].Mention.Start..sources[0].Mention.End]}' carried from sentence {previousSubject.Sentence}"));
            }

            if (sources.Count == 0 && args.How == "background-phrase" && TalksOfPair.Find(view, match, events, sentenceEvents) is var (sideA, sideB))
            {
                // "agreed on a ceasefire proposal after talks in Jeddah": the talks were the two sides' own.
                var at = match.HeadToken - sentence.FirstToken;
                sources = [ActorSlot.CarriedAt(view, at, sideA), ActorSlot.CarriedAt(view, at, sideB)];
                args = args with { How = "talks-of-pair", Reciprocal = true };
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the occasion of the act {sideA.Code} and {sideB.Code} did toward each other"));
            }

            if (sources.Count == 1 && previousSubject is not null && FollowOnContacts.TheirOpening(view, pattern, args, previousSubject) is { } theirs)
            {
                // "Armenia and Azerbaijan agreed ... . Their foreign ministers will meet again": the compound of the sentence before.
                sources = theirs;
                args = args with { How = "carried", Reciprocal = true };
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': 'Their' officials, the compound carried from sentence {previousSubject.Sentence}"));
            }

            if (sources.Count > 0 && args.How == "subject" && pattern.Kind == TriggerKind.Verb && !args.Passive && previousSubject is not null &&
                CarriedSubjects.Members(view, sources, previousSubject, context) is { } members)
            {
                // "Russia and Ukraine swapped prisoners in a deal brokered by the UAE. The two sides thanked ...": the collective
                // that opens the sentence is the compound subject of the sentence before, not the last two states named.
                sources = members;
                args = args with { How = "carried", Reciprocal = args.Reciprocal || (pattern.Reciprocal && args.Target.Count == 0) };
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the collective is the compound subject carried from sentence {previousSubject.Sentence}"));
            }

            if (sources.Count == 1 && !args.Passive && previousSubject is not null && (pattern.Kind == TriggerKind.Verb ? args.How == "subject" : args.How != "carried") &&
                CarriedSubjects.Definite(view, sources[0], previousSubject) is { } same)
            {
                // "Macron arrived in Beijing. The president later signed ...": a bare title opening the sentence names the
                // previous subject when their sectors agree, rather than the state the document named last.
                sources = [same];
                args = args with { How = "carried" };
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': subject '{text[same.Mention.Start..same.Mention.End]}' is {same.Actor.Code}, carried from sentence {previousSubject.Sentence}"));
            }

            if (sources.Count == 0)
            {
                // "were killed by a roadside bomb": the weapon of a passive attack whose attacker is unknown names no act of the victims.
                if (args.Passive && IsViolent(pattern.Cameo) && InstrumentNoun(view, kept, match) is { } unclaimed && !IsOwnedNoun(view, unclaimed))
                    instrument = unclaimed.FirstToken;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': no source actor found ({args.How}); no event"));
                continue;
            }

            // "Ukraine's parliament voted to dismiss the defence minister": a legislature removing an official removes one of its
            // own state's, not a counterpart abroad as a bare official facing a state usually is.
            // Protesters, strikers and an opposition protesting "against the government", or demanding of, accusing, rejecting
            // or threatening "the government", face their own.
            var facing = (sources[0].Actor.Sector == "LEG" && pattern.Cameo.StartsWith("104", StringComparison.Ordinal)) ||
                         (sources[0].Actor.Sector is "CVL" or "OPP" or "LAB" or "EDU" or "PTY" && IsDomesticChallenge(pattern.Cameo))
                ? null
                : sources[0].Actor.Country;
            IReadOnlyList<ActorSlot> targets = _slots.Resolve(args.Target, mentions, context, facing, text, locations, scratch.Targets,
                otherKey: sources[0].Actor.Key);
            if (targets.Count > 0) targets = WithoutStatusTitles(view, targets);
            if (countedDead is not null) targets = [countedDead];
            var unnamedAddressee = pattern.Cameo.StartsWith("02", StringComparison.Ordinal) && !args.Reciprocal &&
                                   UnnamedAddressee.Holds(view, match, targets.Count > 0 ? targets[0].Mention : null);
            if (unnamedAddressee)
            {
                // "appealed to allies to send air defences to Ukraine": Ukraine is whom the aid is for; the allies, unnamed, are
                // whom the appeal is aimed at.
                targets = [];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the appeal's addressee is unnamed; the name after it is the beneficiary; no target"));
            }

            // Without a target only an appeal made by a speaker the sentence names ("the refugee agency" given a country by context is
            // no such speaker) and not an infinitive ("vowed to ask its allies to ...") stands.
            var targetlessAppeal = unnamedAddressee && sources[0].Resolution == "mention" && !view.Is(match.HeadToken - sentence.FirstToken - 1, "to");
            if (targets.Count == 0 && SurvivedAttempt.Holds(view, match, match.FirstToken - sentence.FirstToken) &&
                UnknownAttacker(sources, locations) is [var unknown])
            {
                // "Trump survived an assassination attempt at a rally in Pennsylvania": the survivor is the one attacked; the
                // attacker is unknown, keyed to where it happened.
                targets = sources;
                sources = [unknown];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the survivor is the target; an unknown attacker, {unknown.Actor.Code}"));
            }

            if (targets.Count == 0 && CoupMakers.Is(pattern) && sources[0].Actor.Country is { } overthrown)
            {
                // "after the military seized power in a coup": a coup with no government or place named overthrows the coup
                // makers' own state.
                targets = [ActorSlot.CarriedAt(view, match.HeadToken - sentence.FirstToken, new ActorCode(overthrown, overthrown, null, null, null))];
            }

            if (WarnedOwnState.Holds(view, match, sources[0], targets))
            {
                // "Iran warned that Iran would respond if Israel struck": what the warner's own state will do is the content; the
                // one warned is the provoker the condition names, else no one.
                var warned = WarnedOwnState.Provoker(view, sources[0], targets);
                targets = warned is null ? [] : _slots.Resolve([warned], mentions, context, sources[0].Actor.Country, text, locations);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the that-clause's subject is the warner's own state; " +
                    (targets.Count == 0 ? "no one else warned" : $"aimed at {targets[0].Actor.Code}, named after it")));
            }

            if (InsistedFact.Holds(view, match))
            {
                // "Germany insisted that Isis remained a threat": a fact insisted on, not an act demanded.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the that-clause states a fact, no act demanded; no event"));
                continue;
            }

            if (OwnStateWish.Holds(view, match, sources[0], targets))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a wish for the wisher's own state, no appeal; no event"));
                continue;
            }

            if (WarnedPlight.Holds(view, match, targets))
            {
                // "The UN warned that millions of people face freezing conditions": a danger described, no threat made.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the that-clause tells a plight, not a threat; no event"));
                continue;
            }

            if (sources.Count == 1 && sources[0].Resolution == "context" && sources[0].Actor.Name is not null && targets.Count == 1 && targets[0].Resolution == "mention" &&
                sources[0].Actor.Key == targets[0].Actor.Key && pattern.Cameo.StartsWith("04", StringComparison.Ordinal))
            {
                // "Ukraine's president was received by King Charles": a named host whose state is not known is not the guest's
                // own state, the one the sentence names; another state of the document may be his.
                var host = _slots.Resolve(args.Source, mentions, context, targets[0].Actor.Country, text, locations);
                if (host.Count == 0 || host[0].Actor.Key == targets[0].Actor.Key)
                {
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': '{text[sources[0].Mention.Start..sources[0].Mention.End]}' has no state of its own but the other party's; no event"));
                    continue;
                }

                sources = host;
            }
            if (targets.Count == 0 && args.Target.Count == 0 &&
                (OwnTerritory.Owner(text, triggerStart, triggerEnd, mentions, sources[0].Actor.Country, vessels: IsViolent(pattern.Cameo)) ??
                 (IsViolent(pattern.Cameo) ? OwnTerritory.OwnerAfter(text, triggerStart, triggerEnd, mentions, sources[0].Actor.Country) : null)) is { } territory)
            {
                // "Estonia said a Russian fighter jet violated its airspace": 'its' inside the trigger is the state named
                // before the act that is not the intruder, usually the one reporting it. So is 'its' right after a strike's
                // words ("condemned an Iranian missile strike on its territory").
                targets = [new ActorSlot(territory.Actor!, territory, "territory-owner")];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': 'its/their' territory is {territory.Actor!.Country}'s"));
            }

            if (ExecutedPeople.OwnPeople(view, match, sources[0], targets) is { } executed)
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': unnamed people a state executes are its own"));
                targets = [executed];
            }
            else if (targets.Count == 0 && args.Target.Count == 1 && IsViolent(pattern.Cameo) && CivilianVictims(args.Target[0], sources[0]) is { } victims)
            {
                // "RSF fighters killed thousands of civilians in El Geneina": with no state or place to key them by, the
                // people an armed group kills are taken to be its own country's.
                targets = [victims];
            }
            else if (targets.Count == 1 && IsViolent(pattern.Cameo) && !HasEarlierForce(events, sentenceEvents, sources[0].Actor.Key) &&
                     VictimsAbroad(targets[0], sources[0], mentions) is { } abroad)
            {
                // "A Russian drone strike on the port of Odesa killed three people": people an attacker kills are not
                // its own just because its country was named last; a place of another state in the sentence keys them.
                targets = [abroad];
            }
            else if (targets.Count == 1 && targets[0].Resolution == "context" && targets[0].Actor.Country == sources[0].Actor.Country &&
                     IsAcrossTheBorder(view, targets[0].Mention))
            {
                // "warned it would strike militant hideouts across the border": the militants are the other side's, not the
                // speaker's own; whose they are is not said, so no target is better than the speaker's state.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': its object is across the border, not the actor's own"));
                targets = [];
            }
            else if (targets.Count == 1 && IsViolent(pattern.Cameo) && IsUnplacedForeignToll(view, targets[0], sources[0]))
            {
                // "Pakistani shelling in Kupwara killed two civilians": a state named only by the adjective on its fire strikes
                // a place the dictionaries do not know; whose the people are is not said, so no target is better than its own.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': victims in an unknown place, not the attacker's own"));
                targets = [];
            }
            else if (targets.Count == 1 && pattern.Kind == TriggerKind.Noun && args.How is "modifier" or "possessive" && targets[0].Resolution == "context" &&
                     targets[0].Actor.Country == sources[0].Actor.Country && PronounPossessor.Owner(targets[0].Mention, mentions, text, sources[0].Actor.Country) is { } owner)
            {
                // "Russia condemned the new US sanctions on its banks": "its" is not the owner of the sanctions named before it.
                targets = [targets[0] with { Actor = targets[0].Actor with { Code = owner + targets[0].Actor.Sector, Country = owner } }];
            }
            else if (targets.Count == 1 && IsViolent(pattern.Cameo) && targets[0].Resolution == "context" &&
                     targets[0].Actor.Country == sources[0].Actor.Country && PronounPossessor.Owner(targets[0].Mention, mentions, text, sources[0].Actor.Country) is { } attacked &&
                     attacked != sources[0].Actor.Country)
            {
                // "After Iran launched missiles, Israel bombed its air defences": force is not turned on one's own forces; "its"
                // is the other state named before ("its own" would keep the attacker's).
                targets = [targets[0] with { Actor = targets[0].Actor with { Code = attacked + targets[0].Actor.Sector, Country = attacked } }];
            }
            else if (targets.Count == 1 && WithdrawnTroops.AreOwn(pattern.Cameo, match, sources[0], targets[0]))
            {
                // "planning to withdraw US troops from the country": the troops the withdrawal's words name are the state's own,
                // not whom the withdrawal is toward; that is the state they leave, here not known.
                var leftState = WithdrawnTroops.LeftState(view, match.LastToken - sentence.FirstToken, sources[0].Actor.Country!);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the withdrawn troops are the withdrawer's own; " +
                    (leftState is null ? "no target" : "the state they leave is the target")));
                targets = leftState is null ? [] : [leftState];
            }
            else if (targets.Count == 1 && IsViolent(pattern.Cameo) && OwnVictims.IsBorrowed(text, targets[0], sources[0], mentions, locations))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': victims with no place or nationality of their own, not the attacker's; no target"));
                targets = [];
            }
            else if (targets.Count == 1 && DualNational.Other(view, sources[0], targets[0]) is { } nationality)
            {
                // "Iran released British-Iranian aid worker ...": the person's other nationality, not the acting state's own.
                targets = _slots.Resolve([nationality], mentions, context, sources[0].Actor.Country, text, locations);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a dual national; the nationality that is not the actor's own"));
            }

            if (pattern.Kind == TriggerKind.Noun && args.How == "by" && pattern.Cameo.StartsWith("04", StringComparison.Ordinal) && sources.Count == 1 && targets.Count == 1 && sources[0].Resolution == "context" &&
                sources[0].Actor.Country is { } sourceState && targets[0].Actor.Country == sourceState &&
                PronounPossessor.Owner(sources[0].Mention, mentions, text, sourceState) is { } pronounOwner && pronounOwner != sourceState)
            {
                // "Japan signed deals with Vietnam during a visit by its prime minister to Hanoi": "its" in a nominal's "by"
                // phrase is not the host the act goes to; the nearest other state named before it owns the official. (A subject's
                // own "its" — "Russia would use its air defences" — is left alone.)
                sources = [sources[0] with { Actor = sources[0].Actor with { Code = pronounOwner + sources[0].Actor.Sector, Country = pronounOwner } }];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': 'its' official is not the host's; {pronounOwner}'s"));
            }

            if (IsViolent(pattern.Cameo) && sources.Count == 1 && sources[0].Resolution == "context" && targets.Count > 0 &&
                targets[0].Actor.Country == sources[0].Actor.Country && !(pattern.Cameo.StartsWith("192", StringComparison.Ordinal) && targets[0].Resolution == "place") &&
                view.IsBackedBy(sources[0].Mention))
            {
                // "Iran-backed militants fired rockets at Israel": a proxy's own country is not said, and never the one it attacks.
                // Rebels seizing a town ("rebels backed by Rwanda seized Goma") are the town's country's own (dev-README: REB).
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a backed group given its target's country; no event"));
                continue;
            }

            string? accusation = null;
            ActorSlot? reporter = null;
            (ActorSlot Reporter, ActorSlot Accused, string Code)? charge = null;
            // Root 17 too: "Seoul charged that Pyongyang had hacked its defence firms" is a charge, not a hacking the sentence asserts.
            if (IsViolent(pattern.Cameo) || pattern.Cameo.StartsWith("196", StringComparison.Ordinal) || pattern.Cameo.StartsWith("17", StringComparison.Ordinal))
            {
                var (who, what, replace) = _speech.Charge(view, match, pattern.Cameo, sources, targets);
                if (who is not null && what is not null && replace) (reporter, accusation) = (who, what);
                else if (who is not null && what is not null) charge = (who, sources[0], what);
            }

            if (accusation is null && charge is null && (IsViolent(pattern.Cameo) || pattern.Cameo.StartsWith("17", StringComparison.Ordinal)) &&
                AttributedAct.Cue(view, match) is >= 0 and var attributed)
            {
                // "It is highly likely the regime was responsible for the gas attack, the minister said", "Iran probably attacked
                // the tankers": a doer only held likely or believed is not told as fact; the speaker who holds it accuses.
                if (AttributedAct.Speaker(view, attributed, match) is not { Actor: { } holder } speaker || holder.Key == sources[0].Actor.Key ||
                    (holder.Country is not null && holder.Country == sources[0].Actor.Country))
                {
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': its doer only held '{view.Word(attributed)}', by no other named speaker; no event"));
                    continue;
                }

                (reporter, accusation) = (new ActorSlot(holder, speaker, "mention"), ReportedSpeech.ChargeFor(pattern.Cameo) ?? "112");
            }

            if (accusation is not null && reporter is not null)
            {
                // "India said Pakistan had violated the ceasefire", "Kyiv alleged that Russian troops shelled ...": a charge
                // against an adversary is the speaker's accusation; the act itself is not asserted (dev-README: reported speech).
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': charged by '{text[reporter.Mention.Start..reporter.Mention.End]}'; coded as its accusation {accusation}"));
                targets = [.. sources];
                sources = [reporter];
                args = args with { How = "reported-charge", Reciprocal = false, Passive = false };
                ReportedSpeech.DropGenericCharge(events, sentenceEvents, reporter.Actor, targets, trace, sentence.Index);
            }

            if (pattern.Cameo == "190" && sources.Count > 1 && targets.Count == 1 && targets[0].Resolution == "context" && args.How == "coordinated-subject" &&
                EarlierVictim(events, sentenceEvents, sources[0].Actor.Key) is not null && EarlierVictim(events, sentenceEvents, sources[^1].Actor.Key) is not null)
            {
                // "Thai and Cambodian troops clashed along the border, killing 12 people": the toll of a clash between the
                // sides of the compound, whose dead are not said to be either side's.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the toll of the clash before it; no event"));
                continue;
            }

            if (IsViolent(pattern.Cameo) && targets.Count == 1 && targets[0].Resolution == "context" && targets[0].Actor.Key == sources[0].Actor.Key &&
                args.How == "coordinated-subject" && EarlierVictim(events, sentenceEvents, sources[0].Actor.Key) is { } victimCountry)
            {
                // "shelled Kherson overnight, killing two civilians": the people killed are those of the place just attacked,
                // not the attacker's own the document's focus would give.
                var t = targets[0];
                targets = [t with { Actor = t.Actor with { Code = victimCountry + t.Actor.Sector, Country = victimCountry } }];
                if (pattern.Cameo == "190")
                {
                    // "..., killing two civilians" after the attack itself is its toll, not a second attack.
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the toll of the attack before it; no event"));
                    continue;
                }
            }

            if (pattern.Cameo == "190" && args.How == "coordinated-subject" && targets.Count == 1 && sources.Count > 0 &&
                EarlierRepressionOf(events, sentenceEvents, sources[0].Actor.Key, targets[0].Actor.Key))
            {
                // "Police opened fire on protesters in Nairobi, killing 25 people": the toll of the violent repression the sentence
                // has already coded (175), by the same side on the same people, is no second attack. After an attack coded in
                // roots 18-20 the killing stays coded (golden F6-22, SYN-18).
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the toll of the repression before it; no event"));
                continue;
            }

            if (sources.Count >= 2 && targets.Count > 0 && IsCooperative(pattern.Cameo) && AreOwnBareAgents(sources, targets))
            {
                // "Saudi Arabia and Iran agreed to reopen embassies": the bare agent is the subjects' own, so the act is mutual.
                targets = [];
                args = args with { Reciprocal = true };
            }

            if (targets.Count == 0 && args.Passive && args.How == "passive" && pattern.Cameo.StartsWith("043", StringComparison.Ordinal) &&
                previous is { Source.Count: > 0 } before && IsTalksNoun(view, match.FirstToken - sentence.FirstToken - 1))
            {
                // "Hamas and Fatah signed a declaration ... after three days of talks hosted by China": the host receives the
                // parties of the talks, the subject of the sentence's verb.
                targets = _slots.Resolve(before.Source, mentions, context, sources[0].Actor.Country, text, locations);
                args = args with { How = "passive+talks-parties" };
            }

            if (targets.Count == 0 && !args.Passive && (pattern.Cameo.StartsWith("087", StringComparison.Ordinal) || pattern.Cameo.StartsWith("166", StringComparison.Ordinal)) &&
                PlaceLeft(view, match) is { } left && left.Actor.Key != sources[0].Actor.Key)
            {
                // "completed the withdrawal of its troops from the west bank of the Dnipro": a withdrawal faces the country of
                // the place it leaves.
                targets = [left];
            }

            if (pattern.Cameo.StartsWith("14", StringComparison.Ordinal) && !args.Reciprocal && (targets.Count == 0 || AllPlaces(targets) || IsWhereOnly(view, targets)) &&
                ProtestAddressee(view, match, sources[0]) is { } addressee &&
                _slots.Resolve([addressee], mentions, context, sources[0].Actor.Country, text, locations) is { Count: > 0 } protested &&
                protested[0].Actor.Code != sources[0].Actor.Code)
            {
                // "began a hunger strike to protest President Assad's decision", "blocked streets in Hong Kong in defiance of
                // Chinese authorities": a protest act with no target of its own (or only the place where it happens) is aimed
                // at the actor its purpose or "against" phrase names (the owner of "X's decision" is that actor).
                targets = protested;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': aimed at '{text[addressee.Start..addressee.End]}', named by its purpose phrase"));
            }

            // Only where the commitment would otherwise vanish: a pattern that stands without a target keeps its own code.
            // "Germany ruled out sending troops to Ukraine": the troops after "rule out" are the excluded act's, not whom it rejects.
            // "Germany refused to supply tanks to Ukraine": the tanks a refusal names are its own, not whom it rejects.
            var ownRuledOut = targets.Count > 0 && (MatchFilter.IsRuleOut(view, match.FirstToken - sentence.FirstToken) || pattern.Cameo.StartsWith("12", StringComparison.Ordinal)) &&
                              AllOwn(targets, sources[0]);
            if ((targets.Count == 0 || ownRuledOut) && !args.Reciprocal && !unnamedAddressee && complement is null && _options.IntentCodes && !(pattern.AllowNoTarget && _options.AllowTargetless && !ownRuledOut) &&
                CommittedContent(view, matches, match, previous, mentions, context, sources[0], text, locations) is { } content)
            {
                // "Russia agreed to sell weapons to India": a commitment with no partner of its own promises what its
                // infinitive names; that act's target and intent code are the event (dev-README: commitment speech acts are asserted).
                (targets, complement) = content;
                commitment = complement.StartsWith("03", StringComparison.Ordinal);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': no partner of its own; coded with what it commits to ({complement})"));
            }

            if (targets.Count == 0 && !args.Reciprocal && BackersOwner.IsHelp(pattern.Cameo) && BackersOwner.Of(view, sources[0].Mention) is { } helped &&
                _slots.Resolve([helped], mentions, context, null, text, locations) is { Count: > 0 } owners)
            {
                // "Ukraine's Western allies pledged more missiles": what a state's backers promise or give, with no partner
                // named, is for that state.
                targets = owners;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': for the state whose backers act"));
            }

            if (targets.Count == 0 && !args.Reciprocal && IsAddressedAct(pattern.Cameo) &&
                MeetingPartner(view, kept, match, args.How == "coordinated-subject", sources[0], mentions, context, text, locations) is { } partner)
            {
                // "In a phone call with Lavrov, Blinken demanded the release of ...": what a speaker asks, offers, refuses or
                // threatens in a call or meeting with a named partner is said to that partner.
                targets = partner;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': addressed to the partner of the call or meeting"));
            }

            if ((targets.Count == 0 || AllSelf(sources, targets)) && !args.Reciprocal && IsReaction(pattern.Cameo) &&
                ProvokerAfter(view, kept, match, sources[0], mentions, context, text, locations) is { } provoker)
            {
                // "Japan lodged a protest after North Korea fired a missile", "The UN condemned the violence after Israeli forces
                // opened fire": a reaction with no target of its own answers the doer of the act in its "after" clause. So does
                // one whose only target is its own side ("threatened retaliation after Norway expelled 15 Russian diplomats").
                targets = provoker;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': aimed at the doer of the act it follows"));
            }

            if (targets.Count == 0 && !args.Reciprocal && IsReaction(pattern.Cameo) && ProvokedReaction.Provoker(view, match, args.Source, kept, _arguments) is { } provoking &&
                _slots.Resolve(provoking, mentions, context, null, text, locations) is [var provokedBy, ..] provokers && provokedBy.Actor.Key != sources[0].Actor.Key)
            {
                // "Spain, Norway and Ireland recognised a Palestinian state, prompting Israel to recall its ambassadors": each
                // member of a compound doer is answered.
                targets = provokers;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': answers the main clause's doer it was prompted by"));
            }

            if (targets.Count == 0 && !args.Reciprocal && pattern.Kind == TriggerKind.Verb && (pattern.Cameo.StartsWith("12", StringComparison.Ordinal) ||
                pattern.Cameo.StartsWith("16", StringComparison.Ordinal)) && IsAfterClause(view, args.Source) &&
                Reactor(view, kept, match, sources[0], mentions, context, text, locations) is { } reactor)
            {
                // "A day after India put the treaty in abeyance, Pakistan warned ...": a cut or refusal with no target of its
                // own, named as what the main clause's actor answers, was aimed at that actor.
                targets = reactor;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': aimed at the actor who answers it"));
            }

            if (targets.Count == 0 && !args.Reciprocal && pattern.Kind == TriggerKind.Verb && args.How == "subject" && IsViolent(pattern.Cameo) && IsAfterClause(view, args.Source) &&
                Reactor(view, kept, match, sources[0], mentions, context, text, locations, victim: true) is { } struck)
            {
                // "Zelensky urged the West to send air defences after Russia launched one of its largest air attacks": an
                // attack with no target of its own, named as what the main clause's state answers by striking back or by
                // asking for arms or aid, struck that state (a third party's condemnation says nothing of who was hit).
                targets = struck;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': aimed at the state that answers it"));
            }

            if (targets.Count == 0 && !args.Reciprocal && pattern.Kind == TriggerKind.Verb && IsViolent(pattern.Cameo) && sources[0].Actor.Country is not null &&
                sources[0].Actor.Sector is null or "GOV" or "MIL" &&
                PronounPossessor.ObjectOwnerOutside(view, match, mentions, triggerStart, sources) is { } ownerMention &&
                _slots.Resolve([ownerMention], mentions, context, null, text, locations) is [var owned, ..] && owned.Actor.Key != sources[0].Actor.Key)
            {
                // "Unless Iran halts enrichment, Israel will strike its nuclear sites": force on "its" sites or bases is force on
                // the other state named before (a state does not strike its own).
                targets = [owned];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': aimed at what 'its' owns, the other state named before"));
            }

            if (targets.Count == 0 && !args.Reciprocal && CriticisedOwner.Find(view, match, mentions, triggerStart, sources[0]) is { } criticised &&
                _slots.Resolve([criticised], mentions, context, null, text, locations) is [var criticisedOwner, ..] && criticisedOwner.Actor.Key != sources[0].Actor.Key)
            {
                targets = [criticisedOwner];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': criticises what 'its' owns, the other state named before"));
            }

            if (targets.Count == 0 && !args.Reciprocal && complement is null && (PlaceTargets.IsAboutPlace(pattern.Cameo) || PlaceTargets.IsConcern(view, match)) &&
                _placeTargets.Find(view, match, pattern.Cameo, PlaceTargets.IsConcern(view, match)) is { } place &&
                _slots.Resolve([place], mentions, context, null, text, locations) is [var about, ..] && about.Actor.Key != sources[0].Actor.Key)
            {
                // "will investigate abuses in Iran", "pledged $500 million to rebuild Gaza", "voiced concern over the crackdown
                // in Georgia": an inquiry, aid or a concern is done to (aimed at) the place's country when no party is named.
                targets = [about];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': about the place '{text[place.Start..place.End]}', {about.Actor.Code}"));
            }

            if (targets.Count == 0 && !args.Reciprocal && complement is null && OutlookParty.IsOutlook(pattern.Cameo) &&
                _outlookParty.Find(view, match) is { Count: > 0 } outlookParties &&
                _slots.Resolve(outlookParties, mentions, context, null, text, locations) is { Count: > 0 } outlook && outlook[0].Actor.Key != sources[0].Actor.Key)
            {
                // "pessimistic about the prospects for talks with Kyiv", "hopeful that talks between Sudan's generals would
                // resume": an outlook comment is aimed at the parties of the dealings it is about.
                targets = outlook;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': an outlook on dealings with {outlook[0].Actor.Code}"));
            }

            if (!args.Reciprocal && complement is null && pattern.Cameo.StartsWith("12", StringComparison.Ordinal) &&
                ResolutionBody.Find(view, match, sources[0]) is ({ } body, var resolution) && body.Actor.Key != sources[0].Actor.Key &&
                (targets.Count == 0 || view.FirstOf(targets[0].Mention) > resolution))
            {
                targets = [body];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a resolution with no body named, the UN's"));
            }

            // "The US struck militia bases in Iraq, and Iran condemned the strikes": this sentence's attacks told before the
            // reaction are the latest.
            if ((targets.Count == 0 || EarlierAttack.IsWeaponGuess(view, targets)) && !args.Reciprocal &&
                EarlierAttack.Latest(events, sentenceEvents, attack)?.TargetOf(view, match, sources[0]) is var (attacker, attackSentence))
            {
                // "A US drone strike killed ... . Iraq's prime minister condemned the strike": the act named bare is the earlier one.
                targets = [attacker];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the act condemned is the attack by {attacker.Actor.Code} in sentence {attackSentence}"));
            }

            if (targets.Count == 0 && !args.Reciprocal && EarlierAttack.LatestMeasure(events, sentenceEvents, measure)?.TargetOf(view, match, sources[0]) is { } doer)
            {
                // "Poland expelled three Belarusian diplomats. Belarus condemned the decision": the measure named bare is the earlier one.
                targets = [doer.Slot];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the act condemned is the measure by {doer.Slot.Actor.Code} in sentence {doer.Sentence}"));
            }

            var brokered = false;
            if (contact?.BrokeredParties(view, match) is { } brokeredSides && IsApart(sources, brokeredSides))
            {
                // "Maduro and Ali met on St Vincent ... . The meeting was brokered by Gonsalves and Brazil": those named after "by"
                // mediate between the meeting's sides; they do not meet each other.
                targets = brokeredSides;
                args = args with { Reciprocal = false, How = "brokered-contact" };
                brokered = true;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the contact brokered is the one in sentence {contact.Sentence}; mediation (045) toward each side"));
            }

            if (targets.Count == 0 && !args.Reciprocal && contact?.TargetOf(view, match, sources[0]) is var (party, contactSentence))
            {
                // "Taiwan's president visited Guatemala. Beijing condemned the visit": the contact named bare is the earlier one.
                targets = [party];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the contact condemned is the one in sentence {contactSentence}; aimed at {party.Actor.Code}"));
            }

            if (targets.Count == 0 && !args.Reciprocal && agreement?.TargetsOf(view, match, sources[0]) is { } signers)
            {
                // "Vietnam and the Philippines signed a coast guard pact. China criticised the pact": the agreement named bare is
                // the earlier one, aimed at each signer.
                targets = signers;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the agreement is the one signed in sentence {agreement.Sentence}"));
            }

            if (targets.Count == 0 && !args.Reciprocal && decision?.TargetOf(view, match, sources[0]) is var (decider, decisionSentence))
            {
                // "Turkey's parliament approved Sweden's bid. Sweden welcomed the vote": the decision named bare is the earlier one.
                targets = [decider];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the decision welcomed is {decider.Actor.Code}'s in sentence {decisionSentence}"));
            }

            if (!args.Reciprocal && EarlierRequest.MakerOf(view, match, sources[0], targets, events) is { } maker) targets = [maker];
            if (!args.Reciprocal && denied?.TargetOf(view, match, sources[0], targets) is { } accuser)
            {
                // "Iran accused Israel of sabotage. ... Israel denied the accusation": the accused denies the earlier accuser's charge.
                targets = [accuser];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the accusation denied is {accuser.Actor.Code}'s in sentence {denied.Sentence}"));
            }

            if (targets.Count == 0 && !args.Reciprocal && ThreatenedAccused.TargetOf(view, match, sources[0], events, sentenceEvents) is { } threatened)
            {
                targets = [threatened];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a threat by the accuser, aimed at the accused {threatened.Actor.Code}"));
            }

            if (targets.Count == 0 && !args.Reciprocal && ThreatenedAccused.CutTargetOf(view, match, sources[0], events, sentenceEvents) is { } cutOff)
            {
                targets = [cutOff];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a cut in relations after the same side's hostile act, aimed at {cutOff.Actor.Code}"));
            }

            if (targets.Count == 0 && !args.Reciprocal && FrontedCondition.TargetOf(view, match, sources[0]) is { } conditioned)
            {
                targets = [conditioned];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a retaliation promised if {conditioned.Actor.Code} acts, aimed at it"));
            }

            var trailingWarning = false;
            if (targets.Count == 0 && !args.Reciprocal && TrailingWarning.TargetOf(view, match, sources[0]) is { } warnedSide)
            {
                targets = [warnedSide];
                trailingWarning = true;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a warning named after its content, aimed at the content's first actor {warnedSide.Actor.Code}"));
            }

            if (targets.Count == 0 && !args.Reciprocal && RebelHomeGround.Country(view, match, args.How, sources[0].Actor) is { } rebelHome)
            {
                targets = [ActorSlot.CarriedAt(view, match.HeadToken - sentence.FirstToken, new ActorCode(rebelHome, rebelHome, null, null, null))];
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': rebels seize an unknown place from their own state, {rebelHome}"));
            }

            // "Serbia and Hungary held joint military exercises near the town of Pancevo": joint drills shown to no one named are
            // still the partners' cooperation (the 062 pair below), with no show of force of their own.
            var jointOnly = false;
            if (targets.Count == 0 && !args.Reciprocal && !((pattern.AllowNoTarget || targetlessAppeal) && _options.AllowTargetless))
            {
                if (!(pattern.Cameo.StartsWith("15", StringComparison.Ordinal) && sources.Count >= 2 && IsJointAct(view, match)))
                {
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': no target actor found; no event"));
                    continue;
                }

                jointOnly = true;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': joint drills aimed at no one named; only the partners' cooperation"));
            }

            if (pattern.Kind == TriggerKind.Verb && args.How == "subject" && IsSinceClause(view, args.Source))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': in a 'since' clause, background; no event"));
                continue;
            }

            if (pattern.Kind == TriggerKind.Verb ? IsStandingPosition(view, match) || ClauseMood.IsHabit(view, match.HeadToken - sentence.FirstToken) ||
                                                   OngoingRelative.Holds(view, match.HeadToken - sentence.FirstToken) || StandingRelative.Holds(view, match.HeadToken - sentence.FirstToken) : IsInStandingPosition(view, match))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a standing position or habit ('has long', 'has never', 'routinely sends'), background; no event"));
                continue;
            }

            if (pattern.Kind == TriggerKind.Noun && IsRuledOut(view, match))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': what is ruled out does not happen; no event"));
                continue;
            }

            if (pattern.Kind == TriggerKind.Noun && NominalObject.IsAppealed(view, match))
            {
                // "Germany called for the resumption of peace talks between Serbia and Kosovo": the talks called for are the
                // appeal's content, not talks under way (the appeal is the event).
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': what an appeal or demand asks for, not done; no event"));
                continue;
            }

            if (pattern.Kind == TriggerKind.Noun && NominalObject.IsBlocked(view, match))
            {
                // "Hungary blocked new EU sanctions on Russia", "vetoed an EU aid package for Ukraine": what is blocked or vetoed
                // did not happen.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the object of a block or veto, which did not happen; no event"));
                continue;
            }

            if (pattern.Kind == TriggerKind.Verb && NominalObject.IsBlockedStatement(view, match))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': what a blocked or vetoed text would have said; no event"));
                continue;
            }

            if (pattern.Kind == TriggerKind.Noun && SuspectedAct.Holds(view, match))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': what someone is wanted, held, charged or tried for, the case's background; no event"));
                continue;
            }

            if (pattern.Kind == TriggerKind.Verb && !pattern.Cameo.StartsWith("01", StringComparison.Ordinal) &&
                (AllegedContent.Holds(view, match) || AllegedContent.ContinuesAccusedAct(view, match)))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': what an accusation says happened, not told as fact; no event"));
                continue;
            }

            if (pattern.Kind == TriggerKind.Verb && !pattern.Cameo.StartsWith("01", StringComparison.Ordinal) && IsDenied(view, match))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': what a denial says did not happen; no event"));
                continue;
            }

            if (IsProtestContent(pattern, view, match, events, sentenceEvents, sources[0]))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': what the protest of this sentence demands; no event"));
                continue;
            }

            if (IsNamedByViolentNoun(pattern, view, kept, match, events, sentenceEvents, doc) || AttackRelativeToll.Holds(view, kept, match, events, sentenceEvents, doc))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': its subject is an attack coded from the noun; no event"));
                continue;
            }

            var local = match.HeadToken - sentence.FirstToken;
            // "'We will not negotiate,' the minister said after meeting ...": the opening quotation's modals are the speaker's.
            var clauseStart = Math.Max(Math.Max(ClauseStart(view, local), ArgumentFinder.OpeningQuoteEnd(view, match.FirstToken - sentence.FirstToken)), AskedQuestion.End(view));
            var cue = _modality.Detect(text, tokens, clauseStart, match.FirstToken - sentence.FirstToken, pattern.Kind,
                pattern.Kind == TriggerKind.Verb ? local : -1);
            // "..., the Kremlin warned": the modals belong to the content before the speaker; the warning was given.
            if (trailingWarning) cue = new ModalityCue(Modality.Asserted, null);
            // "The planned meeting ... was cancelled": a plan called off is told as not having happened, which outranks the plan.
            // "warned that an Israeli ground offensive would lead to a massacre": an attack whose doer is named before it is held
            // possible by the modal after it; other acts so named only by a plan ("the EU-China summit is scheduled for"): "the
            // recent wave of protest may escalate" did happen.
            if (cue.Modality is Modality.Asserted or Modality.Future && pattern.Kind == TriggerKind.Noun && args.How is "by" or "of" or "possessive" or "between" or "subject" or "modifier" &&
                _modality.AfterNoun(text, tokens, FirstAfterArguments(view, match, args), view.Clause,
                    planOnly: args.How == "subject" || (args.How == "modifier" && !IsViolent(pattern.Cameo))) is { } after &&
                (cue.Modality == Modality.Asserted || after.Modality == Modality.Negated))
                cue = after;
            if (cue.Modality == Modality.Negated && _modality.IsNegatedCondition(text, tokens, clauseStart, match.FirstToken - sentence.FirstToken))
            {
                // "threatened to expel its troops if Addis Ababa does not cancel the deal": a condition says what would set
                // something off, not what anyone did or failed to do (dev-README: hypothetical; gold codes no event there).
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': inside a negated condition ('if ... not'); no event"));
                continue;
            }

            if (cue.Modality != Modality.Negated && pattern.Kind == TriggerKind.Verb &&
                ModalityDetector.IsNegatedInside(text, tokens, pattern, match.FirstToken - sentence.FirstToken, match.LastToken - sentence.FirstToken))
                cue = new ModalityCue(Modality.Negated, "not");
            if (cue.Modality is Modality.Asserted or Modality.Future && SkippedAttendance.Cue(text, tokens, match.FirstToken - sentence.FirstToken) is { } skipped)
                cue = new ModalityCue(Modality.Negated, skipped);

            if (cue.Modality == Modality.Asserted && pattern.Kind == TriggerKind.Verb && IsHeadlineInfinitive(view, match.FirstToken - sentence.FirstToken, clauseStart))
            {
                // "Biden to host ASEAN leaders at White House summit": a headline's subject + infinitive announces a plan.
                cue = new ModalityCue(Modality.Future, "to");
            }

            if (cue.Modality == Modality.Asserted && pattern.Kind == TriggerKind.Verb && IsAttemptable(pattern.Cameo) &&
                _modality.Attempt(text, tokens, clauseStart, match.FirstToken - sentence.FirstToken) is { } attempt)
            {
                // "Israel is seeking to expel the Turkish ambassador", "the army tried to retake the base": the attempt is
                // told, not the act (EVAL.md: wished for = hypothetical; planned = future).
                cue = attempt;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': governed by '{attempt.Cue} to', not done ({attempt.Modality.ToString().ToLowerInvariant()})"));
            }

            if (cue.Modality == Modality.Asserted && pattern.Kind == TriggerKind.Verb && IsForce(pattern.Cameo) &&
                PermittedAct.Governs(view, match.FirstToken - sentence.FirstToken))
            {
                // "signed a law allowing the army to shoot down Russian drones": permitted, not done.
                cue = new ModalityCue(Modality.Hypothetical, "allowed to");
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': allowed or authorised, not done (hypothetical)"));
            }

            // ("weighing whether to expel": the "whether" that made the act hypothetical is the considering's.)
            if (cue.Modality is Modality.Asserted or Modality.Hypothetical && complement is null && _options.IntentCodes && pattern.Kind == TriggerKind.Verb &&
                !pattern.Cameo.StartsWith("01", StringComparison.Ordinal) && ConsideredOption.Governs(view, match.FirstToken - sentence.FirstToken, clauseStart))
            {
                // "Poland is contemplating closing its border with Belarus": the act is an option under review (014), not done.
                complement = ConsideredOption.Code;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': an option being considered, not done ({complement})"));
            }

            if (cue.Modality == Modality.Asserted && complement is null && _options.IntentCodes &&
                (pattern.Kind == TriggerKind.Verb || IsInfinitiveObject(view, match.FirstToken - sentence.FirstToken)) &&
                _modality.Commitment(text, tokens, clauseStart, match.FirstToken - sentence.FirstToken) is { } promised &&
                // "threatened to ban imports" threatens a hostile act (13x); a cooperative infinitive after it is no promise.
                !(_words.IsThreat(promised) && pattern.Cameo[0] == '0') &&
                // "willing to forgive", "ready to apologise": readiness for a verbal gesture (051-056) is the gesture (CAMEO 056).
                !(WordSets.IsReadiness(promised) && pattern.Cameo.StartsWith("05", StringComparison.Ordinal) && pattern.Cameo != "057"))
            {
                // "Turkey vowed to expel Swedish diplomats", "Russia vowed to seize more territory": a vow with no pattern of its
                // own promises the act (its 03x or 13x form, asserted: dev-README, commitment speech acts), it does not do it.
                complement = _intents.IntentFor(pattern.Cameo, pattern.Contexts);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': promised by '{promised} to', not done ({complement})"));
            }

            if (cue.Modality == Modality.Asserted && complement is null && pattern.Kind == TriggerKind.Verb && (
                    _mood.Inside(view, pattern, clauseStart, match.FirstToken - sentence.FirstToken, local) ??
                    (pattern.Cameo.StartsWith("03", StringComparison.Ordinal) ? null : _mood.Aim(view, clauseStart, match.FirstToken - sentence.FirstToken))) is { } aim)
            {
                // "US troops would withdraw from Iraq" (a modal inside the trigger), "Washington is determined to pull its troops
                // out", "Israel is poised to strike": the act is planned or wished for, not done. An intent pattern (03x) says so itself.
                cue = aim;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': governed by '{aim.Cue}', not done ({aim.Modality.ToString().ToLowerInvariant()})"));
            }

            var condition = cue.Modality == Modality.Future && complement is null ? _mood.Condition(view, match.FirstToken - sentence.FirstToken)
                : cue.Modality == Modality.Asserted && ClauseMood.InvertedPast(view, match.FirstToken - sentence.FirstToken) ? "had" : null;
            // A plan made conditional is still dated as a plan: "will send a delegation on Wednesday if ..." is next Wednesday.
            var conditionalPlan = condition is not null && cue.Modality == Modality.Future;
            if (condition is not null)
            {
                // "If Israel strikes Iran, Tehran will strike back", "Had Russia attacked Poland, ...": an act that depends on a
                // condition, or is the supposition itself, is hypothetical (dev-README: conditional content).
                cue = new ModalityCue(Modality.Hypothetical, condition);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': under the condition '{condition}' (hypothetical)"));
            }

            if (cue.Modality == Modality.Asserted && complement is null && _options.IntentCodes && pattern.Kind == TriggerKind.Verb &&
                ClauseMood.PlanInside(view, pattern, match.FirstToken - sentence.FirstToken, match.LastToken - sentence.FirstToken) is { } plan)
            {
                // "The EU unveiled plans to impose sanctions on ...": what was done is announcing the plan (dev-README: commitment
                // speech acts carry the act's 03x/13x form, asserted), not the sanctions.
                complement = _intents.IntentFor(pattern.Cameo, pattern.Contexts);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': '{plan} to' inside the trigger, an announced plan ({complement})"));
            }

            if (cue.Modality is Modality.Asserted or Modality.Negated && MatchFilter.IsLeftOpenBefore(view, match.FirstToken - sentence.FirstToken))
            {
                // "refused to rule out sending Western troops to Ukraine": what is not ruled out may happen, no more.
                cue = new ModalityCue(Modality.Hypothetical, "rule out");
            }

            if (args.How == "wished-subject" && cue.Modality == Modality.Asserted)
            {
                // "It is time for Washington to lift its sanctions": wished for, not done (dev-README: hypothetical).
                cue = new ModalityCue(Modality.Hypothetical, "for ... to");
            }

            if (args.How.EndsWith("+anticipated", StringComparison.Ordinal))
            {
                // "on alert in anticipation of an Iranian attack", "ahead of a protest march by ...": the act is expected.
                cue = new ModalityCue(Modality.Future, "anticipated");
            }

            var code = brokered ? "045" : bombing ?? pattern.Cameo;
            if ((args.Passive ? InstrumentNoun(view, kept, match) : OwnTargets(targets) ? MannerNoun(view, kept, match) : null) is { } weapon)
            {
                // "were killed by a roadside bomb", "killed in Israeli tank shelling": the weapon names the kind of attack.
                // "Israeli forces killed three Palestinians in a raid on Jenin": the raid is how they killed, one act.
                // "were killed in the bombing of a market in Kabul": with no one named for it, a plain bombing is 183 (UnclaimedBombing).
                code = args.Passive && args.Source.Count == 0 ? UnclaimedBombing.CodeOf(view, weapon) : weapon.Pattern.Cameo;
                instrument = weapon.FirstToken;
            }

            if (code == "190" && pattern.Kind == TriggerKind.Verb && !args.Passive && args.How == "subject" &&
                LoneAttacker.Opens(view, match.FirstToken - sentence.FirstToken))
            {
                // "A gunman killed three people at a Kurdish centre in Paris": one unidentified person's shooting is an individual
                // attack (dev-README: a knife or individual gun attack is 180), not unspecified force. ("shot and killed" keeps
                // its small-arms 193, as the golden cases have it.)
                code = "180";
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a lone attacker's act (180)"));
            }

            if (code == "190" && pattern.Kind == TriggerKind.Verb && !args.Passive && args.How == "subject-reduced-by" &&
                SubjectWeapon(view, match.FirstToken - sentence.FirstToken) is { } kind)
            {
                // "A ballistic missile fired by the Houthis struck ...", "A drone launched by Hezbollah hit ...": a weapon whose
                // user is named by a reduced relative names the kind of attack, as the noun does ("a drone strike"). Only there:
                // the golden cases keep a bare weapon subject ("Iranian missiles and drones hit targets") at 190.
                code = kind;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': its subject is a weapon ({kind})"));
            }

            if (code == "183" && pattern.Kind == TriggerKind.Verb && !args.Passive && IsStateForce(sources) &&
                view.Word(match.HeadToken - sentence.FirstToken).StartsWith("bomb", StringComparison.OrdinalIgnoreCase))
            {
                // "Myanmar's junta bombed a village", "Israel bombed Gaza": a state's armed forces bomb from the air (dev-README:
                // air strikes 195); CAMEO 183 is the bombing done by those who have no air force.
                code = "195";
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': bombing by a state's forces, an air strike (195)"));
            }

            if (code == "192" && pattern.Kind == TriggerKind.Verb && !args.Passive && IsOwnedProperty(text, targets))
            {
                // "Mali's government seized control of a Canadian-owned gold mine", "took control of a Spanish firm's refinery":
                // what a company or a foreign owner runs is property taken (1711), not territory occupied (192).
                code = "1711";
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': property of a company or a foreign owner, confiscated (1711)"));
            }

            if (code == "181" && pattern.Kind == TriggerKind.Verb && IsStateAuthority(sources) && IsArmedGroup(targets))
            {
                // "Turkey's intelligence agency captured an Islamic State commander", "troops captured rebel fighters": the state's
                // forces taking members of an armed group is an arrest (173), not the hostage-taking of CAMEO 181.
                code = "173";
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': state forces taking members of an armed group, an arrest (173)"));
            }

            if (pattern.Kind == TriggerKind.Verb && !args.Passive && code.Length >= 3 && code[..2] is "18" or "19" or "20" && IsHackers(sources))
            {
                // "Hackers linked to Russian military intelligence attacked Ukraine's power grid": hackers attack computers, not
                // with force; a computer attack damages property (171, as the cyber patterns code it).
                code = "171";
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': an attack by hackers, a computer attack (171)"));
            }

            // "The F-16 jets supplied by Denmark have arrived in Ukraine": things arriving from their giver are its aid, not a visit.
            // "A rocket fired by Hezbollah landed in northern Israel": a projectile's arrival is its owner's use of force.
            if (pattern.Cameo == "020" && pattern.Kind == TriggerKind.Verb && !args.Passive && CourtesyCallCode(view, match, args.Target) is { } call)
            {
                // "The ambassador called on Interior Minister Naqvi in Islamabad on Monday": calling on a named official with
                // no appeal after him is paying a call, a meeting (dev-README: meetings and visits).
                code = call;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a call paid on a named official, a meeting ({call})"));
            }

            var delivered = args.How switch { "subject-supplied-arms" => "072", "subject-supplied" => "070", "subject-launched" => "190", _ => null };
            if (delivered is null && cue.Modality != Modality.Asserted && SentArms.NamesWeapons(view, match) && SentArms.ToOtherStates(targets, sources[0]))
            {
                // "The Netherlands will send F-16 fighter jets to Ukraine", "said it would not send tanks to Ukraine": weapons a
                // state is to send to another are military aid (0332 intended, 1222 refused), not a deployment threatened (138).
                delivered = SentArms.Code;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': weapons to be sent to another state, military aid ({delivered})"));
            }

            if (delivered is null && SentPolice.Applies(view, match, targets, sources[0]))
            {
                // "Kenya will deploy police officers to Haiti": police sent to another state serve on a mission there (074).
                delivered = SentPolice.Code;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': police sent to another state, a mission ({delivered})"));
            }

            if (delivered is not null) code = delivered;
            if (args.How is "subject" or "passive" && StrikingWeapon.CodeFor(code, sources) is { } weaponCode)
            {
                // "Russian drones struck a hospital", "a tanker was attacked by Houthi drones": the weapon that strikes names the kind
                // of force (195 air, 194 artillery). Only as the verb's own subject or its passive "by": a participle after another
                // attack ("bombed a school, killing 20") is its toll.
                code = weaponCode;
                delivered = code;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': struck by its weapon, {code}"));
            }

            if (code == "190" && CivilBattle.Drops(view, local, pattern, sources, targets, trace)) continue;
            if (code == "190" && VerbalClash.IsVerbal(view, local, match.LastToken - sentence.FirstToken, sources, targets))
            {
                // "The minister clashed with reporters over the budget": a quarrel about a topic between unarmed sides is
                // disapproval; troops, rebels or police, casualties or a front keep it a fight.
                code = VerbalClash.Code;
                delivered = code;
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a clash over a topic between unarmed sides, verbal ({code})"));
            }

            if (cue.Modality is Modality.Asserted or Modality.Future && complement is null && pattern.Kind == TriggerKind.Noun &&
                TripPurpose.Of(view, local, events, sentenceEvents, sources[0].Actor.Key) is { } trip && trip != cue.Modality)
            {
                cue = new ModalityCue(trip, "for");
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the purpose of a planned or cancelled trip, as the trip ({trip.ToString().ToLowerInvariant()})"));
            }

            if (ThreatCondition.Drops(view, local, pattern, events, sentenceEvents, trace)) continue;
            // "Hungary will not support new sanctions on Russia": withholding backing is a stance, stated or not (120), and the
            // sanctions are not Hungary's to threaten.
            var backing = pattern.Kind == TriggerKind.Noun && cue.Modality == Modality.Negated && NominalObject.IsBacked(view, match);
            // "Germany will not send troops to Ukraine": troops withheld from another state are cooperation refused (1212), said or not.
            var troops = cue.Modality == Modality.Negated && RefusedDeployment.Applies(view, match, code, targets, sources[0]);
            if (_options.IntentCodes && cue.Modality == Modality.Negated && complement is null && accusation is null &&
                (((backing || troops) && IsFutureNegation(view, clauseStart, local)) || IsStatedRefusal(view, clauseStart, local, sources[0].Actor) || IsRefusalCue(cue)) &&
                (backing ? RefusalCodeMap.Reject : troops ? RefusedDeployment.Code : _refusals.RefusalFor(code)) is { } refusal)
            {
                // "Germany said it would not supply tanks to Ukraine": an actor saying it will not act refuses to (dev-README:
                // refusal statements are asserted root-12 events).
                code = refusal;
                cue = new ModalityCue(Modality.Asserted, null);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the actor says it will not act, a refusal ({refusal})"));
            }
            else if (_options.IntentCodes && (cue.Modality is Modality.Future or Modality.Hypothetical || (cue.Modality == Modality.Negated && IsFutureNegation(view, clauseStart, local))))
            {
                code = _intents.IntentFor(delivered ?? pattern.Cameo, pattern.Contexts);
                if (cue.Modality is Modality.Future or Modality.Hypothetical && pattern.Kind == TriggerKind.Verb && IsPromisedOrWarned(view, clauseStart, local))
                {
                    // "The US warned it would cut aid to Egypt", "Iran vowed it would retaliate": the warning or promise
                    // happened (dev-README: commitment speech acts are asserted), its content coded with its intent code.
                    cue = new ModalityCue(Modality.Asserted, null);
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': promised or warned by its actor; the commitment is asserted ({code})"));
                }
            }

            // A gerund trigger ("fighting") is the noun as much as "war" is; a relative clause after the ended act is the act's own.
            var triggerFirst = match.FirstToken - sentence.FirstToken;
            if (IsViolent(pattern.Cameo) &&
                (((pattern.Kind == TriggerKind.Noun || view.Word(triggerFirst).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) && EndedViolence.IsEnded(view, triggerFirst)) ||
                 EndedViolence.IsRelativeOfEnded(view, triggerFirst)))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': named as what an act is to end, no attack told; no event"));
                continue;
            }

            if (args.How == "passive-agentless" && sources.Count > 0 && cue.Modality != Modality.Asserted)
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': an unrealised attack with no named attacker; no event"));
                continue;
            }

            if (accusation is not null)
            {
                code = accusation;
                cue = new ModalityCue(Modality.Asserted, null);
            }
            else if (pattern.Cameo == "112" && pattern.Kind == TriggerKind.Verb && ReportedSpeech.AccusationContent(view, matches, match) is { } specific)
            {
                // "accused Russia of shelling a hospital": what the charge is about names the kind of accusation.
                code = specific;
            }

            if (complement is not null)
            {
                // The threat or the demand happened, whatever its content's tense or condition (dev-README: commitment speech acts).
                code = complement;
                cue = new ModalityCue(Modality.Asserted, null);
            }

            var head = doc.Tokens[match.HeadToken];
            dates ??= publication is { } p ? _dates.Find(doc, sentence, p) : [];
            var picked = _datePicker.DateOf(text, sentence, dates, head.Start, head.End, publication);
            if ((cue.Modality == Modality.Future || (conditionalPlan && cue.Modality == Modality.Hypothetical)) && picked.Expression is { } when &&
                when.Start >= head.End && publication is { } ahead)
            {
                // "will meet in May", "is due to visit on Monday": a planned event's undirected date is the next May or Monday.
                // Only a date after the trigger: in "in October said it was planning to repatriate" the date is the saying's.
                futureDates ??= _dates.Find(doc, sentence, ahead, futureContext: true);
                picked = _datePicker.DateOf(text, sentence, futureDates, head.Start, head.End, publication);
            }

            if ((cue.Modality == Modality.Future || (conditionalPlan && cue.Modality == Modality.Hypothetical)) && picked.Expression is { } saying &&
                saying.End <= head.Start && publication is { } planned &&
                _mood.IsReportingDate(view, saying.Start, match.FirstToken - sentence.FirstToken))
            {
                // "The White House announced on Monday that troops would withdraw": Monday is the announcement's; the plan
                // takes a date of its own after the trigger, else none but the publication's.
                futureDates ??= _dates.Find(doc, sentence, planned, futureContext: true);
                picked = _datePicker.DateOf(text, sentence, DatesAfter(futureDates, head.End), head.Start, head.End, publication);
            }

            var (date, basis) = (picked.Date, picked.Basis);
            if (cue.Modality == Modality.Asserted && code.StartsWith("03", StringComparison.Ordinal) && picked.Expression is { } intended &&
                intended.Granularity == DateGranularity.Month && intended.Start >= doc.Tokens[match.LastToken].End && publication is { } told &&
                IsUndirected(intended, futureDates ??= _dates.Find(doc, sentence, told, futureContext: true)))
            {
                // "plans to send police to Haiti in April", "pledged to deliver the jets in June": a month with no year after the
                // intended act is when that act is to come, not last year's; the intent itself is expressed when the story tells it
                // ("pledged in February to" keeps the pledge's February, "in 2011" its year; a weekday after it is most often the
                // day of the telling: "a phone call on Friday where he agreed to").
                (date, basis) = (told, DateBasis.Publication);
            }

            if (cue.Modality == Modality.Asserted && date is { } laterDate && basis == DateBasis.Text && publication is { } toldOn && laterDate > toldOn)
            {
                // "Lula invited Xi to visit Brazil next year": what happened cannot lie after the story that tells it; a later date
                // is the intended act's, and the telling is dated by the story.
                (date, basis) = (toldOn, DateBasis.Publication);
            }

            if (picked.Expression is { Granularity: DateGranularity.Range, RangeEnd: { } rangeEnd } && publication is { } pubDate && pubDate.DayNumber - rangeEnd.DayNumber <= 7)
            {
                // "over the last two years", "since 2014": an ongoing state, current as of publication.
                (date, basis) = (pubDate, DateBasis.Publication);
            }

            if (publication is { } standingAt && StandingSince.IsBackground(view, match.FirstToken - sentence.FirstToken, picked.Expression, standingAt, BackgroundDays))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': a standing state since {picked.Expression!.Date:yyyy}, background to a {standingAt:yyyy-MM-dd} story; no event"));
                continue;
            }

            if (basis == DateBasis.Publication && EarlierYear.Background(doc, sentence, publication, BackgroundDays, trace, pattern.Id)) continue;
            // "last year", "in March": the period's last day is what must lie within reach of the story.
            if (date is { } d && publication is { } pub && pub.DayNumber - PeriodEnd(d, picked.Expression).DayNumber > BackgroundDays)
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': dated {d:yyyy-MM-dd}, background to a {pub:yyyy-MM-dd} story; no event"));
                continue;
            }

            // "exchanged prisoners under a deal mediated by Egypt": a swap (084) is mediated as a truce (087) is.
            // "Kosovo's prime minister met Serbia's president for EU-mediated talks": a meeting of one side with the other, held for
            // talks the sentence calls mediated, is those talks (a host's 043 is not: the host is no side of them).
            if ((args.Reciprocal || (code is "040" or "044" || code.StartsWith("046", StringComparison.Ordinal)) && targets.Count > 0 && HyphenedMediator.Find(view).Count > 0) &&
                (IsCooperative(code) || code.StartsWith("087", StringComparison.Ordinal) || code.StartsWith("084", StringComparison.Ordinal)))
            {
                var parties = mediated?.Parties ?? [];
                parties.AddRange(sources);
                parties.AddRange(targets);
                mediated = (match, args, date, basis, parties);
            }

            if ((code == "140" || code.StartsWith("141", StringComparison.Ordinal)) && pattern.Kind == TriggerKind.Verb && cue.Modality == Modality.Asserted &&
                IsOfficialProtest(sources, targets))
            {
                // "The Chinese embassy protested against ...", "Serbia protested to Albania": a state's protest to another is an
                // official complaint (CAMEO 114; dev-README: lodging a protest = 114), not a demonstration.
                code = "114";
            }

            if (commitment && complement is not null) DropGenericIntent(events, sentenceEvents, sources, trace, sentence.Index);
            var triggerText = Slice(text, triggerStart, triggerEnd);
            var trigger = new TriggerRef(triggerText, triggerStart, triggerEnd);
            var location = FindLocation(view);
            var pairs = scratch.Pairs;
            if (!args.Reciprocal && targets.Count > 0 && IsOneCollective(sources) && AllSelf(sources, targets, byKey: true))
            {
                // "Both countries agreed to expand trade, Kazakhstan's minister said after talks with his Azerbaijani
                // counterpart": a partner who is one of the collective's own members makes the act mutual among them.
                Pairs(sources, [], reciprocal: true, IsViolent(code), pairs);
            }
            else
            {
                Pairs(sources, targets, args.Reciprocal, IsViolent(code), pairs, args.Couples);
            }

            if (jointOnly) pairs.Clear();

            if (pairs.Count == 0 && targets.Count > 0 && !args.Reciprocal && pattern.AllowNoTarget && _options.AllowTargetless && AllPlaces(targets))
            {
                // "Ukraine opened an inquiry into war crimes in Bucha": a place of the actor's own country is where it acts,
                // not whom; the act stands without a target rather than vanish.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': the place is the actor's own; no target"));
                for (var i = 0; i < sources.Count; i++) pairs.Add((sources[i], null));
            }

            if (pairs.Count == 0 && targets.Count > 0 && !args.Reciprocal && code.StartsWith("14", StringComparison.Ordinal) &&
                sources[0].Actor.Sector is "EDU" or "LAB" or "HLH" or "MED" or "BUS" or "REL")
            {
                // "Students staged sit-ins at universities": a protest at the protesters' own kind of institution is aimed at
                // their government (the domestic target below), not at themselves. Only institutional sectors: civilians or refugees at
                // a community place ("a vigil at the Kurdish community centre") mourn; they protest at no one.
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{triggerText}': the protest's place is the protesters' own; domestic target"));
                for (var i = 0; i < sources.Count; i++)
                {
                    if (DomesticTarget(code, sources[i], view) is not null) pairs.Add((sources[i], null));
                }
            }

            if (pairs.Count == 0 && !jointOnly)
            {
                // Every dropped event says why (FIELD-NOTES: silent empty output).
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{triggerText}': source and target are one actor ({sources[0].Actor.Code}); no event"));
            }

            foreach (var (source, named) in pairs)
            {
                // "Russia denied that its forces ...": what a denial names of its own side is not whom it answers.
                var found = code == "016" && named is not null && named.Actor.Key == source.Actor.Key ? null : named;
                var target = found ?? ProtestHost(code, source, view, match) ?? DomesticTarget(code, source, view) ?? Accuser(code, source, view, match, context, events, sentenceEvents);
                if (target is not null && IsBorrowedOfficial(code, source, target, mentions, context))
                {
                    // "The foreign minister criticised the United States": an official whose state was only guessed is not
                    // the government of the bare state he addresses; the guess came from that very name.
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: {source.Actor.Code}->{target.Actor.Code}: an unnamed official given the state he addresses; no event"));
                    continue;
                }

                if (named is { Resolution: "collective" } && IsCoSubject(sources, named))
                {
                    // "Saudi Arabia and the US mediated talks between the warring parties": a collective after the verb never
                    // takes in the subject's own members.
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: {source.Actor.Code}->{named.Actor.Code}: a member of the subject is no member of the collective it acts on; no event"));
                    continue;
                }

                if (target is not null && IsSelfContact(code, source, target))
                {
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: {source.Actor.Code}->{target.Actor.Code} is a state meeting or helping itself; no event"));
                    continue;
                }

                var confidence = Confidence(source, target, args);
                if (confidence < _options.MinConfidence)
                {
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: {source.Actor.Code}->{target?.Actor.Code ?? "---"} confidence {confidence:0.00} below threshold"));
                    continue;
                }

                var (from, to) = pattern.Attributes.TryGetValue("petrarch.reversed", out var reversed) && reversed == "true" && target is not null
                    ? (target, source) : (source, (ActorSlot?)target);
                // "Germany will send troops to Lithuania": forces put into an ally's territory protect it (074, planned 0334).
                var pairCode = _options.AlliedDeployments && complement is null && to is not null && to.Mention.Sentence == sentence.Index &&
                               AlliedDeployment.Code(view, code, pattern.Cameo, from.Actor, to.Actor, view.FirstOf(to.Mention), cue.Modality, date) is { } allied
                    ? allied : code;
                if (IsRepeat(events, sentenceEvents, from.Actor, to?.Actor, pairCode, cue.Modality, IsNamedCompound(sources) ? triggerStart : -1,
                        pairCode == "045" && IsNamedCompound(targets) ? triggerStart : -1))
                {
                    // "Israeli strikes killed ...": the noun and the verb name one event; code it once.
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: {from.Actor.Code}->{to?.Actor.Code ?? "---"} {pairCode} repeats an event of this sentence; no event"));
                    continue;
                }

                if (code[0] == '0' && code[1] == '4' && pattern.Kind == TriggerKind.Verb && to is not null &&
                    view.Is(match.FirstToken - sentence.FirstToken - 1, "to") && HasContact(events, sentenceEvents, from.Actor, to.Actor))
                {
                    // "Modi flew to Washington to meet Biden", "called on the minister to discuss ...": the purpose of a visit or
                    // meeting of this sentence with the same side is that contact, one event (dev-README: meetings and visits).
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: {from.Actor.Code}->{to.Actor.Code} {code} is the purpose of this sentence's contact; no event"));
                    continue;
                }

                if (args.How == "during-subject" && to is not null) DropPlainMeeting(events, sentenceEvents, from.Actor, to.Actor, trace, sentence.Index);
                var ev = Build(doc, sentence, n++, from, to, pairCode, pattern, args, cue, trigger, date, basis, location, confidence);
                events.Add(ev);
                if (!subjectKept && pattern.Kind == TriggerKind.Verb && !args.Passive && args.How is "subject" or "carried" or "coordinated-subject" &&
                    source.Resolution is "mention" or "carried" or "collective")
                {
                    // "The two leaders signed ... . They also agreed ...": a collective subject's members are what "they" points back to.
                    // "Albanese said Australia would ... . He later met ...": the speaker stays what "he" points back to.
                    var speaker = CarriedSubjects.IsSpeakerOf(view, carried, sources) ? carried!.Sources[0] : null;
                    carried = new CarriedSubject([.. sources], sentence.Index, sources.Count == 1 && CarriedSubjects.IsPerson(sources[0].Mention), speaker, CarriedSubjects.ContactPartner(code, sources, to));
                    subjectKept = true;
                }
                if (code == "036" && cue.Modality == Modality.Future && complement is null && to is not null && !args.Reciprocal &&
                    pattern.Cameo.StartsWith("043", StringComparison.Ordinal) && !IsRepeat(events, sentenceEvents, to.Actor, from.Actor, code, cue.Modality, -1))
                {
                    // "Biden to host ASEAN leaders at a summit": a planned visit commits host and guests alike, so the guests
                    // intend to meet too (dev-README: planned visits and meetings = 036 future).
                    events.Add(Build(doc, sentence, n++, to, from, code, pattern, args, cue, trigger, date, basis, location, confidence));
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{triggerText}': the guests of a planned hosting, {to.Actor.Code} -> {from.Actor.Code} 036 future"));
                }

                if (code == "040" && to is not null && !args.Reciprocal && from.Actor.Country is { } host && to.Actor.Country is { } guest && host != guest &&
                    HostVenue(text, sentence.Start, sentence.End, triggerStart, triggerEnd, to.Mention) == host && !IsRepeat(events, sentenceEvents, to.Actor, from.Actor, "042", cue.Modality, -1))
                {
                    // "a heated Oval Office meeting with Zelensky": a meeting in the host's own seat of government is the
                    // partner's visit there (dev-README: the visitor 042, the host 040).
                    events.Add(Build(doc, sentence, n++, to, from, "042", pattern, args, cue, trigger, date, basis, location, confidence));
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{triggerText}': held at {from.Actor.Country}'s seat, the guest's visit {to.Actor.Code} -> {from.Actor.Code} 042"));
                }

                if (pattern.SecondCode is { } second && to is not null && found is not null && !args.Reciprocal)
                {
                    // A PETRARCH [a:b] pair: the target's act towards the source ("X offered aid to Y, who accepted").
                    events.Add(Build(doc, sentence, n++, to, from, second, pattern, args, cue, trigger, date, basis, location, confidence));
                }

                trace?.Add(new TraceEntry("coder", sentence.Index,
                    $"{pattern.Id} '{triggerText}' ({args.How}{(args.Passive ? ", passive" : "")}): {ev.Source.Code} -> {ev.Target?.Code ?? "---"} {ev.Cameo} {ev.Modality.ToString().ToLowerInvariant()}{(cue.Cue is null ? "" : $" (cue '{cue.Cue}')")}"));
            }

            if (events.Count > sentenceEvents && (code == "036" || code == "040" || code == "042") && !args.Passive)
                AddFollowOns(doc, sentence, view, match, code, sources, targets, args, cue, trigger, date, basis, location, mentions, context, locations, events, sentenceEvents, ref n, trace);

            if (pattern.Cameo.StartsWith("15", StringComparison.Ordinal) && sources.Count >= 2 && !args.Reciprocal && IsJointAct(view, match))
            {
                // "Russia and Belarus began joint military exercises near the Polish border": joint drills by a compound subject
                // are also the partners' military cooperation, one event per direction (dev-README: joint exercises = 062).
                var joint = code == pattern.Cameo ? "062" : _intents.IntentFor("062");
                var ownConfidence = Confidence(sources[0], sources[1], args);
                for (var a = 0; a < sources.Count; a++)
                {
                    for (var b = 0; b < sources.Count; b++)
                    {
                        if (a == b || sources[a].Actor.Key == sources[b].Actor.Key || IsRepeat(events, sentenceEvents, sources[a].Actor, sources[b].Actor, joint, cue.Modality)) continue;
                        events.Add(Build(doc, sentence, n++, sources[a], sources[b], joint, pattern, args with { Reciprocal = true }, cue, trigger, date, basis, location, ownConfidence));
                        trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{triggerText}': joint drills of a compound subject, {sources[a].Actor.Code} -> {sources[b].Actor.Code} {joint}"));
                    }
                }
            }

            if (charge is { } c && events.Count > sentenceEvents && cue.Modality == Modality.Asserted &&
                !IsRepeat(events, sentenceEvents, c.Reporter.Actor, c.Accused.Actor, c.Code, Modality.Asserted))
            {
                // "Syrian forces killed 1,400 people with gas, the US Secretary of State said": a third state presenting an
                // atrocity as fact also accuses its perpetrator (dev-README: reported speech; EVAL 112x by subject).
                var accused = c.Accused.Actor;
                var charged = new ActorSlot(accused, c.Accused.Mention, c.Accused.Resolution);
                var ev = Build(doc, sentence, n++, c.Reporter, charged, c.Code, pattern, args with { How = "reported-charge" }, new ModalityCue(Modality.Asserted, null),
                    trigger, date, basis, location, Confidence(c.Reporter, charged, args));
                events.Add(ev);
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{triggerText}': reported by '{text[c.Reporter.Mention.Start..c.Reporter.Mention.End]}', a third state; its accusation {ev.Source.Code} -> {ev.Target?.Code} {c.Code} asserted"));
            }
        }

        RetargetCourtCases(events, sentenceEvents, trace, sentence.Index);
        DropVaguerRepeats(events, sentenceEvents, trace, sentence.Index);
        if (mediated is { } talks) AddMediation(doc, sentence, view, mentions, context, locations, talks, events, sentenceEvents, ref n, trace);
    }

    /// <summary>Whether the nominal match follows its commitment verb (root 03) closely, as its object or its "on"/"to"
    /// complement ("agreed on a prisoner swap", "pledged closer military cooperation"), with no comma, no circumstance
    /// preposition ("during", "in", "at") and at most six words between.</summary>
    private bool IsCommitmentContent(SentenceView view, List<PatternMatch> matches, PatternMatch noun)
    {
        var first = view.Sentence.FirstToken;
        var verbEnd = -1;
        foreach (var m in matches)
        {
            if (m.Pattern.Kind == TriggerKind.Verb && m.Pattern.Cameo.StartsWith("03", StringComparison.Ordinal) && m.LastToken < noun.FirstToken &&
                m.LastToken > verbEnd)
                verbEnd = m.LastToken;
        }

        if (verbEnd < 0 || noun.FirstToken - verbEnd > 7) return false;
        for (var k = verbEnd + 1 - first; k < noun.FirstToken - first; k++)
        {
            if (view.MentionAt[k] >= 0) continue;
            var w = view.Word(k);
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (_words.IsPreposition(w) && !(view.Is(k, "on") || view.Is(k, "to") || view.Is(k, "with") || view.Is(k, "upon")) && !IsAmountIn(view, k)) return false;
        }

        return true;
    }

    /// <summary>"China has long accused the US of meddling", "Israel has never ruled out a strike", "India has always opposed ...",
    /// "has long been accused": a perfect with "long", "never" or "always" right before the verb states a standing position, not a new act.</summary>
    private static bool IsStandingPosition(SentenceView view, PatternMatch match)
    {
        var k = match.FirstToken - view.Sentence.FirstToken - 1;
        // "Russia has long been accused by Ukraine of ...": the passive's "been" stands between.
        if (k >= 2 && view.Is(k, "been")) k--;
        return IsStandingAdverb(view, k);
    }

    /// <summary>"Israel has never ruled out a military strike on Iran": a noun that is the object of a standing position's verb
    /// (the perfect with long/never/always at most six words before it, in its clause) names no act that happened.</summary>
    private static bool IsInStandingPosition(SentenceView view, PatternMatch noun)
    {
        var first = noun.FirstToken - view.Sentence.FirstToken;
        var clause = view.Clause[first];
        for (var k = first - 2; k >= 1 && k >= first - 7 && view.Clause[k] == clause; k--)
        {
            if (IsStandingAdverb(view, k)) return true;
        }

        return false;
    }

    /// <summary>"We rule out the situation developing into a direct American-Russian clash": a noun at most eight words after
    /// "rule out" in its clause is what is excluded, no act (the ruling out is coded from its own pattern).</summary>
    private static bool IsRuledOut(SentenceView view, PatternMatch noun)
    {
        var first = noun.FirstToken - view.Sentence.FirstToken;
        var clause = view.Clause[first];
        for (var k = first - 1; k >= 1 && k >= first - 8 && view.Clause[k] == clause; k--)
        {
            // "did not rule out a strike on Iran": a ruling out denied leaves the act open (hypothetical), not excluded.
            if (view.Is(k, "out") && MatchFilter.IsRuleOut(view, k - 1))
                return !MatchFilter.IsLeftOpen(view, k - 1);
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="k"/> is "long", "never", "always" or a habit's adverb ("repeatedly") after
    /// "has", "have" or "had" (an "also" or "so" may stand between): the perfect of a standing position.</summary>
    private static bool IsStandingAdverb(SentenceView view, int k)
    {
        // "has repeatedly accused", "has consistently opposed": a habit up to now, not one act (dev-README: background). The
        // pluperfect is left out: "said Pakistan had repeatedly violated the ceasefire" tells recent acts. "For years" is
        // not a habit word: "has backed rebel groups for years" is a current state.
        if (k < 1) return false;
        var habit = ClauseMood.IsHabitual(view.Word(k));
        if (!(habit || view.Is(k, "long") || view.Is(k, "never") || view.Is(k, "always"))) return false;
        var aux = k - 1;
        if (aux >= 1 && (view.Is(aux, "also") || view.Is(aux, "so"))) aux--;
        return view.Is(aux, "has") || view.Is(aux, "have") || (!habit && view.Is(aux, "had"));
    }

    /// <summary>"pledged 500 million euros in military aid": an "in" after a sum says what the sum is, not where or when.</summary>
    private static bool IsAmountIn(SentenceView view, int k)
    {
        if (!view.Is(k, "in") || k == 0) return false;
        if (view.Tokens[k - 1].Kind == TokenKind.Number) return true;
        return view.Word(k - 1) is "million" or "billion" or "trillion" or "dollars" or "euros" or "pounds" or "yuan" or "rupees" or "yen" or "roubles" or "rubles" or "bn" or "m";
    }

    /// <summary>The targets and code of the act a partnerless commitment, refusal or threat verb governs: a promise of
    /// cooperation ("agreed to sell weapons to India": IND, 0312), a refusal of it ("refused to send arms to Ukraine": UKR, the
    /// refusal's own code), a threat of a hostile act ("threatened to expel Ethiopian troops": ETH, 137); null when it governs
    /// none or that act names no other party.</summary>
    private (IReadOnlyList<ActorSlot> Targets, string Code)? CommittedContent(SentenceView view, List<PatternMatch> matches, PatternMatch governor,
        Arguments? previous, List<Mention> mentions, ActorContext context, ActorSlot source, string text, List<SentenceLocation> locations)
    {
        if (governor.Pattern.Kind != TriggerKind.Verb) return null;
        var own = governor.Pattern.Cameo.AsSpan(0, 2);
        if (own is not ("03" or "12" or "13")) return null;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.FirstToken <= governor.LastToken || m.Pattern.CodesNothing || m.Pattern.Cameo.Length < 3) continue;
            var root = m.Pattern.Cameo.AsSpan(0, 2);
            // A promise or a refusal is about cooperation ("refused to send weapons to Ukraine" rejects Ukraine); a threat is
            // about a hostile act ("threatened to expel Ethiopian troops" threatens Ethiopia).
            var cooperative = root is "03" or "04" or "05" or "06" or "07" or "08";
            var hostile = root is "14" or "15" or "16" or "17" or "18" or "19" or "20";
            // What is ruled out may be any act ("ruled out sending troops to Ukraine" rejects the idea, aimed at Ukraine).
            var ruledOut = own is "12" && MatchFilter.IsRuleOut(view, governor.FirstToken - view.Sentence.FirstToken);
            // "refused to support new sanctions on Russia": backing a hostile act is refused, aimed at the act's target (120).
            var backed = own is "12" && hostile && m.Pattern.Kind == TriggerKind.Noun && NominalObject.IsBacked(view, m);
            // "refused to send fighter jets to Ukraine", "agreed to send tanks to Poland": weapons sent to a state are aid.
            var arms = own is not "13" && SentArms.NamesWeapons(view, m);
            // "The EU agreed to impose sanctions on Belarus", "vowed to expel the envoys": a hostile act promised or agreed on is
            // not done yet; its 13x form is the event, asserted (dev-README: commitment speech acts). Only the verb right after
            // "to": "agreed to end its embargo", "agreed to the removal of", "pledged to work together to curb" promise no hostility.
            var promisedHostility = own is "03" && hostile && m.Pattern.Kind == TriggerKind.Verb && IsInfinitiveRightAfter(view, governor, m);
            if (!ruledOut && !backed && !arms && !promisedHostility && (own is "13" ? !hostile : !cooperative)) continue;
            // "warning it would otherwise have to cut food rations": a consequence the speaker says it would be forced into is
            // a warning, not a threat aimed at those it would hit.
            if (own is "13" && IsForcedConsequence(view, governor.LastToken - view.Sentence.FirstToken, m.FirstToken - view.Sentence.FirstToken)) continue;
            // "threatened to veto the renewal of EU sanctions on Russia", "threatened to block new sanctions": a hostile act that a
            // threatened rejection would block is not what the threat threatens.
            if (own is "13" && hostile && (IsRejectedBetween(matches, governor, m) || (m.Pattern.Kind == TriggerKind.Noun && NominalObject.IsBlocked(view, m)))) continue;
            if (MatchFilter.GovernedBy(view, m, matches) is not { } g || g.FirstToken != governor.FirstToken || !ReferenceEquals(g.Pattern, governor.Pattern)) continue;
            var inner = _arguments.Find(view, m, previous);
            if (inner.Passive || inner.Target.Count == 0) continue;
            IReadOnlyList<ActorSlot> targets = _slots.Resolve(inner.Target, mentions, context, source.Actor.Country, text, locations);
            if (targets.Count > 0) targets = WithoutStatusTitles(view, targets);
            for (var t = 0; t < targets.Count; t++)
            {
                if (targets[t].Actor.Key == source.Actor.Key) return null;
            }

            if (targets.Count == 0 || (arms && !SentArms.ToOtherStates(targets, source))) continue;
            // The threat of a hostile act is its 13x form; a refusal is the 12x code that names what is refused ("refused to
            // send weapons" rejects military aid, 1222), or keeps its own code where the codebook has none for the act.
            if (backed) return (targets, RefusalCodeMap.Reject);
            var act = arms ? SentArms.Code : m.Pattern.Cameo;
            return (targets, own is "12" ? _refusals.RefusalFor(act) ?? governor.Pattern.Cameo : _intents.IntentFor(act, m.Pattern.Contexts));
        }

        return null;
    }

    /// <summary>Whether <paramref name="act"/> begins with the verb right after the governor's "to" ("agreed to impose").</summary>
    private static bool IsInfinitiveRightAfter(SentenceView view, PatternMatch governor, PatternMatch act)
    {
        var to = act.FirstToken - view.Sentence.FirstToken - 1;
        var end = governor.LastToken - view.Sentence.FirstToken;
        if (to < 0 || !view.Is(to, "to") || !(to == end || to == end + 1)) return false;
        // "agreed not to deport": what is agreed is not to act.
        for (var k = governor.FirstToken - view.Sentence.FirstToken; k < to; k++)
        {
            if (view.Is(k, "not") || view.Is(k, "never")) return false;
        }

        return true;
    }

    /// <summary>Whether a rejection (a 12x verb such as "veto" or "block") stands between the governor and the act.</summary>
    private static bool IsRejectedBetween(List<PatternMatch> matches, PatternMatch governor, PatternMatch act)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            var r = matches[i];
            if (r.Pattern.Kind == TriggerKind.Verb && r.Pattern.Cameo.StartsWith("12", StringComparison.Ordinal) && r.FirstToken > governor.LastToken &&
                r.LastToken < act.FirstToken)
                return true;
        }

        return false;
    }

    /// <summary>Whether "otherwise", "have/has/had to" or "forced to" stands between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool IsForcedConsequence(SentenceView view, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (view.Is(i, "otherwise") || (view.Is(i + 1, "to") && (view.Is(i, "have") || view.Is(i, "has") || view.Is(i, "had") || view.Is(i, "forced"))))
                return true;
        }

        return false;
    }

    /// <summary>The actor a protest act's purpose or opposition phrase names after the trigger, in its clause: "to protest
    /// (against) X", "in protest at X", "against X", "in defiance of X", "to show (their) disapproval of/for X", "to condemn X";
    /// the first actor (no place) within six words of the cue, or null.</summary>
    private static Mention? ProtestAddressee(SentenceView view, PatternMatch match, ActorSlot source)
    {
        var last = match.LastToken - view.Sentence.FirstToken;
        var clause = view.Clause[last];
        for (var k = last + 1; k < view.Count && k <= last + 14 && view.Clause[k] == clause; k++)
        {
            if (view.Word(k) is ";" or ":") return null;
            var opens = view.Is(k, "against") || view.Is(k, "protest") || view.Is(k, "protesting") || view.Is(k, "condemn") ||
                        view.Is(k, "denounce") || (view.Is(k, "defiance") && view.Is(k + 1, "of")) ||
                        ((view.Is(k, "disapproval") || view.Is(k, "opposition") || view.Is(k, "anger")) && (view.Is(k + 1, "of") || view.Is(k + 1, "for") || view.Is(k + 1, "at") || view.Is(k + 1, "to")));
            if (!opens) continue;
            // "against the alleged human rights violations by the Israeli military": the doer of what is protested, after a
            // "by" inside the phrase, is its addressee a few words further on.
            var reach = 7;
            for (var i = k + 1; i < view.Count && i <= k + reach && view.Clause[i] == clause; i++)
            {
                if (view.Is(i, "by") && reach == 7) reach = i - k + 3;
                if (view.Tokens[i].Kind == TokenKind.Punctuation && view.Word(i) is not ("'s" or "’s" or "'" or "’")) return null;
                if (view.MentionAt[i] < 0) continue;
                var m = view.Mentions[view.MentionAt[i]];
                if (m.Kind == MentionKind.Place || !SentenceView.IsActorLike(m)) { i = view.LastOf(m); continue; }
                if (m.Actor is { } a && a.Key == source.Actor.Key && a.Code == source.Actor.Code) return null;
                return m;
            }

            return null;
        }

        return null;
    }

    /// <summary>"blocked streets in Hong Kong": whether the only target is a state named as where the act happens.</summary>
    private static bool IsWhereOnly(SentenceView view, IReadOnlyList<ActorSlot> targets)
    {
        if (targets.Count != 1 || targets[0].Resolution != "mention") return false;
        var k = view.FirstOf(targets[0].Mention) - 1;
        return view.Is(k, "in") || view.Is(k, "across") || view.Is(k, "throughout");
    }

    /// <summary>Whether the match's own words say the act is joint ("joint military exercises", "held drills jointly").</summary>
    private static bool IsJointAct(SentenceView view, PatternMatch match)
    {
        var first = match.FirstToken - view.Sentence.FirstToken;
        var last = match.LastToken - view.Sentence.FirstToken;
        for (var k = first; k <= last + 1 && k < view.Count; k++)
        {
            if (view.Is(k, "joint") || view.Is(k, "jointly") || view.Is(k, "combined")) return true;
        }

        return false;
    }

    /// <summary>Acts whose object never does what a purpose infinitive after it says (force, visits, meetings), unlike appeals,
    /// demands, permissions or help ("urged Iran to", "allowed Egypt to", "helped Kyiv to"), whose object does.</summary>
    private static bool IsPurposeOfAction(string code) =>
        code.Length >= 2 && (code[0] == '0' ? code[1] is '4' or '9' : code[0] == '1' ? code[1] is '4' or '5' or '7' or '8' or '9' : code[0] == '2');

    private static bool SharesMention(IReadOnlyList<Mention> a, IReadOnlyList<Mention> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (ReferenceEquals(a[i], b[j]) || (a[i].Start == b[j].Start && a[i].End == b[j].End)) return true;
            }
        }

        return false;
    }

    /// <summary>Whether every target is of the source's own country (its own troops, its own officials).</summary>
    private static bool AllOwn(IReadOnlyList<ActorSlot> targets, ActorSlot source)
    {
        if (source.Actor.Country is not { } country) return false;
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Actor.Country != country) return false;
        }

        return true;
    }

    /// <summary>"agreed on a prisoner swap": the plain intent to cooperate (030) the commitment verb gave is the promise now
    /// coded with its content (0353); it is dropped so that one event remains.</summary>
    private static void DropGenericIntent(List<CodedEvent> events, int sentenceEvents, IReadOnlyList<ActorSlot> sources, List<TraceEntry>? trace, int sentence)
    {
        for (var i = events.Count - 1; i >= sentenceEvents; i--)
        {
            var e = events[i];
            if (e.Cameo != "030") continue;
            for (var j = 0; j < sources.Count; j++)
            {
                if (e.Source.Key != sources[j].Actor.Key) continue;
                events.RemoveAt(i);
                trace?.Add(new TraceEntry("coder", sentence, $"{e.Rule}: {e.Source.Code}->{e.Target?.Code} 030 is the promise coded with its content; dropped"));
                break;
            }
        }
    }

    /// <summary>Whether <paramref name="sources"/> is not empty and holds neither of <paramref name="parties"/>: a side of a contact
    /// brokers nothing between itself and the other.</summary>
    private static bool IsApart(IReadOnlyList<ActorSlot> sources, List<ActorSlot> parties)
    {
        if (sources.Count == 0) return false;
        foreach (var s in sources)
        {
            foreach (var p in parties)
            {
                if (s.IsSideOf(p.Actor)) return false;
            }
        }

        return true;
    }

    /// <summary>"Russia denied that its forces had attacked ...", "denying it had sent troops": the act is the content of a
    /// denial before it in the sentence, with no other speech verb or clause break between (dev-README: a denial is 016,
    /// not the act).</summary>
    /// <summary>Whether <paramref name="target"/>, filled from a collective, is one of the named (not collective) sources.</summary>
    private static bool IsCoSubject(IReadOnlyList<ActorSlot> sources, ActorSlot target)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Resolution != "collective" && sources[i].Actor.Key == target.Actor.Key) return true;
        }

        return false;
    }

    private static bool IsDenied(SentenceView view, PatternMatch match)
    {
        var head = match.FirstToken - view.Sentence.FirstToken;
        // "The RSF denied targeting civilians and accused the army of ...": a finite verb after "and" (an adverb may stand
        // between) is the denier's next act, not part of what is denied.
        var afterAnd = view.Is(head - 1, "and") ||
                       (view.Is(head - 2, "and") && (view.Is(head - 1, "also") || view.Word(head - 1).EndsWith("ly", StringComparison.OrdinalIgnoreCase)));
        if (afterAnd && !view.Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = head - 1; k >= 0; k--)
        {
            if (view.Word(k) is ";" || view.Is(k, "but") || view.Is(k, "while") || view.Is(k, "after") || view.Is(k, "said") || view.Is(k, "says"))
                return false;
            // "Moscow denied the claims, and the ministry summoned the envoy": a coordinated clause with its own subject is no
            // part of the denial.
            if (k > 0 && view.Is(k, "and") && view.Word(k - 1) is "," && view.Clause[k] != view.Clause[k - 1]) return false;
            // "denied backing the M23 rebels, who seized Goma": a non-restrictive relative clause is the narrator's own account
            // of the antecedent, no part of the denial.
            if (k > 0 && (view.Is(k, "who") || view.Is(k, "which")) && view.Word(k - 1) is ",") return false;
            if (view.Is(k, "denied") || view.Is(k, "denies") || view.Is(k, "deny") || view.Is(k, "denying")) return true;
        }

        return false;
    }

    /// <summary>Whether every source speaks for a state (its government, or the bare country) and every target is another
    /// state or body: then "protested" is a diplomatic complaint.</summary>
    private static bool IsOfficialProtest(IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets)
    {
        if (sources.Count == 0 || targets.Count == 0) return false;
        foreach (var s in sources)
        {
            if (s.Actor is not { Country: not null, Org: null, Sector: null or "GOV" } || s.Resolution is not ("mention" or "carried")) return false;
            foreach (var t in targets)
            {
                if (t.Actor.Key == s.Actor.Key) return false;
            }
        }

        return true;
    }

    /// <summary>Planned contacts a coded meeting, visit or accepted invitation implies (<see cref="FollowOnContacts"/>), as 036
    /// future: the invitees' talks with each other and with the party "with" names, and a traveller's onward destination.</summary>
    private void AddFollowOns(SegmentedDocument doc, Sentence sentence, SentenceView view, PatternMatch match, string code,
        IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets, Arguments args, ModalityCue cue, TriggerRef trigger, DateOnly? date,
        DateBasis basis, PlaceRef? location, List<Mention> mentions, ActorContext context, List<SentenceLocation>? locations, List<CodedEvent> events,
        int sentenceEvents, ref int n, List<TraceEntry>? trace)
    {
        var pattern = match.Pattern;
        var planned = new List<(ActorSlot From, ActorSlot To, string Why)>();
        if (code == "036" && !args.Reciprocal && targets.Count > 0 && FollowOnContacts.IsAcceptedInvitation(view, match))
        {
            // "Israel and Hamas accepted an Egyptian invitation to talks": the invitees will meet each other too.
            for (var i = 0; i < sources.Count; i++)
            {
                for (var j = 0; j < sources.Count; j++)
                {
                    if (i != j) planned.Add((sources[i], sources[j], "invitees of accepted talks"));
                }
            }

            if (_followOn.TalksPartner(view, match) is { } with &&
                _slots.Resolve([with], mentions, context, sources[0].Actor.Country, text: doc.Text, locations) is [var partner, ..])
            {
                // "accepted a Cuban invitation to peace talks with the ELN": the talks are with the ELN.
                for (var i = 0; i < sources.Count; i++) planned.Add((sources[i], partner, "the other party of accepted talks"));
            }
        }

        if ((code is "040" or "042" || pattern.Cameo is "040" or "042") && args.How is "subject" or "carried" or "coordinated-subject" &&
            FollowOnContacts.OnwardDestination(view, match) is { } onward &&
            _slots.Resolve([onward], mentions, context, null, doc.Text, locations) is [var destination, ..])
        {
            // "visited Manila before travelling on to Jakarta": the onward leg is a visit still to come.
            for (var i = 0; i < sources.Count; i++)
            {
                if (sources[i].Actor.Country == destination.Actor.Country || IsAmong(targets, destination)) continue;
                planned.Add((sources[i], destination, "an onward trip"));
            }
        }

        foreach (var (from, to, why) in planned)
        {
            if (from.Actor.Code == to.Actor.Code || IsSelfContact("036", from, to) || IsRepeat(events, sentenceEvents, from.Actor, to.Actor, "036", Modality.Future)) continue;
            events.Add(Build(doc, sentence, n++, from, to, "036", pattern, args, new ModalityCue(Modality.Future, null), trigger, date, basis, location, Confidence(from, to, args)));
            trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{trigger.Text}': {why}, {from.Actor.Code} -> {to.Actor.Code} 036 future"));
        }
    }

    private static bool IsAmong(IReadOnlyList<ActorSlot> slots, ActorSlot slot)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Actor.Key == slot.Actor.Key) return true;
        }

        return false;
    }

    /// <summary>"Talks between X and Y, brokered by Z" / "with Z mediating": the mediator's 045 toward each party
    /// (dev-README: a named mediator = 045 toward each party); with no mediator, "hosted by Z": the host's 043.</summary>
    private void AddMediation(SegmentedDocument doc, Sentence sentence, SentenceView view, List<Mention> mentions, ActorContext context,
        List<SentenceLocation>? locations, (PatternMatch Match, Arguments Args, DateOnly? Date, DateBasis Basis, List<ActorSlot> Parties) mediated,
        List<CodedEvent> events, int sentenceEvents, ref int n, List<TraceEntry>? trace)
    {
        var who = _arguments.Mediator(view);
        var code = "045";
        if (who.Count == 0)
        {
            // "held talks in Brussels, hosted by the EU": the host's 043 toward each party (dev-README: hosting = 043 by the host).
            who = _arguments.Host(view);
            code = "043";
        }

        if (who.Count == 0) return;
        var mediators = _slots.Resolve(who, mentions, context, null, doc.Text, locations);
        var pattern = mediated.Match.Pattern;
        var first = doc.Tokens[view.Sentence.FirstToken + view.FirstOf(who[0])];
        var trigger = new TriggerRef(Slice(doc.Text, first.Start, doc.Tokens[view.Sentence.FirstToken + view.LastOf(who[^1])].End), first.Start,
            doc.Tokens[view.Sentence.FirstToken + view.LastOf(who[^1])].End);
        var cue = new ModalityCue(Modality.Asserted, null);
        foreach (var mediator in mediators)
        {
            foreach (var party in mediated.Parties)
            {
                if (IsMediator(mediators, party.Actor.Key) || IsRepeat(events, sentenceEvents, mediator.Actor, party.Actor, code, Modality.Asserted)) continue;
                events.Add(Build(doc, sentence, n++, mediator, party, code, pattern, mediated.Args, cue, trigger, mediated.Date, mediated.Basis, null, 0.6));
                trace?.Add(new TraceEntry("coder", sentence.Index, $"mediation '{trigger.Text}': {mediator.Actor.Code} -> {party.Actor.Code} {code} asserted"));
            }
        }
    }

    private static bool IsMediator(IReadOnlyList<ActorSlot> mediators, string key)
    {
        foreach (var m in mediators)
        {
            if (m.Actor.Key == key) return true;
        }

        return false;
    }

    private static string Slice(string text, int start, int end) => text[start..end];

    /// <summary>The first token after the trigger and the argument phrases that follow it.</summary>
    private static int FirstAfterArguments(SentenceView view, PatternMatch match, Arguments args)
    {
        var end = match.LastToken - view.Sentence.FirstToken + 1;
        for (var i = 0; i < args.Source.Count; i++)
            end = Math.Max(end, view.LastOf(args.Source[i]) + 1);
        for (var i = 0; i < args.Target.Count; i++)
            end = Math.Max(end, view.LastOf(args.Target[i]) + 1);
        return end;
    }

    private static int ClauseStart(SentenceView view, int token)
    {
        var clause = view.Clause[token];
        var i = token;
        while (i > 0 && view.Clause[i - 1] == clause) i--;
        return i;
    }

    private static IReadOnlyList<DateExpression> DatesAfter(IReadOnlyList<DateExpression> dates, int from)
    {
        List<DateExpression>? after = null;
        for (var i = 0; i < dates.Count; i++)
        {
            if (dates[i].Start >= from) (after ??= []).Add(dates[i]);
        }

        return after ?? (IReadOnlyList<DateExpression>)[];
    }

    /// <summary>"Germany said it would not supply tanks", "Iran says it will never release ...": a negated "will"/"would" after a
    /// pronoun subject that a reporting verb earlier in the sentence introduces, the speaker announcing what it will not do;
    /// or after a name when the speaker named at the end is of the same state ("Germany will not deliver Taurus missiles to
    /// Ukraine, Chancellor Scholz said"; not "Putin will not attend, South Africa's presidency said").</summary>
    private static bool IsStatedRefusal(SentenceView view, int clauseStart, int head, ActorCode source)
    {
        for (var i = Math.Max(clauseStart, 1); i < head; i++)
        {
            var contracted = view.Is(i, "won't") || view.Is(i, "won’t") || view.Is(i, "wouldn't") || view.Is(i, "wouldn’t");
            if (!contracted && !((view.Is(i, "will") || view.Is(i, "would")) && (view.Is(i + 1, "not") || view.Is(i + 1, "never")))) continue;
            // "said his government would not send weapons": the speaker's own government or country is the speaker's side.
            var own = IsOwnSide(view, i - 1);
            if (!own && !IsSubjectPronoun(view, i - 1)) return IsOwnTrailingSpeaker(view, head, source);
            for (var k = own ? i - 3 : i - 2; k >= 0; k--)
            {
                if (view.Is(k, "said") || view.Is(k, "says") || view.Is(k, "told") || view.Is(k, "insisted") || view.Is(k, "stated") ||
                    view.Is(k, "declared") || view.Is(k, "announced") || view.Is(k, "added") || view.Is(k, "stressed"))
                    return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>Demands, disapproval, rejections, threats and protests (roots 10-14): what a domestic opposition, civilians,
    /// unions or students do to "the government" of their own state.</summary>
    private static bool IsDomesticChallenge(string code) =>
        code.Length >= 2 && code[0] == '1' && code[1] is '0' or '1' or '2' or '3' or '4';

    /// <summary>"Pakistan refused to hand over the suspect to India": the subject refusing the act it names, a refusal (dev-README:
    /// refusal statements are asserted root-12 events), where no refusal pattern claimed the words.</summary>
    private static bool IsRefusalCue(ModalityCue cue) =>
        cue.Cue is "refused" or "refuses" or "refuse" or "refusing" or "declined" or "declines" or "declining";

    /// <summary>"his government", "its army", "their country": a possessive pronoun and a word for the speaker's own state ending at <paramref name="k"/>.</summary>
    private static bool IsOwnSide(SentenceView view, int k) =>
        (view.Is(k - 1, "his") || view.Is(k - 1, "her") || view.Is(k - 1, "its") || view.Is(k - 1, "their") || view.Is(k - 1, "our")) &&
        (view.Is(k, "government") || view.Is(k, "country") || view.Is(k, "administration") || view.Is(k, "army") || view.Is(k, "state"));

    /// <summary>Whether the word at <paramref name="k"/> is a subject pronoun that refers back to a speaker ("it", "he", "she", "they", "we").</summary>
    private static bool IsSubjectPronoun(SentenceView view, int k) =>
        view.Is(k, "it") || view.Is(k, "he") || view.Is(k, "she") || view.Is(k, "they") || view.Is(k, "we");

    /// <summary>"warned it would", "vowed that they will", "threatened it would": a "will"/"would" after a pronoun that a verb of
    /// warning, promising or threatening introduces (with an optional "that").</summary>
    private bool IsPromisedOrWarned(SentenceView view, int clauseStart, int head)
    {
        for (var i = Math.Max(clauseStart, 2); i < head; i++)
        {
            if (!(view.Is(i, "will") || view.Is(i, "would"))) continue;
            if (!IsSubjectPronoun(view, i - 1)) return false;
            // "Iran warned it would close the strait if the US attacked its sites": the attack is the warning's condition,
            // not what Iran promised; it stays hypothetical.
            for (var k = i + 1; k < head; k++)
            {
                if (view.Is(k, "if") || view.Is(k, "unless")) return false;
            }

            var verb = view.Is(i - 2, "that") ? i - 3 : i - 2;
            // "pledged on Tuesday that it would": the day of the pledge sits between the verb and its clause.
            if (verb >= 1 && Dates.DateLexicon.English.IsWeekday(view.Word(verb))) verb -= view.Is(verb - 1, "on") ? 2 : 1;
            if (verb < 0) return false;
            var w = view.Word(verb);
            // "announced it would open an embassy": announcing one's own act is a commitment speech act (dev-README).
            return w.Equals("warned", StringComparison.OrdinalIgnoreCase) || w.Equals("warns", StringComparison.OrdinalIgnoreCase) ||
                   w.Equals("announced", StringComparison.OrdinalIgnoreCase) || w.Equals("announces", StringComparison.OrdinalIgnoreCase) ||
                   _words.IsCommitment(w) || _words.IsThreat(w);
        }

        return false;
    }

    /// <summary>Whether the sentence ends ", &lt;speaker&gt; said/says/told ..." with a speaker of <paramref name="source"/>'s own state or organisation.</summary>
    private static bool IsOwnTrailingSpeaker(SentenceView view, int head, ActorCode source)
    {
        for (var k = head + 1; k < view.Count; k++)
        {
            if (!(view.Is(k, "said") || view.Is(k, "says") || view.Is(k, "told") || view.Is(k, "added") || view.Is(k, "stated"))) continue;
            var before = k - 1;
            if (before <= head || view.MentionAt[before] < 0) continue;
            var speaker = view.Mentions[view.MentionAt[before]];
            var first = view.FirstOf(speaker);
            return first > 0 && view.Word(first - 1) is "," && speaker.Actor is { } a && a.Key == source.Key;
        }

        return false;
    }

    /// <summary>Whether a future auxiliary stands in the clause before the trigger ("will not attend", "won't sign", "would not
    /// impose"): a negated act not yet due, coded with its intent code. "would not have" looks back, a past counterfactual, and a
    /// "would" without its own "not" belongs to another verb.</summary>
    private static bool IsFutureNegation(SentenceView view, int clauseStart, int head)
    {
        for (var i = clauseStart; i < head; i++)
        {
            if (view.Is(i, "will") || view.Is(i, "won't") || view.Is(i, "won’t") || view.Is(i, "shall")) return true;
            // "would" only with its own negation: "the rebels he thought would offer protection did not" is a past negation.
            if (((view.Is(i, "would") && (view.Is(i + 1, "not") || view.Is(i + 1, "never"))) || view.Is(i, "wouldn't") || view.Is(i, "wouldn’t")) &&
                !view.Is(i + 1, "have") && !view.Is(i + 2, "have")) return true;
        }

        return false;
    }

    /// <summary>"granted Ukraine candidate status": a title word that only qualifies "status" is no member of the actor; the
    /// slot keeps its country alone (the list is copied only when a slot changes).</summary>
    private static IReadOnlyList<ActorSlot> WithoutStatusTitles(SentenceView view, IReadOnlyList<ActorSlot> slots)
    {
        List<ActorSlot>? copy = null;
        for (var i = 0; i < slots.Count; i++)
        {
            var slot = slots[i];
            var next = view.LastOf(slot.Mention) + 1;
            if (slot.Resolution != "mention" || slot.Mention.TokenCount < 2 || slot.Actor is not { Country: { } country, Sector: not null, Org: null } ||
                !view.Is(next, "status") || view.MentionAt[next] >= 0) continue;
            copy ??= [.. slots];
            copy[i] = slot with { Actor = slot.Actor with { Code = country, Sector = null } };
        }

        return copy ?? slots;
    }

    /// <summary>Whether every target has the code of one of the sources (with <paramref name="byKey"/>, the scoring key: a
    /// collective's own member under another sector): an act with no one else to be aimed at.</summary>
    private static bool AllSelf(IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets, bool byKey = false)
    {
        for (var j = 0; j < targets.Count; j++)
        {
            var own = false;
            for (var i = 0; i < sources.Count && !own; i++)
                own = byKey ? sources[i].Actor.Key == targets[j].Actor.Key : sources[i].Actor.Code == targets[j].Actor.Code;
            if (!own) return false;
        }

        return true;
    }

    private static bool AllPlaces(IReadOnlyList<ActorSlot> slots)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Resolution != "place") return false;
        }

        return true;
    }

    /// <summary>Whether every slot comes from one collective mention ("both countries") naming two or more actors.</summary>
    private static bool IsOneCollective(IReadOnlyList<ActorSlot> sources)
    {
        if (sources.Count < 2) return false;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Resolution != "collective" || !ReferenceEquals(sources[i].Mention, sources[0].Mention)) return false;
        }

        return true;
    }

    /// <summary>Whether a reciprocal act joins <paramref name="a"/> and <paramref name="b"/>: always, unless the sides were
    /// named as couples ("between Iran and Israel, Syria and Turkey") and these two are not one of them.</summary>
    private static bool IsCouple(ActorSlot a, ActorSlot b, IReadOnlyList<(Mention A, Mention B)>? couples)
    {
        if (couples is null) return true;
        for (var i = 0; i < couples.Count; i++)
        {
            var (x, y) = couples[i];
            if ((IsOf(a, x) && IsOf(b, y)) || (IsOf(a, y) && IsOf(b, x))) return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="slot"/> stands for <paramref name="m"/>: that mention, or one with the same code (a side named
    /// in two couples fills one slot).</summary>
    private static bool IsOf(ActorSlot slot, Mention m) =>
        ReferenceEquals(slot.Mention, m) || (slot.Mention.Actor is { } a && m.Actor is { } b && a.Code == b.Code);

    private static void Pairs(IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets, bool reciprocal, bool violent,
        List<(ActorSlot Source, ActorSlot? Target)> pairs, IReadOnlyList<(Mention A, Mention B)>? couples = null)
    {
        pairs.Clear();
        if (targets.Count == 0)
        {
            if (reciprocal && sources.Count >= 2)
            {
                for (var i = 0; i < sources.Count; i++)
                {
                    var a = sources[i];
                    for (var j = 0; j < sources.Count; j++)
                    {
                        var b = sources[j];
                        if (!ReferenceEquals(a, b) && a.Actor.Code != b.Actor.Code && IsCouple(a, b, couples)) pairs.Add((a, b));
                    }
                }

                return;
            }

            if (!reciprocal)
            {
                for (var i = 0; i < sources.Count; i++) pairs.Add((sources[i], null));
            }

            return;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            var a = sources[i];
            for (var j = 0; j < targets.Count; j++)
            {
                var b = targets[j];
                // "A mob lynched a tourist": two different groups of one kind may do violence to each other; otherwise one
                // code on both sides is the same actor.
                if (a.Actor.Code == b.Actor.Code && !(violent && IsDistinctAgents(a, b))) continue;
                pairs.Add((a, b));
                if (reciprocal) pairs.Add((b, a));
            }
        }
    }

    /// <summary>A violent noun match within six words after a generic passive killing or attack verb, introduced by "by" or
    /// "in" ("killed on Tuesday by a roadside bomb"), or null.</summary>
    /// <summary>"Biden to host ...", "Modi to visit Moscow next week": the trigger follows "to" right after the clause's
    /// opening actor, with no verb of its own before it.</summary>
    private static bool IsHeadlineInfinitive(SentenceView view, int first, int clauseStart)
    {
        if (first < 2 || !view.Is(first - 1, "to") || view.MentionAt[first - 2] < 0) return false;
        var subject = view.Mentions[view.MentionAt[first - 2]];
        if (!SentenceView.IsActorLike(subject) || view.LastOf(subject) != first - 2) return false;
        var start = view.FirstOf(subject);
        // "China and India to hold border talks", "Pakistan, Afghanistan to meet in Doha": a compound subject opens the clause.
        while (start >= 2 && (view.Is(start - 1, "and") || view.Word(start - 1) is ",") && view.MentionAt[start - 2] >= 0 &&
               SentenceView.IsActorLike(view.Mentions[view.MentionAt[start - 2]]))
            start = view.FirstOf(view.Mentions[view.MentionAt[start - 2]]);
        return start == clauseStart || start == 0 || AfterKicker(view, start);
    }

    /// <summary>"Exclusive: Putin to visit India", "Analysis - Iran to resume talks": a headline may open with a verbless kicker
    /// and a colon or dash before its subject.</summary>
    private static bool AfterKicker(SentenceView view, int start)
    {
        if (!view.Sentence.IsHeadline || start < 2 || !(view.Word(start - 1) is ":" or "-" or "|")) return false;
        for (var i = 0; i < start - 1; i++)
        {
            if (view.Tokens[i].Kind == TokenKind.Punctuation || view.IsTag(i, PartOfSpeech.Verb) || view.IsTag(i, PartOfSpeech.Modal) ||
                view.IsTag(i, PartOfSpeech.Auxiliary)) return false;
        }

        return true;
    }

    private static PatternMatch? InstrumentNoun(SentenceView view, List<PatternMatch> kept, PatternMatch verb)
    {
        if (verb.Pattern.Kind != TriggerKind.Verb || verb.Pattern.Cameo is not ("190" or "180" or "200")) return null;
        foreach (var noun in kept)
        {
            if (noun.Pattern.Kind != TriggerKind.Noun || !IsViolent(noun.Pattern.Cameo) || noun.Pattern.Cameo == verb.Pattern.Cameo ||
                noun.FirstToken <= verb.LastToken || noun.FirstToken - verb.LastToken > 6) continue;
            for (var k = verb.LastToken + 1 - view.Sentence.FirstToken; k < noun.FirstToken - view.Sentence.FirstToken; k++)
            {
                if (view.Word(k) is "," or ";") break;
                if (view.Is(k, "by") || view.Is(k, "in")) return noun;
            }
        }

        return null;
    }

    /// <summary>Whether every target names its own side ("three Palestinians", "Hezbollah"): "killed 20 people in a strike on
    /// Kyiv" has only the attack noun to say whose the people are, so that noun keeps its own event.</summary>
    private static bool OwnTargets(IReadOnlyList<ActorSlot> targets)
    {
        if (targets.Count == 0) return false;
        foreach (var t in targets)
        {
            if (t.Resolution != "mention") return false;
        }

        return true;
    }

    /// <summary>The attack noun that says how an active violent verb's act was done: "killed three Palestinians in a raid on
    /// Jenin", "killed 20 people during an Israeli air strike": after the verb in its clause, no comma between, and only
    /// determiners, adjectives or names between "in"/"during" and the noun ("in retaliation for an attack" is a reason).</summary>
    private PatternMatch? MannerNoun(SentenceView view, List<PatternMatch> kept, PatternMatch verb)
    {
        if (verb.Pattern.Kind != TriggerKind.Verb || !IsViolent(verb.Pattern.Cameo)) return null;
        var offset = view.Sentence.FirstToken;
        var clause = view.Clause[verb.LastToken - offset];
        foreach (var noun in kept)
        {
            if (noun.Pattern.Kind != TriggerKind.Noun || !IsViolent(noun.Pattern.Cameo) || noun.FirstToken <= verb.LastToken ||
                noun.FirstToken - verb.LastToken > 8 || view.Clause[noun.FirstToken - offset] != clause) continue;
            var k = noun.FirstToken - offset - 1;
            while (k > verb.LastToken - offset && (view.MentionAt[k] >= 0 || _words.IsDeterminer(view.Word(k)) ||
                   (view.HasTags && view.IsTag(k, PartOfSpeech.Adjective))))
                k--;
            if (k <= verb.LastToken - offset || !(view.Is(k, "in") || view.Is(k, "during"))) continue;
            var comma = false;
            for (var j = verb.LastToken - offset + 1; j < k; j++)
            {
                if (view.Word(j) is "," or ";") comma = true;
            }

            if (!comma) return noun;
        }

        return null;
    }

    /// <summary>"Protests against the law erupted in Tbilisi": people protesting without a name are the civilians of the place
    /// where it happens, else of the one country the sentence names; null when neither says.</summary>
    private static ActorSlot? UnnamedProtesters(SentenceView view, List<SentenceLocation> locations)
    {
        string? country = locations.Count > 0 ? locations[0].Country : null;
        var at = locations.Count > 0 ? locations[0].Start : -1;
        if (country is null)
        {
            foreach (var m in view.Mentions)
            {
                var c = m.Kind == MentionKind.Place ? m.Place?.Country : m.Kind == MentionKind.Actor ? m.Actor?.Country : null;
                if (c is null) continue;
                if (country is not null && c != country) return null;
                (country, at) = (c, m.Start);
            }
        }

        if (country is null) return null;
        foreach (var m in view.Mentions)
        {
            if (m.Start == at) return new ActorSlot(new ActorCode(country + "CVL", country, null, "CVL", null), m, "location");
        }

        return null;
    }

    /// <summary>"... since the two countries restored ties": a clause opened by "since" says what came before the story.</summary>
    private static bool IsSinceClause(SentenceView view, IReadOnlyList<Mention> source)
    {
        if (source.Count == 0) return false;
        var k = view.FirstOf(source[0]) - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && (view.Is(k, "the") || view.Is(k, "a") || view.Is(k, "an"))) k--;
        if (view.Word(Math.Max(k, 0)) is "," && k >= 1 && view.MentionAt[k - 1] >= 0)
        {
            // "since Russia's president, Vladimir Putin, annexed ...": the subject named in apposition.
            k--;
            while (k >= 0 && (view.MentionAt[k] >= 0 || view.Word(k) is "'s" or "’s" || view.Is(k, "the") || view.Is(k, "a") || view.Is(k, "an") ||
                              (view.Tokens[k].Kind == TokenKind.Word && view.Word(k) is { Length: > 0 } w && char.IsLower(w[0]) && !view.Is(k, "since") && k >= view.FirstOf(source[0]) - 8)))
                k--;
        }

        return view.Is(k, "since");
    }

    /// <summary>"X and Y discussed Gaza in their first phone call", "held talks with Y during a visit to Y": the call or the
    /// visit is the meeting; a plain meeting or consultation coded for the same pair in this sentence is dropped.</summary>
    /// <summary>"Japan pledged $4.5 billion in new aid to Ukraine": the pledge (0331) and its aid noun (033) are one act told
    /// twice. Of two events of one sentence with the same actors and modality whose codes are parent and child, the parent
    /// (less specific) one is dropped.</summary>
    private static void DropVaguerRepeats(List<CodedEvent> events, int sentenceEvents, List<TraceEntry>? trace, int sentence)
    {
        for (var i = events.Count - 1; i >= sentenceEvents; i--)
        {
            var e = events[i];
            for (var j = sentenceEvents; j < events.Count; j++)
            {
                var o = events[j];
                if (j == i || o.Cameo.Length <= e.Cameo.Length || !o.Cameo.StartsWith(e.Cameo, StringComparison.Ordinal) || o.Modality != e.Modality ||
                    o.Source.Code != e.Source.Code || (o.Target?.Code ?? "") != (e.Target?.Code ?? ""))
                    continue;
                events.RemoveAt(i);
                trace?.Add(new TraceEntry("coder", sentence, $"{e.Rule}: {e.Source.Code}->{e.Target?.Code} {e.Cameo} says less than {o.Cameo} of the same act; dropped"));
                break;
            }
        }
    }

    private static void DropPlainMeeting(List<CodedEvent> events, int sentenceEvents, ActorCode source, ActorCode target, List<TraceEntry>? trace, int sentence)
    {
        for (var i = events.Count - 1; i >= sentenceEvents; i--)
        {
            var e = events[i];
            if (e.Cameo is not ("040" or "046") || e.Source.Key != source.Key || e.Target?.Key != target.Key) continue;
            events.RemoveAt(i);
            trace?.Add(new TraceEntry("coder", sentence, $"{e.Rule}: {e.Source.Code}->{e.Target?.Code} {e.Cameo} is the call or visit of this sentence; dropped"));
        }
    }

    /// <summary>"Farmers blocked the border, demanding curbs on imports": a demand voiced by a protest of this sentence (same
    /// source, a participle) is the protest's content, not a second event.</summary>
    private static bool IsProtestContent(EventPattern pattern, SentenceView view, PatternMatch match, List<CodedEvent> events, int sentenceEvents, ActorSlot source)
    {
        if (!pattern.Cameo.StartsWith("10", StringComparison.Ordinal) || pattern.Kind != TriggerKind.Verb ||
            !view.Word(match.HeadToken - view.Sentence.FirstToken).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var i = sentenceEvents; i < events.Count; i++)
        {
            if (events[i].Cameo.StartsWith("14", StringComparison.Ordinal) && events[i].Source.Key == source.Actor.Key) return true;
        }

        return false;
    }

    /// <summary>"Pakistani airstrikes on ... hideouts killed 46 people": a plain killing verb whose subject phrase is an attack
    /// noun already coded in this sentence reports that attack's toll, not another event.</summary>
    private static bool IsNamedByViolentNoun(EventPattern pattern, SentenceView view, List<PatternMatch> kept, PatternMatch match, List<CodedEvent> events,
        int sentenceEvents, SegmentedDocument doc)
    {
        if (pattern.Kind != TriggerKind.Verb || pattern.Cameo != "190") return false;
        var clause = view.Clause[match.FirstToken - view.Sentence.FirstToken];
        foreach (var noun in kept)
        {
            if (noun.Pattern.Kind != TriggerKind.Noun || !IsViolent(noun.Pattern.Cameo) || noun.LastToken >= match.FirstToken ||
                view.Clause[noun.LastToken - view.Sentence.FirstToken] != clause || !StartsSubject(view, noun)) continue;
            var start = doc.Tokens[noun.FirstToken].Start;
            for (var i = sentenceEvents; i < events.Count; i++)
            {
                if (events[i].Trigger.Start == start) return true;
            }
        }

        return false;
    }

    /// <summary>Whether nothing but a determiner, a modifier or an actor stands between the clause's start and the noun match.</summary>
    private static bool StartsSubject(SentenceView view, PatternMatch noun)
    {
        var first = noun.FirstToken - view.Sentence.FirstToken;
        var clause = view.Clause[first];
        for (var k = first - 1; k >= 0 && view.Clause[k] == clause; k--)
        {
            if (view.MentionAt[k] >= 0) continue;
            var w = view.Word(k);
            if (w.Length == 0 || view.Tokens[k].Kind != TokenKind.Word || (char.IsLower(w[0]) && !(w is "the" or "a" or "an"))) return false;
        }

        return true;
    }

    private static ActorSlot? CivilianVictims(Mention victim, ActorSlot attacker) =>
        victim.Kind == MentionKind.Agent && victim.Actor is { Sector: "CVL" } people && attacker.Actor.Country is { } home
            ? new ActorSlot(people with { Code = home + "CVL", Country = home }, victim, "attacker-home")
            : null;

    /// <summary>Bare civilians that context gave the attacker's own country, re-keyed to the one other state whose place
    /// the sentence names after the attacker; null when that is not the case or it names places of several other states.</summary>
    /// <summary>Whether <paramref name="victims"/> are bare people that context gave the country of an attacker named only by
    /// a demonym ("Pakistani shelling"), while the sentence places the act in a place no dictionary knows ("in Kupwara").</summary>
    private static bool IsUnplacedForeignToll(SentenceView view, ActorSlot victims, ActorSlot attacker)
    {
        if (victims.Resolution != "context" || victims.Actor is not { Sector: "CVL", Country: { } own } || attacker.Actor.Country != own ||
            attacker.Resolution != "mention" || !ArgumentFinder.IsBareDemonym(attacker.Mention)) return false;
        for (var i = view.LastOf(attacker.Mention) + 1; i + 1 < view.Count; i++)
        {
            if (!(view.Is(i, "in") || view.Is(i, "near") || view.Is(i, "at"))) continue;
            var k = i + 1;
            if (view.Is(k, "the")) k++;
            if (k < view.Count && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && char.IsUpper(view.Word(k)[0]) &&
                (!view.HasTags || view.IsTag(k, PartOfSpeech.ProperNoun)))
                return true;
        }

        return false;
    }

    private static ActorSlot? VictimsAbroad(ActorSlot victims, ActorSlot attacker, IReadOnlyList<Mention> mentions)
    {
        if (victims.Resolution != "context" || victims.Actor is not { Sector: "CVL", Country: { } own } people || attacker.Actor.Country != own) return null;
        string? other = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            // Only places named after the attacker describe where it struck; one before it belongs to another part of the sentence.
            if (mentions[i].Kind != MentionKind.Place || mentions[i].Start < attacker.Mention.End || mentions[i].Place?.Country is not { } c || c == own) continue;
            if (other is not null && other != c) return null;
            other = c;
        }

        return other is null ? null : new ActorSlot(people with { Code = other + "CVL", Country = other }, victims.Mention, "place");
    }

    /// <summary>Whether the sentence already coded a use of force by <paramref name="sourceKey"/>: its victims are then that
    /// act's toll ("shelled X, killing six civilians"), not a second attack to key anew.</summary>
    private static bool HasEarlierForce(List<CodedEvent> events, int sentenceEvents, string sourceKey)
    {
        for (var i = sentenceEvents; i < events.Count; i++)
        {
            if (events[i].Source.Key == sourceKey && IsViolent(events[i].Cameo)) return true;
        }

        return false;
    }

    private static bool IsDistinctAgents(ActorSlot a, ActorSlot b) =>
        !ReferenceEquals(a.Mention, b.Mention) && a.Mention.Kind == MentionKind.Agent && b.Mention.Kind == MentionKind.Agent;

    /// <summary>The code of a nominal act in the complement of a comment verb of root <paramref name="root"/>: threats of
    /// force, sanctions or protest become their threat codes (root 13), appeals and demands that an adversary yield
    /// their 025x/105x codes; null when the nominal act is only commented on.</summary>
    private string? ComplementCode(string root, string code)
    {
        var own = code.AsSpan(0, 2);
        if (root == "13" && own is "14" or "15" or "16" or "17" or "18" or "19" or "20") return _intents.IntentFor(code);
        // "agreed on a prisoner swap", "pledged closer military cooperation": what a commitment names is promised, not done.
        // Other acts agreed on ("agreed on new sanctions") are decided, and keep their own code.
        if (root == "03") return own is "04" or "05" or "06" or "07" or "08" ? _intents.IntentFor(code) : code;
        if (root is not ("02" or "10") || own is not "08" || code.Length < 3) return null;
        var yield = code[2] switch { '1' => '1', '2' => '2', '4' => '3', '5' => '4', '6' => '5', '7' => '6', _ => '0' };
        if (yield == '0') return null;
        return root == "02" ? $"025{yield}" : $"105{yield}";
    }

    /// <summary>"South Africa filed a case at the ICJ accusing Israel of genocide": a case is brought against the party the
    /// filer accuses in the same sentence, not against the court it is filed with (dev-README: filing a case = 115).</summary>
    private static void RetargetCourtCases(List<CodedEvent> events, int sentenceEvents, List<TraceEntry>? trace, int sentence)
    {
        for (var i = sentenceEvents; i < events.Count; i++)
        {
            var e = events[i];
            if (!e.Cameo.StartsWith("115", StringComparison.Ordinal) || e.Target is not { } court ||
                !(court.Key is "ICJ" or "ICC" || court.Sector == "JUD"))
                continue;
            for (var j = sentenceEvents; j < events.Count; j++)
            {
                var a = events[j];
                if (!a.Cameo.StartsWith("112", StringComparison.Ordinal) || a.Source.Key != e.Source.Key || a.Target is not { } accused ||
                    accused.Key == court.Key || accused.Key == e.Source.Key)
                    continue;
                events[i] = e with { Target = accused };
                trace?.Add(new TraceEntry("coder", sentence, $"{e.Rule}: the case filed with {court.Code} is brought against {accused.Code}, whom the filer accuses"));
                break;
            }
        }
    }

    /// <summary>Talks between parties ("talks", "negotiations"): a summit or meeting has many members, the subject only one.</summary>
    private static bool IsTalksNoun(SentenceView view, int k) =>
        k >= 0 && view.MentionAt[k] < 0 &&
        (view.Is(k, "talks") || view.Is(k, "negotiations") || view.Is(k, "discussions") || view.Is(k, "consultations"));

    /// <summary>The country of the first place or bare country named within seven words after a "from" that follows the trigger
    /// closely ("withdrew its troops from the west bank of the Dnipro"), as a place slot; null when none.</summary>
    private static ActorSlot? PlaceLeft(SentenceView view, PatternMatch match)
    {
        var last = match.LastToken - view.Sentence.FirstToken;
        var clause = view.Clause[last];
        // The pattern's own words may end with the preposition: "troops pulled out of", "withdrew from".
        var own = view.Is(last, "from") || (view.Is(last, "of") && view.Is(last - 1, "out"));
        for (var i = own ? last : last + 1; i < view.Count && i <= last + 5 && view.Clause[i] == clause; i++)
        {
            if (!(i == last && own) && !view.Is(i, "from")) continue;
            for (var k = i + 1; k < view.Count && k <= i + 7 && view.Clause[k] == clause; k++)
            {
                if (view.Word(k) is "," or ";") return null;
                if (view.MentionAt[k] < 0) continue;
                var m = view.Mentions[view.MentionAt[k]];
                var country = m.Kind == MentionKind.Place ? m.Place?.Country
                    : m.Kind == MentionKind.Actor && m.Actor is { Sector: null, Org: null } a && !ArgumentFinder.IsBareDemonym(m) ? a.Country : null;
                if (country is not null) return new ActorSlot(new ActorCode(country, country, null, null, null), m, "place");
                k = view.LastOf(m);
            }

            return null;
        }

        return null;
    }

    /// <summary>The country attacked by the last violent event of this sentence from <paramref name="attacker"/>, when another; or null.</summary>
    /// <summary>Whether this sentence has already coded violent repression (175) by <paramref name="attacker"/> of
    /// <paramref name="victim"/>.</summary>
    private static bool EarlierRepressionOf(List<CodedEvent> events, int sentenceEvents, string attacker, string victim)
    {
        for (var i = events.Count - 1; i >= sentenceEvents; i--)
        {
            var e = events[i];
            if (e.Cameo.StartsWith("175", StringComparison.Ordinal) && e.Source.Key == attacker && e.Target?.Key == victim) return true;
        }

        return false;
    }

    private static string? EarlierVictim(List<CodedEvent> events, int sentenceEvents, string attacker)
    {
        for (var i = events.Count - 1; i >= sentenceEvents; i--)
        {
            var e = events[i];
            // "The junta bombed a village in Sagaing, killing 30 people": an attack at home has its toll at home too.
            if (IsViolent(e.Cameo) && e.Source.Key == attacker && e.Target?.Country is { } c) return c;
        }

        return null;
    }

    /// <summary>Whether the nominal match is the object of "for", "over", "after" or "following" (its determiner, adjectives and
    /// actor modifiers between): the reason a speaker gives, not what the speaker threatens or asks.</summary>
    private bool IsReasonPhrase(SentenceView view, PatternMatch noun)
    {
        var k = noun.FirstToken - view.Sentence.FirstToken - 1;
        for (var n = 0; n < 5 && k >= 0 && (view.MentionAt[k] >= 0 || (view.Tokens[k].Kind == TokenKind.Word && !_words.IsPreposition(view.Word(k)) &&
                                                                      !_words.IsSpeechVerb(view.Word(k)))); n++)
            k--;
        return view.Is(k, "for") || view.Is(k, "over") || view.Is(k, "after") || view.Is(k, "following");
    }

    /// <summary>The root of a verb of comment, appeal, commitment, demand, disapproval, rejection or threat (roots 01-03, 10-13) that
    /// stands before the nominal <paramref name="noun"/> in its clause, or null.</summary>
    private static string? CommentRoot(SentenceView view, List<PatternMatch> matches, PatternMatch noun)
    {
        var clause = view.Clause[noun.FirstToken - view.Sentence.FirstToken];
        string? root = null;
        var nearest = -1;
        foreach (var m in matches)
        {
            // "praised the release of prisoners": a reaction pattern that spells out the noun it reacts to still governs it.
            var reaction = IsReactionCode(m.Pattern.Cameo) && !IsEndorsement(view, m);
            var spans = m.Pattern.Kind == TriggerKind.Verb && m.FirstToken < noun.FirstToken && m.LastToken <= noun.LastToken && reaction;
            if ((m.LastToken >= noun.FirstToken && !spans) || m.LastToken <= nearest || view.Clause[m.LastToken - view.Sentence.FirstToken] != clause) continue;
            // "Trump's call for the withdrawal of US troops": an appeal or demand named by a noun asks for the act after "for".
            // "was not optimistic about the talks with Ethiopia": an outlook adjective's topic is commented on, not done.
            if (m.Pattern.Kind != TriggerKind.Verb && !(m.Pattern.Kind == TriggerKind.Noun && OutlookParty.IsOutlook(m.Pattern.Cameo)) &&
                !(m.Pattern.Kind == TriggerKind.Noun && noun.FirstToken - m.LastToken <= 4 &&
                view.Is(m.LastToken - view.Sentence.FirstToken, "for") && m.Pattern.Cameo.Length > 1 && m.Pattern.Cameo[0] is '0' or '1' && m.Pattern.Cameo[1] is '2' or '0'))
                continue;
            var c = m.Pattern.Cameo;
            if (c.StartsWith("01", StringComparison.Ordinal) || c.StartsWith("02", StringComparison.Ordinal) || c.StartsWith("03", StringComparison.Ordinal) ||
                c.StartsWith("10", StringComparison.Ordinal) ||
                c.StartsWith("12", StringComparison.Ordinal) || c.StartsWith("13", StringComparison.Ordinal) ||
                // "The Chinese embassy protested the arrest of Chinese nationals", "praised the release of", "investigated the
                // killing of": who protests, praises or investigates an act did not do it.
                reaction)
                (root, nearest) = (RootOf(c), m.LastToken);
        }

        return root;
    }

    /// <summary>Whether the nominal trigger is the object of a verb of reacting ("mourned the killing", "questioned the
    /// detention"): a determiner or possessive and up to two lower-case words may stand between.</summary>
    private static bool IsReactionVerbObject(SentenceView view, PatternMatch noun)
    {
        var first = noun.FirstToken - view.Sentence.FirstToken;
        var k = first - 1;
        for (var n = 0; n < 3 && k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && view.Clause[k] == view.Clause[first] &&
                        !IsReactionVerb(view.Word(k)); n++)
        {
            var w = view.Word(k);
            if (w.Length == 0 || !char.IsLower(w[0]) || w is "of" or "for" or "over" or "to" or "on" or "in" or "at" or "by" or "with" or "after" or "and") return false;
            k--;
        }

        return k >= 0 && view.MentionAt[k] < 0 && IsReactionVerb(view.Word(k));
    }

    private static bool IsReactionVerb(ReadOnlySpan<char> w) => w is
        "mourned" or "mourns" or "mourn" or "questioned" or "questions" or "question" or "lamented" or "laments" or "decried" or "decries" or
        "regretted" or "regrets" or "hailed" or "hails" or "applauded" or "applauds" or "welcomed" or "welcomes" or "praised" or "praises" or
        "condemned" or "condemns" or "criticised" or "criticized" or "criticises" or "criticizes" or "denounced" or "denounces" or
        "deplored" or "deplores" or "protested" or "protests" or "denied" or "denies" or "investigated" or "investigates" or "investigating" or
        "probed" or "probing" or "slammed" or "slams" or "blasted" or "blasts" or "commemorated" or "commemorates" or "marked" or "marks";

    /// <summary>"Ukrainian lawmakers endorsed an association agreement with the EU": an endorsement (051 by its code) is often
    /// the subject's own approval of what it is party to, no reaction to someone else's act.</summary>
    private static bool IsEndorsement(SentenceView view, PatternMatch m)
    {
        if (!m.Pattern.Cameo.StartsWith("051", StringComparison.Ordinal)) return false;
        var k = m.FirstToken - view.Sentence.FirstToken;
        // "US support for Kurdish militias and Turkey's detention of ...": a noun "support" endorses nothing of its own.
        if (view.HasTags && !view.IsTag(k, PartOfSpeech.Verb)) return false;
        var w = view.Word(k);
        return w.StartsWith("endors", StringComparison.OrdinalIgnoreCase) || w.StartsWith("back", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("support", StringComparison.OrdinalIgnoreCase) || w.StartsWith("approv", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("ratif", StringComparison.OrdinalIgnoreCase) || w.StartsWith("accept", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("adopt", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Praise, investigation, disapproval and protest: codes whose subject reacts to an act it did not do.</summary>
    private static bool IsReactionCode(string c) =>
        c.StartsWith("051", StringComparison.Ordinal) || c.StartsWith("09", StringComparison.Ordinal) || c.StartsWith("11", StringComparison.Ordinal) ||
        c.StartsWith("14", StringComparison.Ordinal);

    /// <summary>The two-digit root of a code of roots 01, 02 and 10-13, without building a string.</summary>
    private static string RootOf(string code) => code.AsSpan(0, 2) switch
    {
        "01" => "01",
        "02" => "02",
        "03" => "03",
        "10" => "10",
        "11" => "11",
        "12" => "12",
        "13" => "13",
        _ => code[..2],
    };

    private static bool IsCooperative(string code) => code[0] == '0' && code[1] is '3' or '4' or '5' or '6';

    private static bool AreOwnBareAgents(IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets)
    {
        foreach (var t in targets)
        {
            if (t.Resolution != "context") return false;
            var own = false;
            foreach (var s in sources) own |= s.Actor.Key == t.Actor.Key;
            if (!own) return false;
        }

        return true;
    }

    /// <summary>A visit, meeting, agreement, cooperation or aid whose target is the source's own state through a place, a bare agent
    /// or a sector-less mention ("Modi's visit to Chequers" after "India"): domestic, not coded. Two named sides of
    /// one state (army and rebels) do meet.</summary>
    private static bool IsSelfContact(string code, ActorSlot source, ActorSlot target)
    {
        // "Turkey, which has supported anti-Assad forces": bare fighters backed or promised help are someone else's; the
        // backer's own country is only the last one named.
        if (source.Actor.Key == target.Actor.Key && code[0] == '0' && code[1] is '3' or '5' && target.Resolution == "context" &&
            target.Actor.Sector is "REB" or "MIL")
            return true;
        if (SelfAgreement.Holds(code, source.Actor, target.Actor)) return true;
        if (source.Actor.Key != target.Actor.Key || code[0] != '0' || code[1] is not ('4' or '6' or '7')) return false;
        return target.Resolution is "place" or "context" || source.Actor.Sector is null || target.Actor.Sector is null ||
               source.Actor.Sector == target.Actor.Sector;
    }

    /// <summary>Whether the sources are several actors each named by its own mention (not bare agents given a country from context).</summary>
    private static bool IsNamedCompound(IReadOnlyList<ActorSlot> sources)
    {
        if (sources.Count < 2) return false;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].Resolution != "mention") return false;
        }

        return true;
    }

    /// <summary>An official (government, legislature, judiciary, intelligence) keyed by context acting, short of force, on
    /// the bare state of his own guessed key.</summary>
    private static bool IsBorrowedOfficial(string code, ActorSlot source, ActorSlot target, IReadOnlyList<Mention> mentions, ActorContext context)
    {
        if (source.Resolution != "context" || source.Actor.Sector is not ("GOV" or "LEG" or "JUD" or "SPY") || target.Actor.Sector is not null ||
            target.Resolution != "mention" || target.Actor.Key != source.Actor.Key || target.Mention.Start < source.Mention.End || IsViolent(code))
            return false;
        // Only a guess from the target itself: a state the document or the sentence named before the official may be his.
        var key = source.Actor.Key;
        for (var i = 0; i < context.Named.Count; i++)
        {
            if (context.Named[i].Key == key) return false;
        }

        for (var i = 0; i < mentions.Count && mentions[i].Start < source.Mention.Start; i++)
        {
            var m = mentions[i];
            if ((m.Actor?.Country ?? m.Place?.Country) == key) return false;
        }

        return true;
    }

    /// <summary>Whether this sentence already has a contact (root 04) between the same two sides.</summary>
    private static bool HasContact(List<CodedEvent> events, int from, ActorCode source, ActorCode target)
    {
        for (var i = from; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Source.Key == source.Key && e.Target?.Key == target.Key) return true;
        }

        return false;
    }

    /// <summary>Roots whose acts an attempt or aim leaves undone: contact, cooperation and material conflict short of force
    /// (04-09, 15-17). Verbal acts (01-03, 10-14) are done by trying them ("sought to reassure" reassured), and an attempted
    /// attack (18-20) is itself fighting.</summary>
    /// <summary>Force, coercion and violence (roots 15, 17 to 20).</summary>
    private static bool IsForce(string code) => code[0] == '1' && code[1] is '5' or '7' or '8' or '9' || code.StartsWith("20", StringComparison.Ordinal);

    private static bool IsAttemptable(string code) => code[0] == '0' ? code[1] >= '4' : code[0] == '1' && code[1] is >= '5' and <= '7';

    private static bool IsRepeat(List<CodedEvent> events, int from, ActorCode source, ActorCode? target, string code, Modality modality, int compoundTrigger = -1,
        int compoundTargets = -1)
    {
        for (var i = from; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Cameo != code || e.Modality != modality) continue;
            if (e.Source.Code == source.Code && (e.Target?.Code ?? "") == (target?.Code ?? "")) return true;
            // "shut down the party's headquarters and banned its meetings": the same act on the same state's side, once named
            // with its sector and once only by a pronoun's country, is one event.
            if (e.Source.Code == source.Code && target is { Sector: null } && e.Target is { Sector: not null } && e.Target.Key == target.Key) return true;
            // "Sudan's army and the paramilitary RSF both accepted ...": two sides of one state, both subjects of the same
            // word, are two actors, not one event named twice.
            if (e.Trigger.Start == compoundTrigger && e.Source.Sector is { } earlier && source.Sector is { } sector && earlier != sector) continue;
            // "talks between Sudan's army and the RSF were mediated by Saudi Arabia": so are two such sides a mediator stands
            // between (a demand of "the government and the rebels" stays one event toward the state).
            if (e.Trigger.Start == compoundTargets && e.Target?.Sector is { } earlierTarget && target?.Sector is { } targetSector &&
                earlierTarget != targetSector)
                continue;
            // Between two states one dyad is one event whatever the sectors; within one state the sectors are the sides
            // ("the army and the RSF fought each other").
            if (e.Source.Key == source.Key && (e.Target?.Key ?? "") == (target?.Key ?? "") && source.Key != target?.Key) return true;
        }

        return false;
    }

    /// <summary>"... after Haniyeh was killed in Tehran": a passive in a subordinate clause is background to the main
    /// event; without a named agent it gives no event. So does a passive whose subject is not right before it.</summary>
    private bool IsSubordinate(SentenceView view, IReadOnlyList<Mention> subject, int trigger)
    {
        if (subject.Count == 0) return true;
        // A subordinator or comma between the subject and the verb, or a distant subject: the mention found belongs
        // elsewhere, and an attacker is never invented on a guess.
        if (trigger - view.LastOf(subject[^1]) > 5) return true;
        for (var i = view.LastOf(subject[^1]) + 1; i < trigger; i++)
        {
            if (IsSubordinator(view, i) || view.Word(i) is ",") return true;
        }

        var k = view.FirstOf(subject[0]) - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && !IsSubordinator(view, k) &&
               !_words.IsPreposition(view.Word(k)))
            k--;
        return k >= 0 && IsSubordinator(view, k);
    }

    private bool IsSubordinator(SentenceView view, int k) =>
        _words.IsClauseOpener(view.Word(k)) || view.Is(k, "following") || view.Is(k, "until");

    /// <summary>"..., a charge Pakistan denied": a denial answers the accuser, the nearest other actor named before it in
    /// the sentence, else the state or organisation the document named last.</summary>
    private static ActorSlot? Accuser(string code, ActorSlot source, SentenceView view, PatternMatch match, ActorContext context,
        List<CodedEvent> events, int sentenceEvents)
    {
        if (code != "016") return null;
        // "X accused Israel of ..., in a report Israel rejected": the denial answers the accusation coded in this sentence.
        for (var e = events.Count - 1; e >= sentenceEvents; e--)
        {
            var accusation = events[e];
            if (!accusation.Cameo.StartsWith("11", StringComparison.Ordinal) || accusation.Target?.Key != source.Actor.Key) continue;
            foreach (var m in view.Mentions)
            {
                if (m.Start == accusation.Source.Start && m.Actor is { } accuser) return new ActorSlot(accuser, m, "accuser");
            }
        }

        var before = match.FirstToken - view.Sentence.FirstToken;
        for (var i = before - 1; i >= 0; i--)
        {
            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            // "AFP said the ambassador denied ...": who reports the denial is not whom it answers.
            if (m.Kind == MentionKind.Actor && m.Actor is { } a && a.Key != source.Actor.Key && (a.Country is not null || a.Org is not null) && !ActorContext.IsPress(a))
                return new ActorSlot(a, m, "accuser");
            i = view.FirstOf(m);
        }

        var named = context.Named;
        for (var i = named.Count - 1; i >= 0; i--)
        {
            if (named[i].Key != source.Actor.Key) return new ActorSlot(named[i], source.Mention, "context");
        }

        return null;
    }

    /// <summary>The last day of a month, or of the year before publication named relatively ("last year"); a year named by
    /// number ("in 2023") keeps its first day, so that a calendar year back stays background.</summary>
    // A date read one way for the past and another for the future ("in April", "on Friday") has no direction of its own.
    private static bool IsUndirected(DateExpression expression, IReadOnlyList<DateExpression> ahead)
    {
        foreach (var e in ahead)
        {
            if (e.Start == expression.Start && e.Date != expression.Date) return true;
        }

        return false;
    }

    private static DateOnly PeriodEnd(DateOnly date, DateExpression? expression) => expression switch
    {
        { Granularity: DateGranularity.Year, Rule: "last-year" } => new DateOnly(date.Year, 12, 31),
        { Granularity: DateGranularity.Month } => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        _ => date,
    };

    /// <summary>The country whose seat of government a meeting is placed in, by a venue before its noun ("a heated Oval Office
    /// meeting with", "held a Kremlin meeting with") or right after its partner ("met Xi at the Kremlin"), or null.</summary>
    private static string? HostVenue(string text, int sentenceStart, int sentenceEnd, int triggerStart, int triggerEnd, Mention partner)
    {
        var from = Math.Max(sentenceStart, triggerStart - 40);
        var to = Math.Max(triggerEnd, partner.Start);
        if (to <= from) return null;
        var before = text.AsSpan(from, to - from);
        // The venue belongs to the trigger's own phrase: cut at the punctuation before it, stop at any after it.
        var cut = before[..(triggerStart - from)].LastIndexOfAny(",;:.(");
        if (cut >= 0) before = before[(cut + 1)..];
        var stop = before.IndexOfAny(",;:(");
        if (stop >= 0) before = before[..stop];
        if (Venue(before) is { } c) return c;
        var afterEnd = Math.Min(sentenceEnd, partner.End + 30);
        if (afterEnd <= partner.End) return null;
        var after = text.AsSpan(partner.End, afterEnd - partner.End).TrimStart();
        if (!after.StartsWith("at the ", StringComparison.Ordinal) && !after.StartsWith("in the ", StringComparison.Ordinal)) return null;
        after = after[7..];
        stop = after.IndexOfAny(",;:.(");
        return Venue(stop >= 0 ? after[..stop] : after);
    }

    private static string? Venue(ReadOnlySpan<char> phrase)
    {
        if (phrase.Contains("Oval Office", StringComparison.Ordinal) || phrase.Contains("White House", StringComparison.Ordinal)) return "USA";
        if (phrase.Contains("Kremlin", StringComparison.Ordinal)) return "RUS";
        if (phrase.Contains("Downing Street", StringComparison.Ordinal)) return "GBR";
        if (phrase.Contains("Elysee", StringComparison.Ordinal) || phrase.Contains("Élysée", StringComparison.Ordinal)) return "FRA";
        return null;
    }

    private static bool IsViolent(string code) =>
        code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal);

    /// <summary>"called on Interior Minister Naqvi in Islamabad on Monday (to discuss ...)": "call on" with a named person as
    /// its object and no "to"-infinitive, "for" or "that" right after him is a courtesy call: 042 when a place follows him
    /// (the caller came to the host's seat), else 040; null when the words make an appeal.</summary>
    private static string? CourtesyCallCode(SentenceView view, PatternMatch match, IReadOnlyList<Mention> target)
    {
        var last = match.LastToken - view.Sentence.FirstToken;
        var head = match.HeadToken - view.Sentence.FirstToken;
        if (!view.Is(last, "on") || !view.Word(head).StartsWith("call", StringComparison.OrdinalIgnoreCase) || target.Count != 1 ||
            !IsNamedOfficial(target[0]) || (view.FirstOf(target[0]) != last + 1 && !(view.FirstOf(target[0]) == last + 2 && view.Is(last + 1, "the"))))
            return null;
        var k = view.LastOf(target[0]) + 1;
        // A place right after the official ("in Islamabad") is where the call was paid; what follows it is its purpose.
        var placed = (view.Is(k, "in") || view.Is(k, "at")) && k + 1 < view.Count && view.MentionAt[k + 1] is var at and >= 0 &&
                     view.Mentions[at].Kind == MentionKind.Place;
        if (placed) return "042";
        // "called on Putin on Monday to end the war": a day phrase between the official and the infinitive leaves an appeal.
        while (k < view.Count && view.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && view.MentionAt[k] < 0 &&
               (view.Is(k, "on") || view.Is(k, "late") || view.Is(k, "early") || view.Is(k, "last") || view.Is(k, "this") ||
                view.Tokens[k].Kind == TokenKind.Number || char.IsUpper(view.Word(k)[0])))
            k++;
        return view.Is(k, "to") || view.Is(k, "for") || view.Is(k, "that") || view.Is(k, "not") || view.Is(k, ",") ? null : "040";
    }

    /// <summary>A person the dictionaries know, or a title with a name after it ("Ambassador Albert Khorev"); not a body
    /// that merely has a name ("the United Nations Human Rights Council").</summary>
    private static bool IsNamedOfficial(Mention m)
    {
        var titled = false;
        for (var i = 0; i < m.Entries.Count; i++)
        {
            var entry = m.Entries[i];
            if (entry.StartsWith("person:", StringComparison.Ordinal)) return true;
            if (entry.StartsWith("org:", StringComparison.Ordinal) || entry.StartsWith("country:", StringComparison.Ordinal)) return false;
            titled |= entry.StartsWith("agent:", StringComparison.Ordinal);
        }

        // "called on the Chinese defence minister in Beijing": one official of a named state, by his title.
        return titled && (m.Actor?.Name is not null || (!m.Plural && m.Actor is { Country: not null, Sector: "GOV" or "MIL" } && ArgumentFinder.HasEntry(m, "adj:")));
    }

    /// <summary>Criticism and protest, threats, cuts in relations: acts that answer what another did (roots 11, 13, 16). Force is
    /// left out: "clashes after the curfew was ordered" is no answer to whoever ordered it.</summary>
    private static bool IsReaction(string code) =>
        code.StartsWith("11", StringComparison.Ordinal) || code.StartsWith("13", StringComparison.Ordinal) || code.StartsWith("16", StringComparison.Ordinal);

    /// <summary>The doer of the act named right after "after"/"following" later in the sentence ("after North Korea fired a
    /// missile", "after Tuesday's Israeli strike"), resolved, when it is not <paramref name="reactor"/> itself; else null.</summary>
    private IReadOnlyList<ActorSlot>? ProvokerAfter(SentenceView view, List<PatternMatch> kept, PatternMatch match, ActorSlot reactor,
        List<Mention> mentions, ActorContext context, string text, List<SentenceLocation> locations)
    {
        var after = -1;
        var last = match.LastToken - view.Sentence.FirstToken;
        for (var i = last + 1; i < view.Count && i <= last + 10; i++)
        {
            if (IsAfterWord(view, i)) { after = i; break; }
            if (view.Tokens[i].Kind == TokenKind.Punctuation && !(view.Word(i) is ",")) break;
        }

        // "A day after India put the treaty in abeyance, Pakistan warned of retaliation": an opening "after" clause.
        for (var i = 0; after < 0 && i <= 3 && i < last; i++)
        {
            if (!IsAfterWord(view, i)) continue;
            var comma = i + 1;
            while (comma < last && !(view.Word(comma) is ",")) comma++;
            if (comma < last) after = i;
        }

        if (after < 0) return null;
        foreach (var other in kept)
        {
            var first = other.FirstToken - view.Sentence.FirstToken;
            if (first <= after || first > after + 8) continue;
            var found = _arguments.Find(view, other);
            if (found.Source.Count == 0 || found.Passive || view.FirstOf(found.Source[0]) <= after || view.FirstOf(found.Source[0]) > first + 3) continue;
            // Only words of the act's own phrase between "after" and its doer ("after the group", "after Tuesday's").
            var plain = true;
            for (var k = after + 1; k < view.FirstOf(found.Source[0]); k++)
                plain &= view.Tokens[k].Kind == TokenKind.Word && view.MentionAt[k] < 0;
            if (!plain) continue;
            var doers = _slots.Resolve(found.Source, mentions, context, reactor.Actor.Country, text, locations);
            if (doers.Count > 0 && doers[0].Actor.Key != reactor.Actor.Key) return doers;
            return null;
        }

        return null;
    }

    /// <summary>Whether <paramref name="subject"/> opens an "after"/"following" clause ("after India suspended ...", "after the
    /// Philippines cut ...").</summary>
    private bool IsAfterClause(SentenceView view, IReadOnlyList<Mention> subject)
    {
        if (subject.Count == 0) return false;
        var k = view.FirstOf(subject[0]) - 1;
        if (k >= 0 && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k--;
        return IsAfterWord(view, k);
    }

    /// <summary>The source of the sentence's main act that answers the "after" clause holding <paramref name="match"/>: the
    /// first other verb match outside that clause whose subject is another actor, resolved; null when there is none.
    /// When <paramref name="victim"/>, the main act must be one only the party hit would do: force back, an appeal for aid or
    /// arms, an emergency (CAMEO 023x, 172x, roots 18-20).</summary>
    private IReadOnlyList<ActorSlot>? Reactor(SentenceView view, List<PatternMatch> kept, PatternMatch match, ActorSlot actor,
        List<Mention> mentions, ActorContext context, string text, List<SentenceLocation> locations, bool victim = false)
    {
        // The main act stands before the "after" clause, or right after the comma that closes an opening one; it answers
        // only when it is itself conflictual ("closed its airspace", "warned"), not "agreed ... after the UK leaves the bloc".
        var start = match.FirstToken - view.Sentence.FirstToken;
        var after = start;
        while (after > 0 && !IsAfterWord(view, after)) after--;
        var end = start;
        while (end < view.Count && !(view.Word(end) is "," or ";")) end++;
        // "Israel struck Lebanon after ...": a short main clause before "after" is no opening clause.
        var opening = after <= 3;
        foreach (var other in kept)
            opening &= other.Pattern.Kind != TriggerKind.Verb || other.FirstToken - view.Sentence.FirstToken >= after;
        foreach (var other in kept)
        {
            if (other.FirstToken == match.FirstToken || other.Pattern.Kind != TriggerKind.Verb) continue;
            var local = other.FirstToken - view.Sentence.FirstToken;
            if (opening ? local <= end : local >= after) continue;
            if (victim ? !IsVictimAnswer(other.Pattern.Cameo) : other.Pattern.Cameo[0] != '1' && !other.Pattern.Cameo.StartsWith("20", StringComparison.Ordinal)) return null;
            var found = _arguments.Find(view, other);
            if (!found.How.StartsWith("subject", StringComparison.Ordinal) || found.Passive || found.Source.Count == 0 || IsAfterClause(view, found.Source)) continue;
            var answering = _slots.Resolve(found.Source, mentions, context, actor.Actor.Country, text, locations);
            if (victim && (answering.Count != 1 || answering[0].Actor.Country is not { } hit || hit == actor.Actor.Country)) return null;
            return answering.Count > 0 && answering[0].Actor.Key != actor.Actor.Key ? answering : null;
        }

        return null;
    }

    /// <summary>"after" or "following", the words that open a clause an act answers.</summary>
    private static bool IsAfterWord(SentenceView view, int i) => view.Is(i, "after") || view.Is(i, "following");

    private static bool IsVictimAnswer(string code) =>
        code.StartsWith("023", StringComparison.Ordinal) || code.StartsWith("172", StringComparison.Ordinal) || IsViolent(code);

    /// <summary>195 when the words of the clause before the verb at <paramref name="verb"/> name aircraft or drones, 194 when they
    /// name only missiles, rockets or artillery, else null; stops at punctuation and at a word that opens a clause.</summary>
    private static string? SubjectWeapon(SentenceView view, int verb)
    {
        var missile = false;
        for (var i = verb - 1; i >= 0 && i >= verb - 10; i--)
        {
            if (view.Tokens[i].Kind == TokenKind.Punctuation) break;
            var w = view.Word(i);
            if (w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("when", StringComparison.OrdinalIgnoreCase) || w.Equals("that", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("while", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("since", StringComparison.OrdinalIgnoreCase))
                break;
            if (w.StartsWith("drone", StringComparison.OrdinalIgnoreCase) || w.StartsWith("warplane", StringComparison.OrdinalIgnoreCase) ||
                // Not "bombers": suicide bombers are no aircraft.
                w.StartsWith("airstrike", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("jets", StringComparison.OrdinalIgnoreCase) || w.Equals("aircraft", StringComparison.OrdinalIgnoreCase) ||
                w.StartsWith("helicopter", StringComparison.OrdinalIgnoreCase) || w.StartsWith("gunship", StringComparison.OrdinalIgnoreCase))
                return "195";
            if (w.StartsWith("missile", StringComparison.OrdinalIgnoreCase) || w.StartsWith("rocket", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("artillery", StringComparison.OrdinalIgnoreCase) || w.Equals("shells", StringComparison.OrdinalIgnoreCase))
                missile = true;
        }

        return missile ? "194" : null;
    }

    /// <summary>"vowed to expand the military operation": a noun trigger that is the object of an infinitive ("to" and a verb
    /// at most three words before it), so a vow or pledge governing that "to" governs the noun's act too.</summary>
    private static bool IsInfinitiveObject(SentenceView view, int first)
    {
        for (var j = Math.Max(0, first - 4); j < first - 1; j++)
        {
            if (view.Is(j, "to") && view.MentionAt[j + 1] < 0 && view.IsTag(j + 1, PartOfSpeech.Verb)) return true;
        }

        return false;
    }

    /// <summary>Whether every source is a state or its government or armed forces (no organisation, no rebels or civilians).</summary>
    private static bool IsStateForce(IReadOnlyList<ActorSlot> sources) => AllOfState(sources, static sector => sector is null or "GOV" or "MIL");

    // A state's government, forces, police, intelligence or courts, and nothing else.
    /// <summary>Whether "across the border" follows the mention within four words ("militant hideouts across the border").</summary>
    private static bool IsAcrossTheBorder(SentenceView view, Mention m)
    {
        var end = view.LastOf(m);
        for (var k = end + 1; k < view.Count - 2 && k <= end + 4; k++)
        {
            if (view.Is(k, "across") && view.Is(k + 1, "the") && view.Is(k + 2, "border")) return true;
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
        }

        return false;
    }

    /// <summary>Whether every source is named as hackers ("Hackers linked to ...", "Chinese hackers").</summary>
    private static bool IsHackers(IReadOnlyList<ActorSlot> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (!ArgumentFinder.HasEntry(sources[i].Mention, "agent:hacker")) return false;
        }

        return sources.Count > 0;
    }

    private static bool IsStateAuthority(IReadOnlyList<ActorSlot> sources) =>
        AllOfState(sources, static sector => sector is null or "GOV" or "MIL" or "COP" or "SPY" or "JUD");

    // Every slot a state's own (no organisation), in a sector that the predicate accepts; false when there are none.
    private static bool AllOfState(IReadOnlyList<ActorSlot> slots, Func<string?, bool> sector)
    {
        if (slots.Count == 0) return false;
        foreach (var s in slots)
        {
            if (s.Actor.Country is null || s.Actor.Org is not null || !sector(s.Actor.Sector)) return false;
        }

        return true;
    }

    // Rebels, insurgents or a non-state armed organisation's members.
    // Every target a business, or an owner named by "X-owned", "X-run" or "X-operated" ("a Canadian-owned gold mine").
    private static bool IsOwnedProperty(string text, IReadOnlyList<ActorSlot> targets)
    {
        if (targets.Count == 0) return false;
        foreach (var t in targets)
        {
            var after = text.AsSpan(t.Mention.End);
            if (t.Actor.Sector != "BUS" && !after.StartsWith("-owned", StringComparison.OrdinalIgnoreCase) &&
                !after.StartsWith("-run", StringComparison.OrdinalIgnoreCase) && !after.StartsWith("-operated", StringComparison.OrdinalIgnoreCase))
                return false;
        }

        return true;
    }

    private static bool IsArmedGroup(IReadOnlyList<ActorSlot> targets)
    {
        if (targets.Count == 0) return false;
        foreach (var t in targets)
        {
            if (t.Actor.Sector != "REB") return false;
        }

        return true;
    }

    /// <summary>Appeals, promises, demands, refusals and threats: acts said to someone (CAMEO roots 02, 03, 10, 12, 13).</summary>
    private static bool IsAddressedAct(string code) =>
        code.StartsWith("02", StringComparison.Ordinal) || code.StartsWith("03", StringComparison.Ordinal) || code.StartsWith("10", StringComparison.Ordinal) ||
        code.StartsWith("12", StringComparison.Ordinal) || code.StartsWith("13", StringComparison.Ordinal);

    /// <summary>The partner of a call or meeting the sentence sets its speaker in ("in a phone call with Lavrov",
    /// "during talks with Erdogan"), or of the meeting verb the speaker's verb is coordinated with ("met Macron and urged
    /// ..." when <paramref name="coordinated"/>), resolved; null when there is none or the meeting is another actor's.</summary>
    private IReadOnlyList<ActorSlot>? MeetingPartner(SentenceView view, List<PatternMatch> kept, PatternMatch match, bool coordinated, ActorSlot speaker,
        List<Mention> mentions, ActorContext context, string text, List<SentenceLocation> locations)
    {
        foreach (var other in kept)
        {
            if (other.FirstToken == match.FirstToken || !other.Pattern.Cameo.StartsWith("04", StringComparison.Ordinal)) continue;
            var verb = other.Pattern.Kind == TriggerKind.Verb;
            if (verb && (!coordinated || other.LastToken >= match.FirstToken)) continue;
            var found = _arguments.Find(view, other);
            if ((verb ? found.How != "subject" || found.Passive : found.How != "during-subject") || found.Target.Count == 0) continue;
            var callers = _slots.Resolve(found.Source, mentions, context, null, text, locations);
            if (callers.Count == 0 || callers[0].Actor.Key != speaker.Actor.Key) continue;
            var partner = _slots.Resolve(found.Target, mentions, context, speaker.Actor.Country, text, locations);
            if (partner.Count > 0) return partner;
        }

        return null;
    }

    /// <summary>Granting asylum, arrest or detention and deportation: acts only a state does (CAMEO 075, 173, 174).</summary>
    /// <summary>The state of an opposition actor (sector OPP) named as the only victim, as a source slot; null otherwise.</summary>
    // A former leader (ELI) is held to his own state only when arrested, jailed or charged: one granted asylum or expelled is abroad.
    private static ActorSlot? StateOfOpposition(IReadOnlyList<ActorSlot> victims, string code) =>
        victims.Count == 1 && victims[0].Actor is { Country: { } c, Org: null } a &&
        (a.Sector == "OPP" || (a.Sector == "ELI" && (code.StartsWith("173", StringComparison.Ordinal) || code.StartsWith("115", StringComparison.Ordinal))))
            ? new ActorSlot(new ActorCode(c, c, null, null, null), victims[0].Mention, "location")
            : null;

    private static bool IsStateCustody(string code) => code.StartsWith("075", StringComparison.Ordinal) || code.StartsWith("173", StringComparison.Ordinal) ||
                                                       code.StartsWith("174", StringComparison.Ordinal);

    /// <summary>Whether the last of <paramref name="subject"/> stands at most four words before the verb at <paramref name="first"/>
    /// with nothing but words between ("A French tourist was arrested", not "..., who taught in Germany, has been jailed").</summary>
    private static bool IsRightBefore(SentenceView view, IReadOnlyList<Mention> subject, int first)
    {
        if (subject.Count == 0) return false;
        var end = view.LastOf(subject[^1]);
        if (end >= first || first - end > 5) return false;
        for (var k = end + 1; k < first; k++)
        {
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word) return false;
        }

        return true;
    }

    /// <summary>The state of a place set after the trigger within a few words of it in its clause ("granted asylum in
    /// Moscow", "arrested on Monday in Tehran"), as an actor slot on that place's mention; null when there is none.</summary>
    private static ActorSlot? StateOfPlaceAfter(SentenceView view, List<SentenceLocation> locations, int last)
    {
        for (var i = last + 1; i < view.Count && i <= last + 6 && view.Clause[i] == view.Clause[last]; i++)
        {
            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            foreach (var l in locations)
            {
                if (l.Start == m.Start) return new ActorSlot(new ActorCode(l.Country, l.Country, null, null, null), m, "location");
            }
        }

        return null;
    }

    /// <summary>"X was shot dead in Nara": an attacker the text does not name is keyed to the country where the attack
    /// happened, else to the victim's own (EVAL conventions: unidentified attackers belong to where they act).</summary>
    private static IReadOnlyList<ActorSlot> UnknownAttacker(IReadOnlyList<ActorSlot> victims, List<SentenceLocation> locations)
    {
        if (victims.Count == 0) return [];
        var victim = victims[0];
        string? country = null;
        var distance = int.MaxValue;
        foreach (var l in locations)
        {
            var d = Math.Abs(l.Start - victim.Mention.Start);
            if (d < distance) (country, distance) = (l.Country, d);
        }

        // Without a place, only a victim the text names outright says where it happened ("Former Japanese PM Abe"); victims of
        // several states ("British, US and Japanese hostages were murdered") say nothing of it.
        country ??= victim.Resolution == "mention" && AllOfOneState(victims) ? victim.Actor.Country : null;
        return country is null ? [] : [new ActorSlot(new ActorCode(country, country, null, null, null), victim.Mention, "location")];
    }

    private static bool AllOfOneState(IReadOnlyList<ActorSlot> slots)
    {
        for (var i = 1; i < slots.Count; i++)
        {
            if (slots[i].Actor.Country != slots[0].Actor.Country) return false;
        }

        return true;
    }

    /// <summary>"Taiwan protested": a state named by its name or capital as the subject (not "supporters in Bangladesh") acts
    /// as a state, whose protest is addressed to another state, never to itself.</summary>
    private static bool IsBareStateSubject(ActorSlot source, SentenceView view) =>
        source.Actor.Sector is null && source.Resolution == "mention" &&
        (ArgumentFinder.HasEntry(source.Mention, "country:") || ArgumentFinder.HasEntry(source.Mention, "capital:")) &&
        view.FirstOf(source.Mention) is var first && first >= 0 && first < view.Count &&
        !(first > 0 && (view.IsTag(first - 1, PartOfSpeech.Preposition) || view.Is(first - 1, "in") || view.Is(first - 1, "of") ||
                        view.Is(first - 1, "throughout") || view.Is(first - 1, "across")));

    /// <summary>"US and British activists staged a protest in Beijing": a protest with no addressee held in another country's
    /// place ("in", "at", "outside" right after the trigger, in its clause) faces that country's government, not the protesters' own.</summary>
    private static ActorSlot? ProtestHost(string code, ActorSlot source, SentenceView view, PatternMatch match)
    {
        if (!code.StartsWith("14", StringComparison.Ordinal) || source.Actor is not { Country: { } own, Org: null }) return null;
        var last = match.LastToken - view.Sentence.FirstToken;
        var clause = view.Clause[last];
        for (var i = last + 1; i < view.Count && i <= last + 3 && view.Clause[i] == clause; i++)
        {
            if (!(view.Is(i, "in") || view.Is(i, "at") || view.Is(i, "outside"))) continue;
            var k = view.Is(i + 1, "the") ? i + 2 : i + 1;
            if (k >= view.Count || view.MentionAt[k] < 0) return null;
            var m = view.Mentions[view.MentionAt[k]];
            if (m.Kind != MentionKind.Place || m.Place?.Country is not { } host || host == own) return null;
            return new ActorSlot(new ActorCode(host + "GOV", host, null, "GOV", null), m, "place");
        }

        return null;
    }

    /// <summary>The source's own country as the target of an act that is domestic by nature when the text names no
    /// other party: protests, strikes and threats of them face the home government; emergencies, bans, police
    /// build-ups, concessions and the lifting of curfews or emergencies by a government face its own people (dev-README: domestic targets X->X).</summary>
    private static ActorSlot? DomesticTarget(string code, ActorSlot source, SentenceView view)
    {
        if (source.Actor is not { Country: { } country, Org: null } actor) return null;
        var state = ActorCode.IsStateSector(actor.Sector);
        string? sector;
        if (code.StartsWith("14", StringComparison.Ordinal) || code.StartsWith("133", StringComparison.Ordinal) || code.StartsWith("082", StringComparison.Ordinal))
        {
            // "Taiwan protested": a state named by its name or capital protests to another state, never to itself.
            if (state || IsBareStateSubject(source, view)) return null;
            sector = "GOV";
        }
        else if (code.StartsWith("172", StringComparison.Ordinal) || code.StartsWith("153", StringComparison.Ordinal) ||
                 code.StartsWith("083", StringComparison.Ordinal) || code.StartsWith("081", StringComparison.Ordinal))
        {
            // "Georgia's ruling party withdrew the bill": a party's concession faces its own country, as a government's does.
            if (!state && actor.Sector is not null && !(actor.Sector is "PTY" && code.StartsWith("083", StringComparison.Ordinal))) return null;
            sector = null;
        }
        else
        {
            return null;
        }

        return new ActorSlot(new ActorCode(country + sector, country, null, sector, null), source.Mention, "domestic");
    }

    private static double Confidence(ActorSlot source, ActorSlot? target, Arguments args)
    {
        var c = 0.9 * source.Trust * (target?.Trust ?? 0.85);
        if (args.Passive) c *= 0.95;
        if (args.How is "participle-subject" or "modifier") c *= 0.9;
        return Math.Round(Math.Clamp(c, 0, 0.99), 2);
    }

    /// <summary>Places and bare countries introduced by a preposition of location, up to five words back
    /// ("in the northern city of Arras", "inside Iran's ...", "in Butler, Pennsylvania").</summary>
    private static List<SentenceLocation> Locations(SentenceView view, List<SentenceLocation> found)
    {
        found.Clear();
        var mentions = view.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var country = m.Kind == MentionKind.Place ? m.Place?.Country
                : m.Kind == MentionKind.Actor && m.Actor is { Sector: null, Org: null } a ? a.Country : null;
            // "killed in Israeli shelling": a demonym after "in" qualifies a noun; it is no place, unless it names the country of
            // a place kind whose own name the gazetteer lacks ("in the Somali region of Lower Shabelle").
            if (country is null || (ArgumentFinder.IsBareDemonym(m) && !IsUnnamedPlaceOf(view, m))) continue;
            var reach = 5;
            for (var k = view.FirstOf(m) - 1; k >= 0 && k >= view.FirstOf(m) - reach; k--)
            {
                // "outside the Iraqi city of Basra": a demonym on the place's own kind noun does not end its phrase, and the
                // phrase may reach one word further ("outside of the Iraqi city of Basra", "in the southern Iraqi city of").
                if (view.MentionAt[k] >= 0 && view.MentionAt[k] != view.MentionAt[view.FirstOf(m)])
                {
                    if (ArgumentFinder.IsBareDemonym(view.Mentions[view.MentionAt[k]]) && IsPlaceKindNoun(view, k + 1))
                    {
                        reach = 6;
                        continue;
                    }

                    break;
                }

                if (view.Is(k, "in") || view.Is(k, "at") || view.Is(k, "near") || view.Is(k, "across") || view.Is(k, "inside") ||
                    view.Is(k, "outside") || view.Is(k, "throughout") || view.Is(k, "around") || view.Is(k, "within"))
                {
                    found.Add(new SentenceLocation(m.Start, country));
                    break;
                }

                if (view.Tokens[k].Kind != TokenKind.Word && !(view.Word(k) is ",")) break;
            }
        }

        return found;
    }

    /// <summary>Whether an actor is named in the noun match or in the two words before it ("a US-led bombing", "Israeli shelling"):
    /// such a weapon or attack noun has an owner of its own and is coded as its own event.</summary>
    private static bool IsOwnedNoun(SentenceView view, PatternMatch noun)
    {
        var first = noun.FirstToken - view.Sentence.FirstToken;
        var last = noun.LastToken - view.Sentence.FirstToken;
        for (var k = Math.Max(0, first - 2); k <= last; k++)
        {
            if (view.MentionAt[k] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]])) return true;
        }

        return false;
    }

    /// <summary>"the Somali region of Lower Shabelle", "the northern Nigerian town of Gwoza": a demonym on a place kind noun whose
    /// "of" is followed by no place or country the gazetteer knows: the demonym is the only word that says where it is.</summary>
    private static bool IsUnnamedPlaceOf(SentenceView view, Mention demonym)
    {
        var k = view.LastOf(demonym) + 1;
        if (!IsPlaceKindNoun(view, k) || !view.Is(k + 1, "of") || k + 2 >= view.Count) return false;
        return view.MentionAt[k + 2] < 0 && view.Tokens[k + 2].Kind == TokenKind.Word && char.IsUpper(view.Word(k + 2)[0]);
    }

    /// <summary>"city", "town", "village", "province", "enclave" ...: the kind of place a name after "the Iraqi city of" is.</summary>
    internal static bool IsPlaceKindNoun(SentenceView view, int k) =>
        view.Is(k, "city") || view.Is(k, "town") || view.Is(k, "village") || view.Is(k, "province") || view.Is(k, "region") || view.Is(k, "capital") ||
        view.Is(k, "port") || view.Is(k, "district") || view.Is(k, "state") || view.Is(k, "enclave") || view.Is(k, "island") || view.Is(k, "county");

    private static PlaceRef? FindLocation(SentenceView view)
    {
        var mentions = view.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind != MentionKind.Place || m.Place is null) continue;
            var k = view.FirstOf(m) - 1;
            if (view.Is(k, "in") || view.Is(k, "at") || view.Is(k, "near")) return m.Place;
        }

        return null;
    }

    private CodedEvent Build(SegmentedDocument doc, Sentence sentence, int n, ActorSlot source, ActorSlot? target, string code,
        EventPattern pattern, Arguments args, ModalityCue cue, TriggerRef trigger, DateOnly? date, DateBasis basis,
        PlaceRef? location, double confidence)
    {
        var known = _ontology.TryGet(code, out var cameo);
        var entries = DistinctEntries(source.Mention.Entries, target?.Mention.Entries, pattern.Id);
        return new CodedEvent
        {
            Id = $"{doc.Document.Id}:{sentence.Index}:{n}",
            DocId = doc.Document.Id,
            Sentence = sentence.Index,
            Date = date,
            DateBasis = basis,
            Source = ToRef(doc.Text, source),
            Target = target is null ? null : ToRef(doc.Text, target),
            Cameo = code,
            Goldstein = known ? cameo!.Goldstein : 0,
            QuadClass = known ? cameo!.QuadClass : 0,
            Plover = _ontology.ToPlover(code, pattern.Contexts) is { } plover ? WithPatternMode(plover, pattern, args, code) : null,
            Modality = cue.Modality,
            Trigger = trigger,
            Location = location,
            Confidence = confidence,
            Rule = $"{pattern.Id}/{args.How}",
            Entries = entries,
        };
    }

    /// <summary>The PLOVER coding of the code with the pattern's own mode, if it has one.</summary>
    private static PloverCoding WithPatternMode(PloverCoding plover, EventPattern pattern, Arguments args, string code)
    {
        // A delivery coded from an arrival pattern is no visit.
        if (pattern.PloverMode is not { } mode || args.How is "subject-supplied-arms" or "subject-supplied" or "subject-launched") return plover;
        // A mode only another type has names that type for the act the pattern itself codes: a resignation is CAMEO 0831
        // (accede to demands for a change of leadership, CONCEDE) but PLOVER RETREAT 'resign'; an announced or refused
        // act keeps its own code's type.
        if (!PloverLabels.IsMode(plover.Type, mode) && code == pattern.Cameo && PloverLabels.OnlyTypeWith(mode) is { } type)
            return plover with { Type = type, Mode = mode };
        return plover with { Mode = mode };
    }

    /// <summary>The source's, the target's and the pattern's entry ids, each once, in that order (as Distinct gave them).</summary>
    private static string[] DistinctEntries(IReadOnlyList<string> source, IReadOnlyList<string>? target, string pattern)
    {
        var count = source.Count + (target?.Count ?? 0) + 1;
        var buffer = System.Buffers.ArrayPool<string>.Shared.Rent(count);
        var n = 0;
        for (var i = 0; i < source.Count; i++) AddOnce(buffer, ref n, source[i]);
        if (target is not null)
        {
            for (var i = 0; i < target.Count; i++) AddOnce(buffer, ref n, target[i]);
        }

        AddOnce(buffer, ref n, pattern);
        var result = buffer.AsSpan(0, n).ToArray();
        System.Buffers.ArrayPool<string>.Shared.Return(buffer, clearArray: true);
        return result;
    }

    private static void AddOnce(string[] buffer, ref int n, string entry)
    {
        for (var i = 0; i < n; i++)
        {
            if (string.Equals(buffer[i], entry, StringComparison.Ordinal)) return;
        }

        buffer[n++] = entry;
    }

    private static ActorRef ToRef(string text, ActorSlot slot)
    {
        var a = slot.Actor;
        return new ActorRef(a.Code, a.Country, a.Org, a.Sector, a.Name, text[slot.Mention.Start..slot.Mention.End], slot.Mention.Start, slot.Mention.End);
    }
}

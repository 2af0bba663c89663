using Entente.Dictionaries;
using Entente.Model;
using Entente.Syntax;
using Entente.Text;

namespace Entente.Coding;

/// <summary>Finds the mentions that fill the source and target of a pattern match, from shallow syntax:
/// subject to the left in the clause, object or prepositional object to the right, "between X and Y",
/// possessives and "of" phrases for nominal triggers, passives with "by".</summary>
public sealed class ArgumentFinder
{
    private const int ObjectWindow = 8;
    private readonly WordSets _words;
    private readonly StrikeQuantity _strikeQuantity;
    private readonly UnderAttack _underAttack;

    /// <summary>Creates a finder over the shared word sets.</summary>
    public ArgumentFinder(WordSets words)
    {
        _words = words;
        _strikeQuantity = new StrikeQuantity(words);
        _underAttack = new UnderAttack(words);
    }

    /// <summary>The arguments of <paramref name="match"/>; <paramref name="previous"/> are the arguments of the
    /// sentence's previous verb, whose subject a coordinated verb shares ("X rejected Y and vowed to ..."), and
    /// <paramref name="previousCode"/> the code of that verb's pattern ("" when none).</summary>
    public Arguments Find(SentenceView view, PatternMatch match, Arguments? previous = null, string previousCode = "")
    {
        ArgumentNullException.ThrowIfNull(view);
        var first = match.FirstToken - view.Sentence.FirstToken;
        var last = match.LastToken - view.Sentence.FirstToken;
        var head = match.HeadToken - view.Sentence.FirstToken;
        var pattern = match.Pattern;

        // "for the victims of the Army Public School massacre": a remembered event, not one the sentence reports.
        if (pattern.Kind == TriggerKind.Noun && IsRemembered(view, first)) return new Arguments([], [], Reciprocal: false, Passive: false, "background-phrase");

        // "meeting between X and Y", "talks among X, Y and Z": every participant, both directions.
        if (pattern.Reciprocal && (BetweenBeforeHead(view, first, head) is var innerBetween and >= 0 ? innerBetween : FindBetween(view, last)) is var between and >= 0)
        {
            var members = GroupRight(view, between + 1, allowPreposition: false);
            // "fighting between the neighbours": one collective names both sides.
            if (members.Count >= 2 || (members.Count == 1 && members[0].Kind == MentionKind.Collective))
                return new Arguments(members, [], Reciprocal: true, Passive: false, "between", Couples(view, members));
            // "civilians were killed in clashes between Montenegrin forces and Russian-backed separatists": the phrase names the
            // sides; with only one of them known, the clause's subject (the victims) is not the other.
            if (pattern.Kind == TriggerKind.Noun && members.Count == 1) return new Arguments([], [], Reciprocal: false, Passive: false, "between-one-side");
        }

        var headline = pattern.Kind == TriggerKind.Verb && !IsPassive(view, head) && IsHeadlineStateAct(view, pattern, first, head, last);
        var reduced = pattern.Kind == TriggerKind.Verb && !IsPassive(view, head) && (IsReducedPassive(view, first, head, last) || headline);
        var passive = pattern.Kind == TriggerKind.Verb && (reduced || IsPassive(view, head));
        List<Mention> source;
        List<Mention> target;
        string how;
        if (pattern.SourceAfterTrigger || pattern.TargetBeforeTrigger)
        {
            (source, target, how) = ImportedFrame(view, pattern, first, head, last);
            if (pattern.TargetBeforeTrigger && IsCommaParticiple(view, first, head) && previous is { Source.Count: > 0 } &&
                Without([.. previous.Source], source) is { Count: > 0 } doer)
            {
                // "Kosovo police raided offices in the north, drawing condemnation from Belgrade": the participle's subject is
                // the main verb's, not the nearest name before the comma.
                target = doer;
                how = "participle-frame";
            }
        }
        else if (passive)
        {
            // A reduced passive qualifies the noun right before it ("civilians killed by ..."); "a summit hosted by India" has no actor.
            // "Tanks donated by Poland arrived in ...": the things given are no recipient.
            // "workers kidnapped in Pakistan were freed by the army": a later by-phrase is the clause verb's, not the participle's.
            // "Two Britons arrested in Iran by the Revolutionary Guards": a headline's only participle owns a later by-phrase.
            var placed = reduced && !view.Is(last + 1, "by") && !(headline && FindWord(view, last + 1, "by", view.Clause[last]) >= 0);
            target = reduced
                ? (view.MentionAt[first - 1] >= 0 && view.Mentions[view.MentionAt[first - 1]] is var qualified && SentenceView.IsActorLike(qualified) &&
                   !(IsEquipment(qualified) && pattern.Cameo.StartsWith("07", StringComparison.Ordinal))
                    ? GroupLeft(view, first - 1, view.Clause[first]) : placed ? OpeningActors(view, first - 1) : [])
                : GroupLeft(view, first - 1, view.Clause[first]);
            // "Aid workers kidnapped by al-Shabaab were freed by ...": the subject, not the agent of the participle qualifying it.
            if (target.Count > 0 && !reduced && ReducedRelative(view, first) is ({ Count: > 0 } passiveHead, _, _)) target = passiveHead;
            // "Chinese workers kidnapped in Pakistan were freed by ...": the place a participle puts the subject in is not it.
            else if (target.Count > 0 && !reduced && PlacedSubject(view, target, first) is { Count: > 0 } placedHead) target = placedHead;
            // "Kenya's offer to lead the Haiti mission was praised by Washington": a reaction to an act is aimed at the state that
            // owns it, not at a name in the act's complement; so is an inquiry ("Iran's nuclear activities are being investigated
            // by the IAEA" investigates Iran).
            if (!reduced && (IsReaction(pattern.Cameo) || pattern.Cameo.StartsWith("09", StringComparison.Ordinal)) && OpeningPossessor(view, first) is [var possessor] &&
                target.TrueForAll(t => t.Kind == MentionKind.Actor && t.Actor is { } named && named.Key != possessor.Actor?.Key)) target = [possessor];
            // "the rebels, who were driven out by ...": the relative pronoun's antecedent is the passive's subject.
            if (target.Count == 0 && !reduced) target = RelativeAntecedent(view, first);
            // "A proposal by Egypt for a truce was rejected by Hamas": a reaction whose subject is an act with a by-phrase is
            // aimed at that act's doer.
            if (target.Count == 0 && !reduced && IsReaction(pattern.Cameo) && first >= 1 && _words.IsBe(view.Word(first - 1)))
            {
                // "The coup in Niger was condemned by ...", "Israel's ban on UNRWA was condemned by ...": its owner or place.
                target = NominalSubjectAgent(view, first - 1) is { Count: > 0 } doer ? doer
                    : JudgedSubject.Find(view, _words, first - 1) is { } judged ? [judged] : [];
            }
            // "killed by a roadside bomb planted by PKK militants": the first "by" may name an instrument, a later one the agent.
            source = [];
            // "killed in a clash between Assad's forces and a Kurdish force supported by US advisers": the sponsor of a group named
            // after the act is not its agent; its fire is ("an assault on a Kurdish base backed by US airpower").
            for (var by = placed ? -1 : FindWord(view, last + 1, "by", view.Clause[last]); by >= 0 && source.Count == 0; by = FindWord(view, by + 1, "by", view.Clause[last]))
            {
                if (by > last + 1 && SlotResolver.IsBackingParticiple(view.Word(by - 1)) && !NamesFireAfter(view, by)) continue;
                source = GroupRight(view, SkipAdjectivesRight(view, by + 1), allowPreposition: false);
            }

            // "was accused by rights groups of using chemical weapons": a pattern's gap may have taken the by-phrase in.
            for (var by = FindWord(view, head + 1, "by", view.Clause[head]); source.Count == 0 && by >= 0 && by < last; by = FindWord(view, by + 1, "by", view.Clause[head]))
                source = GroupRight(view, SkipAdjectivesRight(view, by + 1), allowPreposition: false);
            // "pounded by a barrage of Russian missiles": the quantity's "of" phrase names whose the weapons are.
            for (var by = placed ? -1 : FindWord(view, head + 1, "by", view.Clause[head]); source.Count == 0 && by >= 0; by = FindWord(view, by + 1, "by", view.Clause[head]))
            {
                if (_strikeQuantity.AgentStart(view, by) is var of and >= 0) source = GroupRight(view, SkipAdjectivesRight(view, of), allowPreposition: false);
            }

            // "Kharkiv was pounded by ...": the place a strike falls on is its target when no party is the subject.
            if (target.Count == 0 && !reduced && IsViolentCode(pattern.Cameo) && _strikeQuantity.PlaceSubject(view, first) is { } struck) target = [struck];
            // "Ukraine's energy grid was hit by Russian drones": the state owning the struck thing is the target.
            if (target.Count == 0 && !reduced && IsViolentCode(pattern.Cameo)) target = PossessorOfSubject(view, _words.IsBe(view.Word(first)) ? first : first - 1);
            // "The Taliban's ban on girls' schooling was criticised by the UN": a disapproval of an act is aimed at its owner.
            if (target.Count == 0 && !reduced && IsDisapproval(pattern.Cameo)) target = OpeningPossessor(view, first);
            how = source.Count > 0 ? "passive" : "passive-agentless";
            if (source.Count == 0 && DispatchedForces.Holds(view, pattern, first, last, target))
            {
                // "Troops were sent to the border with X": the forces' side sends them; where they go is the target.
                source = target;
                target = FindTarget(view, pattern, head, last);
                if (target.Count == 0 && DispatchedForces.BorderWith(view, last) is var partner and >= 0) target = GroupRight(view, partner, allowPreposition: false);
                how = "passive-forces";
            }
            if (source.Count == 0 && InstrumentOwner(view, last) is { } owner)
            {
                // "were killed in Israeli tank shelling": the attack's owner, named by the adjective on the weapon, is the agent.
                source = [owner];
                how = "passive-instrument";
            }
            if (source.Count == 0 && IsRemoval(pattern.Cameo) && FindWord(view, last + 1, "from", view.Clause[last], maxDistance: 4) is var from and >= 0)
            {
                // "was extradited from the United States to India", "was expelled from Norway": the state a person or body is
                // sent away from is the one acting; a "to" phrase names the receiving state, else the subject is the target.
                source = GroupRight(view, from + 1, allowPreposition: false);
                if (source.Count > 0)
                {
                    how = "passive-from";
                    var to = FindWord(view, view.LastOf(source[^1]) + 1, "to", view.Clause[last], maxDistance: 3);
                    if (to >= 0 && GroupRight(view, to + 1, allowPreposition: false, allowPlaces: true) is { Count: > 0 } receiver) target = receiver;
                }
            }
            if (source.Count == 0 && pattern.Reciprocal && BetweenBefore(view, first) is var before and >= 0)
            {
                // "A trade agreement between India and Britain was signed": the parties are in the subject phrase.
                var parties = GroupRight(view, before + 1, allowPreposition: false);
                if (parties.Count >= 2) return new Arguments(parties, [], Reciprocal: true, Passive: true, "passive-between");
            }
        }
        else if (pattern.Kind == TriggerKind.Noun && GerundObject(view, first, last) is { Count: > 0 } gerundObject)
        {
            // "After meeting Erdogan in Ankara, Zelensky flew to Brussels": the "-ing" word is a verb with its object; its
            // subject is the main clause's.
            source = view.Clause[first] == 0 && IsIntroductory(view) ? SubjectAfterClause(view, 0) : ClauseSubject(view, view.Clause[first], first);
            target = Without(gerundObject, source);
            how = "gerund-subject";
        }
        else if (pattern.Kind == TriggerKind.Noun && pattern.Cameo.StartsWith("057", StringComparison.Ordinal) && SignedBy(view, last) is { Count: >= 2 } signers)
        {
            // "The agreement, signed by Iran and Saudi Arabia in Beijing, ...": the parties that signed an accord are its sides,
            // each toward the other.
            return new Arguments(signers, [], Reciprocal: true, Passive: true, "signed-by");
        }
        else if (pattern.Kind == TriggerKind.Noun)
        {
            (source, how) = NounSource(view, pattern, first, head, last, previous);
            if (source.Count == 0 && PassiveLightVerb.AgentStart(view, last, _words) is >= 0 and var doerAt &&
                GroupRight(view, SkipAdjectivesRight(view, doerAt), allowPreposition: false) is { Count: > 0 } lightDoer)
            {
                // "An apology to Ireland was offered by the British government": the passive light verb's agent does the act its
                // subject noun names.
                (source, how) = (lightDoer, "passive-light-verb");
            }

            // "A military spokesman said the bombing wounded 20": the speaker reports the bombing; its doer is not named.
            if (IsReportedEvent(view, pattern, how, source, first))
                return new Arguments([], [], Reciprocal: false, Passive: false, "reported-event");
            target = FindTarget(view, pattern, head, last);
            if (target.Count == 0 && IsViolentCode(pattern.Cameo) && _underAttack.ComeBefore(view, first) is var come and >= 0)
            {
                // "Kyiv came under a Russian drone attack": the one coming under the attack is its target.
                target = Without(GroupLeft(view, come - 1, view.Clause[come]), source);
                if (target.Count == 0 && _strikeQuantity.PlaceSubject(view, come) is { } place) target = [place];
            }

            if (target.Count == 0 && pattern.PloverMode == "phone" && how == "during-subject" && source.Count > 0)
            {
                // "In a phone call on Monday, Macron told Netanyahu ...": the person the caller addresses is the other party.
                target = Without(AddresseeAfter(view, source[^1]), source);
                if (target.Count == 0 && TellerBefore(view, first) is ({ } teller, { } told))
                {
                    // "The Kremlin said Putin had told Erdogan in a phone call that ...": the call is the teller's with the told.
                    source = [teller];
                    target = [told];
                }
            }

            if (target.Count == 0 && pattern.PloverMode == "visit" && how is "of" or "possessive" or "by")
            {
                // "Pakistan awaits the visit of Putin", "Egypt welcomed Modi's visit", "Kenya is waiting for a visit by the
                // Chinese president": the host is the clause's subject.
                target = Without(GroupLeft(view, first - 1, view.Clause[first]), source);
                if (target.Count > 0) how += "+host-subject";
            }
        }
        else if (pattern.Kind == TriggerKind.Verb && IsTimeGerund(view, first, head) && first > 1)
        {
            // "Zelensky flew to Brussels after meeting Erdogan", "Washington upped the pressure by holding Russia responsible":
            // the gerund's subject is the main verb's, not the nearest name (often that verb's object); none found, no event.
            source = previous is { Source.Count: > 0 } ? [.. previous.Source] : ClauseSubject(view, view.Clause[first], first);
            target = Without(FindTarget(view, pattern, head, last), source);
            how = "gerund-subject";
        }
        else
        {
            if (previous is not null && IsViolentCode(pattern.Cameo) && IsCooperativeOrVerbal(previousCode) && IsCommaParticiple(view, first, head) &&
                EndsRelativeClause(view, first - 1))
            {
                // "police appealed for help to find the driver of a van that ploughed into pedestrians, killing 14": a killing
                // after a relative clause goes with that clause's verb, whose subject is the noun before "that" (here no actor),
                // not with an appeal or a meeting. After a violent main verb ("struck a market that serves as ..., killing"), or
                // one no pattern codes ("targeted a market that ..."), the participle stays the main subject's.
                return new Arguments([], [], Reciprocal: false, Passive: false, "relative-participle");
            }

            if (previous is not null && (IsCoordinated(view, first) || IsCommaParticiple(view, first, head)))
            {
                source = [.. previous.Source];
                how = "coordinated-subject";
            }
            else if (previous is not null && IsPronounSubject(view, first))
            {
                // "... visited Bucha, as his office investigates ...": the pronoun refers back to the subject of the sentence's verb.
                source = [.. previous.Source];
                how = "pronoun-subject";
            }
            else
            {
                var shared = IsCommaParticiple(view, first, head) || IsCoordinated(view, first);
                if (!shared && HasThingSubjectAfterSubordinator(view, first))
                {
                    // "Thailand suspended the deal after a landmine blast injured soldiers": a clause opened by "after", "when" ...
                    // has its own subject, a thing here, and borrows no actor from the main clause.
                    return new Arguments([], [], Reciprocal: false, Passive: false, "thing-subject");
                }

                if (shared && IsCommonNounSubject(view, view.Clause[first], first))
                {
                    // "A storm hit Bangladesh, killing 20 people": the participle shares the clause's subject, here no actor;
                    // the name after the main verb is its object and kills no one.
                    return new Arguments([], [], Reciprocal: false, Passive: false, "participle-nonactor-subject");
                }

                // "Repulsing Iran and crushing al-Qaida are his priorities": verbs joined to a clause-opening gerund have no subject;
                // the first gerund's object is not the second's doer.
                if (shared && OpensWithGerund(view, view.Clause[first], first))
                    return new Arguments([], [], Reciprocal: false, Passive: false, "gerund-subject");
                source = shared ? ClauseSubject(view, view.Clause[first], first) : [];
                how = source.Count > 0 ? "participle-main-subject" : "subject";

                // "Lula chose Buenos Aires for his trip, holding talks with ...": the participle's subject is the clause's
                // subject, not the nearest name (the capital he chose).
                // "'...,' he said of the five nations, blasting the US": the pronoun shared by the participle is no name before it.
                // "... before M23 rebels entered Goma": a trigger that starts inside a name ("rebels entered") is that name's act,
                // though a preposition before the name would otherwise send the search further left.
                var startsInside = view.MentionAt[first] >= 0 && view.FirstOf(view.Mentions[view.MentionAt[first]]) < first;
                if (source.Count == 0 && !(shared && IsQuotedPronounSubject(view, OpeningQuoteEnd(view, first))))
                    source = GroupLeft(view, startsInside ? first : first - 1, view.Clause[first]);
                source = OpenerSubject.Trim(view, source, first);
                if (how == "subject" && pattern.Kind == TriggerKind.Verb && source.Count > 0 && !shared && HasThingSubject(view, first))
                {
                    // "the three countries believed the committee could start to meet": the verb's own subject is the noun
                    // phrase right before it, a thing or body no dictionary names; the actors before its clause are not it.
                    return new Arguments([], [], Reciprocal: false, Passive: false, "thing-subject");
                }

                if (how == "subject" && pattern.Kind == TriggerKind.Verb && source.Count > 0 && IsNounQualifyingParticiple(view, first) &&
                    IsPrepositionComplement(view, view.FirstOf(source[0])))
                {
                    // "Russia at a meeting of the OPCW lost a vote demanding that Russia be involved": the participle qualifies
                    // the noun before it (the vote), whose proposer is not the organisation named in a prepositional phrase.
                    return new Arguments([], [], Reciprocal: false, Passive: false, "qualifying-participle");
                }

                if (IsReportedEvent(view, pattern, how, source, first))
                {
                    // "The army spokeswoman said the attack injured 12 people": the speaker reports the attack; its doer is not named.
                    return new Arguments([], [], Reciprocal: false, Passive: false, "reported-event");
                }

                if (how == "subject" && pattern.Kind == TriggerKind.Verb && source.Count > 0 && QualifiedThing.Holds(view, first, source[0]))
                {
                    // "Police dispersed a rally calling for an end to violence", "despite a court order calling for ...": the
                    // participle says what the rally or the order calls for; neither the police nor the clause's subject calls.
                    return new Arguments([], [], Reciprocal: false, Passive: false, "qualifying-participle");
                }

                if (how == "subject" && pattern.Kind == TriggerKind.Verb && view.IsTag(first, PartOfSpeech.Verb) && RelativeBefore(view, source.Count > 0 ? source[0] : null, first) is var relative and > 0)
                {
                    // "The daughter of a fighter who joined Islamic State urged Australia ...": a name after the relative pronoun
                    // belongs to the relative clause and its own verb; the verb after it is the main clause's, whose subject is
                    // the noun phrase the relative clause qualifies ("Turkish troops who crossed into Syria attacked ..."), not
                    // a name inside that phrase's of-phrase (the fighter is not the daughter).
                    source = GroupLeft(view, relative - 1, view.Clause[relative - 1]);
                    if (source.Count == 0 || IsPrepositionComplement(view, view.FirstOf(source[0])))
                        return new Arguments([], [], Reciprocal: false, Passive: false, "relative-object");
                    how = "relative-head";
                }

                if (how == "subject" && source.Count > 0 && PlacedSubject(view, source, first) is { Count: > 0 } placed)
                {
                    // "Kenyan police officers deployed to Haiti clashed with gangs": the name right before the verb is where
                    // the subject was put, not the subject.
                    source = placed;
                    how = "subject-placed";
                }
                else if (how == "subject" && ReducedRelative(view, first) is (var subjectHead, var byAgent, var acts))
                {
                    // "M23 rebels backed by Rwanda seized Goma": the nearest name is the agent of a participle qualifying the
                    // subject, which acts. "A missile fired by Houthi rebels struck ...": a thing, or bare units sent, act for
                    // the by-agent (all of a compound). "Jets supplied by Denmark arrived in Ukraine": a delivery by the
                    // supplier, who is not the one using them in any other act.
                    (source, how) = acts switch
                    {
                        ReducedActor.Head => (subjectHead, "subject-reduced-head"),
                        ReducedActor.Launcher when pattern.PloverMode == "visit" => (byAgent, "subject-launched"),
                        ReducedActor.Agent or ReducedActor.Launcher => (byAgent, "subject-reduced-by"),
                        _ when pattern.PloverMode == "visit" => (byAgent, acts == ReducedActor.ArmsSupplier ? "subject-supplied-arms" : "subject-supplied"),
                        _ => ([], "subject-supplier"),
                    };
                }

                if (source.Count == 1 && source[0].Kind == MentionKind.Agent && view.Is(first - 1, "to") && !IsControlledObject(view, source[0]) &&
                    (GoverningSubject(view, source[0]) is { Count: > 0 } governing ? governing : ClauseSubject(view, view.Clause[first], first)) is
                        { Count: > 0 } purposeSubject && !purposeSubject.Contains(source[0]))
                {
                    // "The Pentagon sent a carrier group to deter Iran": an infinitive of purpose after an object belongs to
                    // the clause's subject, not to the bare units sent.
                    source = purposeSubject;
                    how = "purpose-subject";
                }

                if (source.Count > 0 && IsPersonalPronounSubject(view, first) && ClauseSubject(view, view.Clause[first], first) is { Count: > 0 } clauseSubject)
                {
                    // "Katsav refused to meet King Abdullah, saying he would only welcome him in Jerusalem": "he" is the
                    // clause's subject, not the nearest name.
                    source = clauseSubject;
                    how = "pronoun-subject";
                }
                // Only for force announced with "would/will" ("warned Y that it would strike"): "told Ukraine that it must withdraw"
                // and "warned Iran that it would face consequences" are about the one told.
                if (source.Count > 0 && IsViolentCode(pattern.Cameo) && (view.Is(first - 1, "would") || view.Is(first - 1, "will")) &&
                    WarnerOfThatClause(view, first) is { Count: > 0 } warner)
                {
                    // "Pakistan warned Afghanistan's Taliban rulers that it would strike ...": "it" after the one warned or told
                    // is the warner, not the nearest name (the addressee).
                    source = warner;
                    how = "pronoun-subject";
                }

                if (source.Count == 0 && WishedForSubject(view, first) is { } wished)
                {
                    // "It is time for Washington to lift its sanctions on Cuba": the one the act is wished of does it, hypothetically.
                    source = [wished];
                    how = "wished-subject";
                }

                if (source.Count == 0 && RelativeAntecedent(view, first) is { Count: > 0 } antecedent)
                {
                    // "the M23 rebels who seized Goma": the relative pronoun's antecedent.
                    source = antecedent;
                    how = "relative-subject";
                }

                if (source.Count == 0 && CataphoricSubject(view, first) is { Count: > 0 } main)
                {
                    // "Before he flew to Riyadh, Egypt's foreign minister telephoned ...": the pronoun of an opening subordinate
                    // clause is the main clause's subject.
                    source = main;
                    how = "cataphoric-subject";
                }

                if ((source.Count == 0 || how == "subject") && PossessorOfPurpose(view, first) is { } possessor)
                {
                    // "Poland's decision to expel Russian diplomats", "the EU's move to impose tariffs": whose decision it is acts,
                    // not a name further left ("Georgians rallied against the government's decision to suspend talks").
                    source = [possessor];
                    how = "possessor-subject";
                }

                if (source.Count == 0 && head > first && MentionInside(view, first, head) is { } inside)
                {
                    // "A suicide bomber killed ...", "a contingent of Kenyan police arrived in ...": the pattern's own words name the actor.
                    source = [inside];
                    how = "trigger-subject";
                }

                if (source.Count == 0 && NominalSubjectAgent(view, first) is { Count: > 0 } agent)
                {
                    // "The attack by Houthi rebels on a tanker killed two sailors": the by-phrase of the subject noun names who acted.
                    source = agent;
                    how = "subject-by";
                }
            }

            if (source.Count == 0 && IsPassiveSubject(view, last))
            {
                // "Sanctions were imposed on X by Y": the trigger word is the noun subject of a passive.
                for (var by = FindWord(view, last + 1, "by", view.Clause[last]); by >= 0 && source.Count == 0; by = FindWord(view, by + 1, "by", view.Clause[last]))
                    source = GroupRight(view, SkipAdjectivesRight(view, by + 1), allowPreposition: false);
                how = "passive-subject";
            }

            if (source.Count == 0 && IsOpeningParticiple(view, head))
            {
                // "Strongly supporting the project, Russia has ...": the subject follows the participial clause.
                source = SubjectAfterClause(view, view.Clause[first]);
                how = "participle-subject";
            }

            // "Turkey voiced support for Sweden's bid to join NATO", "rejected Iran's offer to talk with the US": backing or
            // rejecting is aimed at the owner of the act its words run through, before any actor after them. Only for a pattern
            // that takes a target (a guard has none); a protest "against Sweden's decision" is left to its own act.
            var takesTarget = pattern.DirectObject || pattern.TargetPrepositions.Count > 0;
            var backsOrRejects = pattern.Cameo.StartsWith("051", StringComparison.Ordinal) || pattern.Cameo.StartsWith("12", StringComparison.Ordinal);
            target = source.Count > 0 && takesTarget && backsOrRejects && TriggerPossessor.Owner(view, head, last, source) is { } reacted
                ? [reacted]
                : FindTarget(view, pattern, head, last);
            if (target.Count == 0 && how == "participle-subject") target = OpenerDemandTarget.Find(view, pattern, first);
            if (target.Count == 0) target = SchemeOwner.Find(view, pattern, first, last);
            // "is investigating Russia's attack on the port", "looking into the Russian drone strike": an inquiry into an act named
            // inside the pattern's words looks into the act's owner there, never into the place or people the act struck after it.
            if (target.Count == 0 && source.Count > 0 && pattern.Cameo.StartsWith("09", StringComparison.Ordinal) && MentionInside(view, head + 1, last) is { Kind: MentionKind.Actor } actOwner &&
                !source.Contains(actOwner))
                target = [actOwner];
            if (target.Count == 0 && source.Count > 0 && InvestigatedClause.Start(view, pattern, last) is >= 0 and var probed) target = Without(GroupRight(view, probed, allowPreposition: false), source);
            if (target.Count == 0 && InquiryPlace.Find(view, pattern, last, source) is { } inquired) target = [inquired];
            if (AddresseeTarget.Clashes(view, first, target) && WarnerOfThatClause(view, first) is { Count: > 0 } teller) source = teller;
            // "India sought China's help": the owner of the noun the pattern's words run through is addressed.
            if (target.Count == 0 && source.Count > 0 && TriggerPossessor.Find(view, pattern, head, last, source) is { } owner) target = [owner];
            if (target.Count == 0 && pattern.DirectObject && source.Count > 0 && IsReaction(pattern.Cameo) && ActAgentAfter(view, last) is { Count: > 0 } actor)
            {
                // "Russia condemned the visit by the German foreign minister to Kyiv", "rejected the proposal by Egypt": a
                // reaction to an act is aimed at whoever did it.
                target = Without(actor, source);
            }

            if (target.Count == 0 && source.Count > 0 && IsReaction(pattern.Cameo) && pattern.Cameo.StartsWith("11", StringComparison.Ordinal) &&
                ReactedRepression.Find(view, last) is { } holder)
            {
                // "voiced concern over the arrest of opposition figures in Tunisia": aimed at the state that holds them.
                target = [holder];
            }

            if (target.Count == 0 && source.Count > 0 && pattern.Cameo.StartsWith("015", StringComparison.Ordinal))
            {
                // "IS claimed responsibility for Friday's gun attack on the concert hall outside Moscow": a claim is aimed at
                // whom the claimed attack struck, however long the phrase that names it.
                target = Without(ClaimedTarget(view, last), source);
            }

            if (target.Count > 0 && source.Count > 0 && AppealedActDoer.AsksToDeescalate(pattern.Cameo) && AppealedActDoer.Find(view, last) is >= 0 and var attacker &&
                view.Mentions[attacker].FirstToken < target[0].FirstToken)
            {
                // "called for a halt to Israeli strikes on Rafah": a call to stop attacks asks the attacker, not the place attacked.
                target = Without(DoerGroup(view, attacker), source);
            }

            if (target.Count == 0 && takesTarget && source.Count > 0 && AppealedActDoer.IsAppealOrDemand(pattern.Cameo) && !view.Is(head - 1, "to") &&
                AppealedActDoer.Find(view, last) is >= 0 and var doer)
            {
                // "called for an end to the blockade of Gaza by Israel": an appeal with no addressee asks the act's doer. Not
                // the purpose of another act ("staged demonstrations to demand reforms by the government").
                target = Without(DoerGroup(view, doer), source);
            }

            if (target.Count == 0 && pattern.DirectObject && how == "subject" && source.Count > 0)
            {
                // "the town, which the rebels seized": the object is the relative pronoun's antecedent.
                target = ObjectAntecedent(view, source[0]);
            }

            if (target.Count == 0 && pattern.DirectObject && source.Count > 0 && ObjectPronoun(view, head, last) >= 0)
            {
                // "Ruto asked him to stop": a singular object pronoun refers to the other person named before.
                target = PersonBefore(view, first, source);
            }

            if (target.Count == 0 && pattern.DirectObject && source.Count > 0 && IsParticipleAfterComma(view, head) && ClauseObjectPronoun(view, head, last))
            {
                // "Russia expelled two Estonian diplomats, accusing them of spying": the pronoun in a participle clause
                // refers back to the main clause's last actor that is not its subject.
                target = ActorBefore(view, first, source);
            }

            if (target.Count == 0 && how == "passive-subject")
            {
                // "Sanctions were imposed on X by Y".
                var on = FindWord(view, last + 1, "on", view.Clause[last], maxDistance: 4);
                if (on < 0) on = FindWord(view, last + 1, "against", view.Clause[last], maxDistance: 4);
                if (on >= 0) target = GroupRight(view, on + 1, allowPreposition: false);
            }
        }

        if (source.Count > 0 && !passive && how is "modifier" or "possessive" or "by" or "of" or "subject" && IsAnticipated(view, first))
        {
            // "in anticipation of an Iranian attack": an expected act, aimed at the clause's subject when it names no target.
            how += "+anticipated";
            if (target.Count == 0 && (IsViolentCode(pattern.Cameo) || IsForceReadiness(pattern.Cameo))) target = Without(ClauseSubject(view, view.Clause[first], first), source);
        }

        if (target.Count == 0 && !passive && IsForceReadiness(pattern.Cameo))
        {
            // "ordered a carrier group to the region to deter Iran and Hezbollah", "placed its forces on alert in anticipation
            // of an Iranian attack": a build-up faces the adversary its purpose phrase names.
            target = Without(AdversaryAfter(view, last), source);
        }

        if (target.Count == 0 && !passive && source.Count > 0 && pattern.Kind == TriggerKind.Verb && last > first &&
            pattern.Cameo.StartsWith("13", StringComparison.Ordinal))
        {
            // "warned that Russia would have to use a nuclear weapon if Ukraine's counteroffensive succeeded": a threat whose
            // words spell out its content may name its target in the clause that states it, past the speaker's own side
            // (a bare "threatened" is left alone: its content is often another pattern's, coded there).
            target = ThreatenedAfter(view, last, source);
            if (target.Count > 0) how += "+threatened";
        }

        if (target.Count == 0 && !passive && source.Count > 0 && (IsViolentCode(pattern.Cameo) || IsForceReadiness(pattern.Cameo)) &&
            OwnPronounInObject(view, head, last))
        {
            // "Russian jets violated its airspace, Finland's defence ministry said": the attacked object's "its" is not the
            // attacker's own but the state reporting the act at the end of the sentence.
            target = ReporterOfOwnedObject(view, last, source);
            if (target.Count > 0) how += "+reporter-owned";
        }

        if (source.Count == 0 && !passive && pattern.Kind == TriggerKind.Verb && (pattern.Cameo.StartsWith('0') || pattern.Cameo.StartsWith("111", StringComparison.Ordinal)) && QuotedSpeaker.SpeakerStart(view, _words, first) is var speakerAt and >= 0 &&
            GroupRight(view, speakerAt, allowPreposition: false) is { Count: > 0 } speaker)
        {
            // "'We will stand by Ukraine,' the Dutch prime minister said": the speaker is the quotation's "we" (cooperative roots
            // and criticism, where "we condemn" is itself the act: a quoted "we have defeated Isis" or "we rule out a clash" is a
            // claim, not an act to code).
            source = speaker;
            target = Without(target, source);
            how = "quoted-speaker";
        }

        // "X and Y met each other" / "X and Y held talks": reciprocal among the subjects.
        var eachOther = view.Is(last + 1, "each") && view.Is(last + 2, "other");
        // A collective subject ("the three countries") is several actors as much as "X and Y" is.
        var several = source.Count >= 2 || source.Any(m => m.Kind == MentionKind.Collective);
        var recip = pattern.Mutual || (pattern.Reciprocal && (eachOther || (target.Count == 0 && several))) ||
            (target.Count == 0 && several && !passive && IsMutualObject(view, first, last));
        if (how == "subject" && !passive && source.Count > 0 && target.Count > 0 && pattern.Kind == TriggerKind.Verb &&
            AlongsideDoers.After(view, last) is { Count: > 0 } joint)
            source = [.. source, .. joint.FindAll(m => !target.Contains(m))];
        return new Arguments(source, target, recip, passive, how);
    }

    private (List<Mention> Source, string How) NounSource(SentenceView view, EventPattern pattern, int first, int triggerHead, int last, Arguments? previous)
    {
        // "their hunger strike to demand the resignation of X", "a strike over a bill signed by X": when the trigger's words run
        // on well past its head noun, an of- or by-phrase after them belongs to those last words, not to the head's act.
        var runsOn = last - triggerHead > 3;
        // "Putin's visit", "Monday's meeting" (the latter is a date, not an actor, and is skipped).
        var k = first - 1;
        while (k >= 0 && (view.Tokens[k].Kind == TokenKind.Word && (_words.IsModifier(view.Word(k)) || IsAdjectiveLike(view, k)))) k--;
        // "an Iranian retaliatory attack": one more plain adjective may stand between the actor and the noun.
        if (k >= 1 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && view.Word(k).Length > 0 && char.IsLower(view.Word(k)[0]) &&
            !_words.IsDeterminer(view.Word(k)) && !_words.IsPreposition(view.Word(k)) && view.MentionAt[k - 1] >= 0 && IsBareDemonym(view.Mentions[view.MentionAt[k - 1]]))
            k--;
        if (k >= 1 && view.Word(k) is "'s" or "’s" && view.MentionAt[k - 1] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k - 1]]))
            return ([view.Mentions[view.MentionAt[k - 1]]], "possessive");
        if (k >= 0 && view.MentionAt[k] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]]))
        {
            // "the Russian visit", "Pakistani drills"; "the Egyptian-Qatari proposal" names both.
            List<Mention> modifier = [view.Mentions[view.MentionAt[k]]];
            AddCompoundParts(view, modifier, 0, modifier[0]);
            return (modifier, "modifier");
        }

        // "the attack by Houthi rebels on a tanker": a trigger that spans its own by-phrase names the agent inside it. So does
        // the of-phrase of a retreat or deployment when it names forces ("the withdrawal of Russian troops from Armenia", "the
        // deployment of US forces"; not so "the release of Israeli soldiers").
        var spansBy = view.Is(first + 1, "by");
        if (last > first + 1 && (spansBy || (view.Is(first + 1, "of") && (pattern.Cameo.StartsWith("08", StringComparison.Ordinal) ||
                                                                   pattern.Cameo.StartsWith("15", StringComparison.Ordinal)))))
        {
            var inside = GroupRight(view, SkipAdjectivesRight(view, first + 2), allowPreposition: false);
            if (inside.Count > 0 && (spansBy || inside.TrueForAll(static m => m.Actor?.Sector == "MIL"))) return (inside, spansBy ? "by" : "of");
        }

        // "the visit of President Putin".
        if (!runsOn && view.Is(last + 1, "of"))
        {
            var of = GroupRight(view, last + 2, allowPreposition: false);
            if (of.Count > 0) return (of, "of");
        }

        // "a suicide bombing by the Pakistani Taliban", "a visit to Minsk by a US envoy": the agent of a nominal event.
        // "Sanctions were imposed on X ... by the US Treasury": the noun is the subject of a passive, whose agent may come late.
        // "Sanctions against Iran were tightened by the EU": the noun's own target phrase may stand before the passive.
        var phraseEnd = TargetPhraseEnd(view, last);
        var passiveSubject = IsPassiveSubject(view, last) || IsPassiveSubject(view, phraseEnd) ||
            ((view.Is(phraseEnd + 1, "have") || view.Is(phraseEnd + 1, "has")) && IsPassiveSubject(view, phraseEnd + 1));
        var by = FindWord(view, last + 1, "by", view.Clause[last], maxDistance: passiveSubject ? int.MaxValue : 6);
        // "talks in Doha mediated by Qatar": the agent of a participle after the noun is not the noun's.
        // "an investigation into bribes allegedly paid by a French firm": an irregular participle after a noun of its own too.
        if (by > last + 1 && view.MentionAt[by - 1] < 0 && char.IsLower(view.Word(by - 1)[0]) && !passiveSubject &&
            (view.Word(by - 1).EndsWith("ed", StringComparison.Ordinal) || (by - 1 > last + 1 && view.IsTag(by - 1, PartOfSpeech.Verb))))
            by = -1;
        if (by >= 0 && !(runsOn && !passiveSubject))
        {
            var agents = GroupRight(view, SkipAdjectivesRight(view, by + 1), allowPreposition: false);
            if (agents.Count > 0) return (agents, "by");
        }

        // "during a visit to Tokyo", "In a phone call with Lavrov, Blinken ...": the clause's subject is the visitor or caller.
        // "In a meeting with Wang Yi, Blinken urged ...", "during talks with Erdogan": a meeting with a named partner too.
        if ((pattern.PloverMode is "visit" or "phone" || (pattern.Cameo.StartsWith("04", StringComparison.Ordinal) && HasWithAfter(view, last))) &&
            IsOwnActPhrase(view, first))
        {
            if (previous is not null && previous.Source.Count > 0 && view.Clause[first] == view.Clause[view.FirstOf(previous.Source[0])])
                return ([.. previous.Source], "during-subject");
            var subject = view.Clause[first] == 0 && IsIntroductory(view) ? SubjectAfterClause(view, 0) : ClauseSubject(view, view.Clause[first], first);
            if (subject.Count > 0) return (subject, "during-subject");
        }

        // "After talks with Modi, the Japanese prime minister announced ...", "Following a call with Biden, Zelensky thanked
        // ...": a meeting or call with a named partner in the phrase that opens the sentence is the main subject's own act.
        // "Following a three-day visit to Beijing, Pham Minh Chinh said": a visit in that phrase is the main subject's too.
        if (((pattern.Cameo.StartsWith("04", StringComparison.Ordinal) && HasWithAfter(view, last)) || pattern.PloverMode == "visit") &&
            OpeningPhraseSubject(view, first, last) is { Count: > 0 } main)
            return (main, "opening-phrase-subject");

        // "days after a heated meeting with Zelensky": a meeting or call with a named partner in a time phrase is the
        // main subject's own, recent act.
        if (pattern.Cameo.StartsWith("04", StringComparison.Ordinal) && IsAfterPhrase(view, first) && HasWithAfter(view, last))
        {
            // (A contact in the phrase that opens the sentence, "After talks with Li Qiang, New Zealand's prime minister said", was
            // given to the main subject above, by OpeningPhraseSubject.)
            if (previous is not null && previous.Source.Count > 0) return ([.. previous.Source], "after-subject");
            // "Xi Jinping left Moscow on Wednesday after talks with Putin": with no act coded before it, the talks are the
            // clause subject's own (a state or an official, not people or protesters).
            if (previous is null && ClauseSubject(view, view.Clause[first], first) is { Count: > 0 } own &&
                own.TrueForAll(m => m.Kind == MentionKind.Actor && m.Actor is { Sector: null or "GOV", Country: not null }))
                return (own, "after-subject");
        }

        // "chanting against the bombardment of Gaza", "after days of unrest": a nominal event inside such a phrase is
        // what the subject reacts to, not what it does.
        if (IsBackgroundPhrase(view, first))
        {
            // "The army retook the town after weeks of fighting with the rebels": a fight with a named side in the time phrase
            // is the subject's own when the subject is armed (forces, rebels, police) or a state.
            if (pattern.Mutual && view.Is(last, "with") && ClauseSubject(view, view.Clause[first], first) is { Count: > 0 } fighter &&
                fighter.TrueForAll(m => m.Actor is { Sector: "MIL" or "REB" or "COP" or "INS" } or { Sector: null, Country: not null }))
                return (fighter, "fight-subject");
            return ([], "background-phrase");
        }
        // "A coalition led by Saudi Arabia launched air strikes", "M23 rebels backed by Rwanda launched an offensive": the
        // light verb's subject is qualified by a participle and its by-agent (the "subject" reading stays for the callers).
        if (LightVerbBefore(view, first) is var light and >= 0 && ReducedRelative(view, light) is (var head, var agent, var acts))
            return (acts == ReducedActor.Head ? head : acts is ReducedActor.Agent or ReducedActor.Launcher ? agent : [], "subject");
        // "Russia and Turkey are sponsoring the Sochi talks", "Qatar brokered the negotiations": who sponsors or brokers talks
        // does not take part in them.
        if (pattern.Cameo.StartsWith("04", StringComparison.Ordinal) && IsSponsoredAct(view, first)) return ([], "sponsored");
        // "Trump stressed that open criticism of the US in Ankara was raising concerns": a nominal act opening the subject of a
        // "that" clause names no agent; the speaker before "that" is not it (a contact, "said that talks with China will
        // resume", stays the speaker's side).
        if (!pattern.Cameo.StartsWith("04", StringComparison.Ordinal) && OpensThatClause(view, first)) return ([], "that-clause-noun");
        var left = GroupLeft(view, first - 1, view.Clause[first]);
        if (left.Count == 1 && IsBareDemonym(left[0]) && IsInPhraseAfterObject(view, left[0], first) &&
            ClauseSubject(view, view.Clause[first], view.FirstOf(left[0])) is { Count: > 0 } clauseSubject)
        {
            // "Kosovo police seized Serbian dinars in raids on banks": an adjective on the main verb's object says whose the
            // object is; the act in the phrase after it is the clause subject's.
            return (clauseSubject, "subject");
        }

        return (left, "subject");
    }

    /// <summary>Whether the nominal act at <paramref name="first"/> is the object of a verb of sponsoring, brokering, mediating,
    /// facilitating or organising, with at most a few determiners, modifiers and names before it ("sponsoring the Sochi talks",
    /// "brokered the latest round of talks").</summary>
    private bool IsSponsoredAct(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 5; k--)
        {
            if (view.MentionAt[k] >= 0) continue;
            var w = view.Word(k);
            if (w.StartsWith("sponsor", StringComparison.OrdinalIgnoreCase) || w.StartsWith("broker", StringComparison.OrdinalIgnoreCase) ||
                w.StartsWith("mediat", StringComparison.OrdinalIgnoreCase) || w.StartsWith("facilitat", StringComparison.OrdinalIgnoreCase) ||
                w.StartsWith("organis", StringComparison.OrdinalIgnoreCase) || w.StartsWith("organiz", StringComparison.OrdinalIgnoreCase))
                return true;
            // "the peace negotiations", "the latest round of talks".
            if (!(_words.IsDeterminer(w) || IsAdjectiveLike(view, k) || (view.Is(k, "of") && (view.Is(k - 1, "round") || view.Is(k - 1, "rounds"))) ||
                  (char.IsLower(w[0]) && (view.IsTag(k, PartOfSpeech.Noun) || view.IsTag(k, PartOfSpeech.Adjective)))))
                return false;
        }

        return false;
    }

    /// <summary>Whether the bare demonym <paramref name="demonym"/> qualifies a noun of its own (its phrase ends before the
    /// nominal trigger at <paramref name="first"/>) and the trigger opens a prepositional phrase ("Serbian dinars in raids on").</summary>
    private bool IsInPhraseAfterObject(SentenceView view, Mention demonym, int first)
    {
        var after = view.LastOf(demonym) + 1;
        if (after >= first || view.MentionAt[after] >= 0 || view.Tokens[after].Kind != TokenKind.Word || _words.IsPreposition(view.Word(after))) return false;
        var k = first - 1;
        while (k > after && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && (_words.IsDeterminer(view.Word(k)) || IsAdjectiveLike(view, k))) k--;
        if (k <= after || !(view.Is(k, "in") || view.Is(k, "during") || view.Is(k, "through") || view.Is(k, "with"))) return false;
        for (var i = after; i < k; i++)
        {
            if (view.Tokens[i].Kind == TokenKind.Punctuation || _words.IsPreposition(view.Word(i))) return false;
        }

        return true;
    }

    /// <summary>The last token of the actor a nominal trigger ending in a preposition names right after it ("sanctions against
    /// Iran", "the embargo on Russian oil"), or <paramref name="last"/> when there is none.</summary>
    private int TargetPhraseEnd(SentenceView view, int last)
    {
        if (!_words.IsPreposition(view.Word(last)) || last + 1 >= view.Count || view.MentionAt[last + 1] < 0) return last;
        var m = view.Mentions[view.MentionAt[last + 1]];
        return SentenceView.IsActorLike(m) || m.Kind == MentionKind.Place ? view.LastOf(m) : last;
    }

    /// <summary>The verb right before the nominal trigger at <paramref name="first"/> ("launched air strikes", "began a fresh
    /// offensive"): determiners, numbers and adjectives may stand between; -1 when there is none.</summary>
    private int LightVerbBefore(SentenceView view, int first)
    {
        if (!view.HasTags) return -1;
        for (var k = first - 1; k >= 0 && k >= first - 4 && view.Clause[k] == view.Clause[first] && view.MentionAt[k] < 0; k--)
        {
            if (view.IsTag(k, PartOfSpeech.Verb)) return k;
            if (!(_words.IsDeterminer(view.Word(k)) || view.IsTag(k, PartOfSpeech.Adjective) || view.IsTag(k, PartOfSpeech.Noun) ||
                  view.IsTag(k, PartOfSpeech.Number) || _words.IsModifier(view.Word(k))))
                return -1;
        }

        return -1;
    }

    /// <summary>"Ukraine's energy grid was hit", "Israel's Nevatim air base was struck": the actor owning, by "'s", the one to
    /// four words right before the "be" at <paramref name="be"/>; empty when there is none.</summary>
    private List<Mention> PossessorOfSubject(SentenceView view, int be)
    {
        if (be < 2 || !_words.IsBe(view.Word(be))) return [];
        var k = be - 1;
        var words = 0;
        while (k >= 0 && words < 4 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && !(view.Is(k, "'s") || view.Is(k, "’s")))
        {
            k--;
            words++;
        }

        if (words == 0 || k < 1 || !(view.Is(k, "'s") || view.Is(k, "’s")) || view.MentionAt[k - 1] < 0 ||
            !SentenceView.IsActorLike(view.Mentions[view.MentionAt[k - 1]]))
            return [];
        return [view.Mentions[view.MentionAt[k - 1]]];
    }

    private static bool IsDisapproval(string code) => code.StartsWith("11", StringComparison.Ordinal);

    /// <summary>"The Taliban's ban on ... was criticised": the actor that opens the clause of <paramref name="first"/> (after at
    /// most "the") followed by "'s"; empty when the clause opens otherwise.</summary>
    private static List<Mention> OpeningPossessor(SentenceView view, int first)
    {
        var clause = view.Clause[first];
        var start = first - 1;
        while (start > 0 && view.Clause[start - 1] == clause) start--;
        if (start < 0 || view.Clause[start] != clause) return [];
        if (view.MentionAt[start] < 0 && view.Is(start, "the")) start++;
        if (start >= first || view.MentionAt[start] < 0) return [];
        var m = view.Mentions[view.MentionAt[start]];
        var after = view.LastOf(m) + 1;
        return after < first && (view.Is(after, "'s") || view.Is(after, "’s")) && SentenceView.IsActorLike(m) ? [m] : [];
    }

    /// <summary>The agent in "Det noun by X ..." opening the clause of a verb at <paramref name="first"/> ("An attack by Houthi
    /// rebels on a tanker killed ..."): the noun's by-phrase, when nothing but that phrase and its prepositional tail stand
    /// between it and the verb; empty otherwise.</summary>
    private List<Mention> NominalSubjectAgent(SentenceView view, int first)
    {
        var clause = view.Clause[first];
        var start = first - 1;
        while (start > 0 && view.Clause[start - 1] == clause) start--;
        if (start < 0 || view.Clause[start] != clause || view.MentionAt[start] >= 0 || !_words.IsDeterminer(view.Word(start))) return [];
        // The subject noun: up to three lowercase words after the determiner, then "by".
        var by = start + 1;
        while (by < first && by - start <= 3 && view.MentionAt[by] < 0 && view.Tokens[by].Kind == TokenKind.Word && view.Word(by).Length > 0 &&
               char.IsLower(view.Word(by)[0]) && !view.Is(by, "by") && !_words.IsPreposition(view.Word(by)))
            by++;
        if (by == start + 1 || by >= first || !view.Is(by, "by") || view.Word(by - 1).EndsWith("ed", StringComparison.Ordinal)) return [];
        var agents = GroupRight(view, SkipAdjectivesRight(view, by + 1), allowPreposition: false);
        if (agents.Count == 0) return [];
        // Only a short prepositional tail ("on a British tanker", "into the killings") may follow before the verb: no comma,
        // no auxiliary, infinitive or speech verb that would make the verb another clause's ("... says X must meet").
        var tail = view.LastOf(agents[^1]) + 1;
        if (first - tail > 8 || (tail < first && (view.Is(tail, "to") || !_words.IsPreposition(view.Word(tail))))) return [];
        for (var k = tail; k < first; k++)
        {
            var w = view.Word(k);
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.Is(k, "by") || view.Is(k, "who") || view.Is(k, "that") || view.Is(k, "which") ||
                view.Is(k, "to") || view.Is(k, "has") || view.Is(k, "have") || view.Is(k, "had") || _words.IsBe(w) || _words.IsSpeechVerb(w))
                return [];
        }

        return agents;
    }

    /// <summary>The state named by "in [the] &lt;demonym&gt; &lt;weapon or attack noun&gt;" within four words after a passive
    /// ("killed on Friday in Israeli shelling"), or null.</summary>
    private Mention? InstrumentOwner(SentenceView view, int last)
    {
        var at = FindWord(view, last + 1, "in", view.Clause[last], maxDistance: 3);
        if (at < 0) return null;
        var j = at + 1;
        while (j < view.Count && view.MentionAt[j] < 0 && _words.IsDeterminer(view.Word(j))) j++;
        if (j >= view.Count || view.MentionAt[j] < 0) return null;
        var m = view.Mentions[view.MentionAt[j]];
        var after = view.LastOf(m) + 1;
        if (!IsDemonymPhrase(m) || after >= view.Count || view.MentionAt[after] >= 0) return null;
        var w = view.Word(after);
        return w is "shelling" or "strike" or "strikes" or "airstrike" or "airstrikes" or "raid" or "raids" or "attack" or "attacks" or
            "bombardment" or "bombing" or "bombings" or "fire" or "gunfire" or "shellfire" or "drone" or "missile" or "rocket" or
            "artillery" or "tank" or "air" or "army" or "military" or "police" or "troops" or "forces"
            ? m : null;
    }

    /// <summary>The object of the verb right after <paramref name="subject"/> ("Macron told Netanyahu", "Biden assured
    /// Zelensky"): an actor group after one lowercase verb word (adverbs and determiners aside); empty when none.</summary>
    private List<Mention> AddresseeAfter(SentenceView view, Mention subject)
    {
        var k = view.LastOf(subject) + 1;
        // "Putin had told Erdogan in a phone call": an auxiliary before the verb.
        while (k < view.Count && view.MentionAt[k] < 0 && (_words.IsModifier(view.Word(k)) || view.Is(k, "had") || view.Is(k, "has") || view.Is(k, "have"))) k++;
        if (k >= view.Count || view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || view.Word(k).Length == 0 ||
            !char.IsLower(view.Word(k)[0]) || _words.IsPreposition(view.Word(k)) || _words.IsBe(view.Word(k)) || _words.IsSpeechVerb(view.Word(k)) && !view.Is(k, "told"))
            return [];
        k++;
        while (k < view.Count && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && _words.IsDeterminer(view.Word(k))) k++;
        return k < view.Count && view.MentionAt[k] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]])
            ? GroupRight(view, k, allowPreposition: false)
            : [];
    }

    /// <summary>"Putin had told Erdogan in a phone call": for a call at <paramref name="first"/> after "in|during", the actor
    /// before "told|informed|assured" (an auxiliary may stand between) and the actor right after that verb, before the "in".</summary>
    private (Mention? Teller, Mention? Told) TellerBefore(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && !_words.IsPreposition(view.Word(k))) k--;
        if (!(view.Is(k, "in") || view.Is(k, "during")) || k < 3 || view.MentionAt[k - 1] < 0) return (null, null);
        var told = view.Mentions[view.MentionAt[k - 1]];
        var v = view.FirstOf(told) - 1;
        if (!(view.Is(v, "told") || view.Is(v, "informed") || view.Is(v, "assured"))) return (null, null);
        v--;
        if (view.Is(v, "had") || view.Is(v, "has") || view.Is(v, "have")) v--;
        if (v < 0 || view.MentionAt[v] < 0) return (null, null);
        var teller = view.Mentions[view.MentionAt[v]];
        return SentenceView.IsActorLike(teller) && SentenceView.IsActorLike(told) ? (teller, told) : (null, null);
    }

    /// <summary>"in anticipation of", "ahead of", "fears of", "braced for" before a nominal act (its determiner, adjectives and
    /// actor modifiers between).</summary>
    private bool IsAnticipated(SentenceView view, int first)
    {
        var k = first - 1;
        for (var n = 0; n < 5 && k >= 0 && (view.MentionAt[k] >= 0 || (view.Tokens[k].Kind == TokenKind.Word && !_words.IsPreposition(view.Word(k)))); n++)
            k--;
        if (view.Is(k, "of")) return view.Is(k - 1, "anticipation") || view.Is(k - 1, "ahead") || view.Is(k - 1, "fears") || view.Is(k - 1, "fear");
        return view.Is(k, "for") && (view.Is(k - 1, "braced") || view.Is(k - 1, "bracing") || view.Is(k - 1, "brace") || view.Is(k - 1, "preparing") ||
                                     view.Is(k - 1, "prepared"));
    }

    /// <summary>Codes of roots 01–13 (statements, appeals, cooperation, demands, disapproval, rejection and threats) and of
    /// roots 16–17 (cuts in relations, arrests and other coercion: "police arrested a man who set fire to a mosque, killing
    /// three" — the killing is the man's).</summary>
    private static bool IsCooperativeOrVerbal(string code) =>
        code.Length >= 2 && (string.CompareOrdinal(code, 0, "14", 0, 2) < 0 || code.StartsWith("16", StringComparison.Ordinal) || code.StartsWith("17", StringComparison.Ordinal));

    private static bool IsViolentCode(string code) =>
        code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal);

    /// <summary>Codes of military posture short of force: mobilisation, alerts, deployments, exercises (root 15).</summary>
    private static bool IsForceReadiness(string code) => code.StartsWith("15", StringComparison.Ordinal);

    /// <summary>The first state or organisation named after a threat's words, up to a verb of saying, that is not on the
    /// speaker's side (its country or organisation); empty when none.</summary>
    /// <summary>Whether "its" or "their" owns a territory inside the trigger's words or right after them ("violated its
    /// airspace", "shelled its border villages").</summary>
    private static bool OwnPronounInObject(SentenceView view, int head, int last)
    {
        for (var k = head + 1; k <= last + 1 && k < view.Count; k++)
        {
            if (view.MentionAt[k] >= 0) return false;
            // Only before a word of territory ("its airspace", "their territorial waters"): "fired its missiles", "deployed its
            // troops" own the actor's instrument, and "their own positions" the actor's own.
            if (view.Is(k, "its") || view.Is(k, "their")) return OwnTerritory.IsOwned(view.Text.AsSpan(view.Tokens[k].Start));
        }

        return false;
    }

    /// <summary>The state that reports the act at the end of the sentence ("..., Greece said", "..., Taiwan's defence ministry
    /// said") when it is not on the actor's side; empty otherwise.</summary>
    private List<Mention> ReporterOfOwnedObject(SentenceView view, int last, List<Mention> source)
    {
        for (var i = last + 1; i < view.Count; i++)
        {
            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            i = view.LastOf(m);
            if (!IsTrailingReporter(view, m)) continue;
            return m.Kind == MentionKind.Actor && m.Actor is { Country: not null } a && !IsSameSide(a, source) ? [m] : [];
        }

        return [];
    }

    private List<Mention> ThreatenedAfter(SentenceView view, int last, List<Mention> source)
    {
        for (var i = last + 1; i < view.Count && i <= last + 20; i++)
        {
            if (view.MentionAt[i] < 0)
            {
                if (_words.IsSpeechVerb(view.Word(i))) break;
                continue;
            }

            var m = view.Mentions[view.MentionAt[i]];
            i = view.LastOf(m);
            if (m.Kind != MentionKind.Actor || m.Actor is not { } a || (a.Country is null && a.Org is null) || IsSameSide(a, source)) continue;
            return [m];
        }

        return [];
    }

    private static bool IsSameSide(ActorCode a, List<Mention> source)
    {
        foreach (var s in source)
        {
            if (s.Actor is not { } b) continue;
            if ((a.Country is not null && a.Country == b.Country) || (a.Org is not null && a.Org == b.Org)) return true;
        }

        return false;
    }

    /// <summary>The first state or organisation named within fourteen words after the trigger in its clause (with its
    /// compound partners), bare agents and places aside; empty when none.</summary>
    private List<Mention> AdversaryAfter(SentenceView view, int last)
    {
        for (var i = last + 1; i < view.Count && i <= last + 14 && view.Clause[i] == view.Clause[last]; i++)
        {
            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            // "..., South Korea's military said": the source of the report closing the sentence is no adversary.
            if (IsTrailingReporter(view, m)) return [];
            if (m.Kind == MentionKind.Actor && m.Actor is { } a && (a.Country is not null || a.Org is not null) && !TimeReferenceEvent.Holds(view, m))
                return GroupRight(view, view.FirstOf(m), allowPreposition: false);
            i = view.LastOf(m);
        }

        return [];
    }

    /// <summary>Whether the verb trigger is an "-ing" form right after "after", "before", "while", "when" or "by".</summary>
    private static bool IsTimeGerund(SentenceView view, int first, int head) =>
        first == head && first >= 1 && view.Word(head).EndsWith("ing", StringComparison.Ordinal) &&
        (view.Is(first - 1, "after") || view.Is(first - 1, "before") || view.Is(first - 1, "while") || view.Is(first - 1, "when") || view.Is(first - 1, "by"));

    /// <summary>The object of a one-word "-ing" trigger after "after", "before", "while" or "when" ("after meeting Erdogan"):
    /// the actor group right after it; empty otherwise.</summary>
    private List<Mention> GerundObject(SentenceView view, int first, int last)
    {
        if (first != last || first < 1 || !view.Word(first).EndsWith("ing", StringComparison.Ordinal) ||
            !(view.Is(first - 1, "after") || view.Is(first - 1, "before") || view.Is(first - 1, "while") || view.Is(first - 1, "when")))
            return [];
        return last + 1 < view.Count && view.MentionAt[last + 1] >= 0 ? GroupRight(view, last + 1, allowPreposition: false) : [];
    }

    /// <summary>Whether <paramref name="m"/> opens a ", X said" tail: a comma before it and a speech verb within five words after
    /// it, before any other punctuation.</summary>
    private bool IsTrailingReporter(SentenceView view, Mention m)
    {
        var k = view.FirstOf(m) - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k--;
        if (k < 0 || !(view.Word(k) is ",")) return false;
        for (var j = view.LastOf(m) + 1; j < view.Count && j <= view.LastOf(m) + 5; j++)
        {
            if (_words.IsSpeechVerb(view.Word(j))) return true;
            if (view.Tokens[j].Kind == TokenKind.Punctuation && !(view.Word(j) is "'s" or "’s")) return false;
        }

        return false;
    }

    /// <summary>"the victims of the X massacre", "the anniversary of the attack": a nominal event named as remembered.</summary>
    private bool IsRemembered(SentenceView view, int first)
    {
        var k = first - 1;
        for (var n = 0; n < 8 && k >= 0 && (view.MentionAt[k] >= 0 || view.Tokens[k].Kind == TokenKind.Number ||
             view.Word(k) is "'s" or "’s" ||
             (view.Tokens[k].Kind == TokenKind.Word && !_words.IsPreposition(view.Word(k)) && !view.Is(k, "and"))); n++)
            k--;
        if (!view.Is(k, "of") || k < 1) return false;
        return view.Is(k - 1, "victims") || view.Is(k - 1, "anniversary") || view.Is(k - 1, "aftermath") || view.Is(k - 1, "memory") ||
               view.Is(k - 1, "survivors") || view.Is(k - 1, "wake") || view.Is(k - 1, "commemoration") || view.Is(k - 1, "memorial");
    }

    /// <summary>"during a visit", "in a phone call", "on a trip": a nominal act framed as the circumstance of the clause.</summary>
    private bool IsOwnActPhrase(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind is TokenKind.Word or TokenKind.Number && !_words.IsPreposition(view.Word(k)) &&
               (_words.IsDeterminer(view.Word(k)) || char.IsLower(view.Word(k)[0]) || view.Tokens[k].Kind == TokenKind.Number))
            k--;
        return view.Is(k, "during") || view.Is(k, "in") || view.Is(k, "on");
    }

    private bool IsAfterPhrase(SentenceView view, int first) => IsTimeLink(view, PhraseOpener(view, first));

    /// <summary>The word that opens the phrase of a nominal act at <paramref name="first"/>: a walk left over at most five
    /// plain words to a preposition or a time link; -1 or a plain word when there is none.</summary>
    private int PhraseOpener(SentenceView view, int first)
    {
        var k = first - 1;
        // "Following talks with ...": a sentence-initial "Following" may be tagged as a verb, so the walk stops at the word itself.
        for (var n = 0; n < 5 && k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && !_words.IsPreposition(view.Word(k)) &&
                        !IsTimeLink(view, k); n++)
            k--;
        return k;
    }

    /// <summary>The subject right after the comma that closes an "after/following ..." phrase opening the sentence (at most
    /// one word, such as "Speaking" or "Shortly", before it) that holds the nominal act <paramref name="first"/>..<paramref name="last"/>;
    /// empty when the act is not in such a phrase or no actor follows the comma.</summary>
    private List<Mention> OpeningPhraseSubject(SentenceView view, int first, int last)
    {
        var k = PhraseOpener(view, first);
        // "Speaking in Hanoi after talks with To Lam, Albanese said": an opening participle's phrase may lead to the "after".
        if (k < 0 || (k > 1 && !ParticipleOpener.Leads(view, k)) || !(view.Is(k, "after") || view.Is(k, "following"))) return [];
        if (k == 1 && (view.MentionAt[0] >= 0 || view.Tokens[0].Kind != TokenKind.Word)) return [];
        var comma = -1;
        for (var i = last + 1; i < view.Count && i <= last + 12; i++)
        {
            if (view.Word(i) is ",") { comma = i; break; }
            if (view.Tokens[i].Kind == TokenKind.Punctuation) return [];
        }

        if (comma < 0) return [];
        var at = comma + 1;
        while (at < view.Count && at <= comma + 3 && view.MentionAt[at] < 0 && _words.IsDeterminer(view.Word(at))) at++;
        if (at >= view.Count || view.MentionAt[at] < 0) return [];
        var m = view.Mentions[view.MentionAt[at]];
        if (!SentenceView.IsActorLike(m) || view.FirstOf(m) != at || !OpensMainClause(view, m)) return [];
        return GroupRight(view, at, allowPreposition: false);
    }

    /// <summary>The actors of "signed|agreed|reached|concluded|inked by X and Y" right after an accord noun ending at
    /// <paramref name="last"/> (a comma may stand between); empty when none.</summary>
    private List<Mention> SignedBy(SentenceView view, int last)
    {
        var k = last + 1;
        if (k < view.Count && view.Word(k) is ",") k++;
        if (!(view.Is(k, "signed") || view.Is(k, "agreed") || view.Is(k, "reached") || view.Is(k, "concluded") || view.Is(k, "inked")) ||
            !view.Is(k + 1, "by"))
            return [];
        return GroupRight(view, SkipAdjectivesRight(view, k + 2), allowPreposition: false);
    }

    /// <summary>Whether no verb stands between the comma before <paramref name="m"/> and it: "..., Yildirim said the two countries"
    /// has its unknown subject before "said", so "the two countries" is no subject of the main clause.</summary>
    private static bool OpensMainClause(SentenceView view, Mention m)
    {
        for (var k = view.FirstOf(m) - 1; k >= 0 && view.Word(k) is not ","; k--)
        {
            if (view.IsTag(k, PartOfSpeech.Verb) || view.IsTag(k, PartOfSpeech.Auxiliary) || view.IsTag(k, PartOfSpeech.Modal)) return false;
        }

        return true;
    }

    private static bool IsTimeLink(SentenceView view, int k) => view.Is(k, "after") || view.Is(k, "following") || view.Is(k, "before");

    private static bool HasWithAfter(SentenceView view, int last)
    {
        for (var i = last + 1; i <= last + 2 && i < view.Count; i++)
        {
            if (view.Is(i, "with")) return true;
        }

        return view.Is(last, "with");
    }

    /// <summary>Whether the sentence opens with a prepositional or subordinate phrase that its first comma closes (clause 0).</summary>
    private bool IsIntroductory(SentenceView view) =>
        view.Count > 0 && view.Tokens[0].Kind == TokenKind.Word && (_words.IsPreposition(view.Word(0)) || _words.IsClauseOpener(view.Word(0)));

    /// <summary>Whether the words right before the verb at <paramref name="first"/> are a noun group with no mention (a
    /// determiner, adjectives and at least one noun, by the tags) opened by a subordinator: "after a landmine blast injured".</summary>
    private static bool HasThingSubjectAfterSubordinator(SentenceView view, int first)
    {
        if (!view.HasTags) return false;
        var k = first - 1;
        var noun = false;
        while (k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind is TokenKind.Word or TokenKind.Number &&
               (view.IsTag(k, PartOfSpeech.Noun) || view.IsTag(k, PartOfSpeech.Adjective) || view.IsTag(k, PartOfSpeech.Number) || view.IsTag(k, PartOfSpeech.Determiner)))
        {
            // "as his office accused Somalia": a possessive pronoun points back to an actor, whose act it is.
            if (view.Word(k) is "his" or "her" or "its" or "their" or "His" or "Her" or "Its" or "Their") return false;
            noun |= view.IsTag(k, PartOfSpeech.Noun);
            k--;
        }

        return noun && k >= 0 && k < first - 1 && view.MentionAt[k] < 0 &&
               view.Word(k) is "after" or "before" or "when" or "while" or "as" or "since" or "because" or "until" or "once" or "After" or "When" or "As";
    }

    /// <summary>The subject of <paramref name="clause"/>: its first actor (with compound partners) that no preposition
    /// introduces and that is not a possessor, before token <paramref name="before"/>; empty when none.</summary>
    private List<Mention> ClauseSubject(SentenceView view, int clause, int before)
    {
        // "'We will not negotiate with terrorists,' the Israeli prime minister told reporters after meeting the US envoy": the
        // quotation that opens the sentence is what the subject says, not where the subject is.
        var quoteEnd = OpeningQuoteEnd(view, before);
        if (IsQuotedPronounSubject(view, quoteEnd)) return [];
        for (var i = Math.Max(quoteEnd, AskedQuestion.End(view)); i < before && i < view.Count; i++)
        {
            if (view.Clause[i] != clause || view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            var end = view.LastOf(m);
            if (!SentenceView.IsActorLike(m) || IsAfterPreposition(view, i) || view.Word(Math.Min(end + 1, view.Count - 1)) is "'s" or "’s" ||
                IsToldObject(view, i))
            {
                // Only the clause's first noun phrase is its subject: a later actor is an object ("Dunford told reporters
                // during a trip to Athens": the reporters, after an unknown name, did not travel).
                return [];
            }

            return GroupRight(view, i, allowPreposition: false);
        }

        return [];
    }

    /// <summary>Whether the mention at <paramref name="start"/> is the object of "told", "informed" or "briefed" (a determiner
    /// may stand between).</summary>
    private bool IsToldObject(SentenceView view, int start)
    {
        var k = start - 1;
        while (k >= 0 && _words.IsDeterminer(view.Word(k))) k--;
        return view.Is(k, "told") || view.Is(k, "informed") || view.Is(k, "briefed");
    }

    /// <summary>"'...,' she said after meeting ...": a pronoun right after the opening quotation is the subject there, and no
    /// later actor is.</summary>
    private static bool IsQuotedPronounSubject(SentenceView view, int quoteEnd) =>
        quoteEnd > 0 && (view.Is(quoteEnd, "he") || view.Is(quoteEnd, "she") || view.Is(quoteEnd, "they") || view.Is(quoteEnd, "it") || view.Is(quoteEnd, "we"));

    /// <summary>When the sentence opens with a quotation mark whose closing mark comes before <paramref name="before"/>, the
    /// index just after the closing mark; else 0.</summary>
    internal static int OpeningQuoteEnd(SentenceView view, int before)
    {
        if (view.Count == 0) return 0;
        if (!IsQuoteMark(view, 0)) return CarriedQuoteEnd(view, before);
        var opening = view.Word(0);
        for (var i = 1; i < before && i < view.Count; i++)
        {
            if (!IsQuoteMark(view, i)) continue;
            var w = view.Word(i);
            // A closing mark of the opening's kind: a curly quote closes with its mirror, a straight one with itself.
            var closes = opening switch
            {
                "“" => w is "”" or "“",
                "‘" => w is "’",
                _ => w.SequenceEqual(opening),
            };
            if (closes) return i + 1;
        }

        return 0;
    }

    /// <summary>"... misspoke. We are not creating a force at all," Tillerson said, telling reporters he had met ...": a quotation
    /// opened in an earlier sentence closes in this one; the index just after its closing mark (a curly closing quote, or a
    /// straight one right after a comma or stop, with no other quotation mark before it) when that comes before
    /// <paramref name="before"/>; else 0.</summary>
    private static int CarriedQuoteEnd(SentenceView view, int before)
    {
        for (var i = 1; i < before && i < view.Count; i++)
        {
            if (!IsQuoteMark(view, i)) continue;
            var w = view.Word(i);
            if (w is "”" || (w is "\"" && view.Word(i - 1) is "," or "." or "?" or "!")) return ReopensBefore(view, i + 1, before) ? 0 : i + 1;
            if (w is "“" or "\"") return 0;
        }

        return 0;
    }

    /// <summary>Whether a quotation mark opens again between <paramref name="from"/> and <paramref name="before"/> ("..." he said,
    /// "or maybe ..."): what comes after it is quoted speech again.</summary>
    private static bool ReopensBefore(SentenceView view, int from, int before)
    {
        for (var i = from; i < before && i < view.Count; i++)
        {
            if (IsQuoteMark(view, i) && view.Word(i) is "“" or "\"") return true;
        }

        return false;
    }

    private static bool IsQuoteMark(SentenceView view, int i) =>
        view.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol && view.Word(i) is "\"" or "'" or "“" or "”" or "‘" or "’";

    /// <summary>Whether clause <paramref name="clause"/>'s subject, before <paramref name="before"/>, is a common noun and no
    /// actor: by the part-of-speech tags, a noun then a verb before any mention ("A storm hit Bangladesh"), and no actor
    /// later opens a verb of its own ("the world watched as Mladic's army closed in, overrunning ..."). False without tags.</summary>
    private static bool IsCommonNounSubject(SentenceView view, int clause, int before)
    {
        if (!view.HasTags) return false;
        var noun = false;
        var verb = false;
        for (var i = 0; i < before && i < view.Count; i++)
        {
            if (view.Clause[i] != clause) continue;
            if (!verb)
            {
                if (view.MentionAt[i] >= 0) return false;
                if (view.IsTag(i, PartOfSpeech.Noun)) noun = true;
                else if (view.IsTag(i, PartOfSpeech.Verb)) verb = true;
                if (verb && !noun) return false;
                continue;
            }

            if (view.MentionAt[i] >= 0 && i + 1 < view.Count && view.MentionAt[i + 1] < 0 &&
                (view.IsTag(i + 1, PartOfSpeech.Verb) || view.IsTag(i + 1, PartOfSpeech.Auxiliary) || view.IsTag(i + 1, PartOfSpeech.Modal)))
                return false;
        }

        return verb;
    }

    /// <summary>The main clause's subject for a pronoun subject ("he", "she", "it", "they") of a temporal clause that opens
    /// the sentence ("After she met Xi in Beijing, the German chancellor ..."): the actor right after the clause's comma, when it
    /// agrees with the pronoun; empty otherwise.</summary>
    private List<Mention> CataphoricSubject(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && (_words.IsModifier(view.Word(k)) || _words.IsBe(view.Word(k)) || _words.IsFutureCue(view.Word(k)) ||
               view.Is(k, "has") || view.Is(k, "had") || view.Is(k, "have")))
            k--;
        if (k != 1 || !IsOpeningSubordinator(view, 0)) return [];
        var pronoun = view.Word(1);
        if (!(view.Is(1, "he") || view.Is(1, "she") || view.Is(1, "it") || view.Is(1, "they"))) return [];
        var comma = -1;
        for (var i = first + 1; i < view.Count; i++)
        {
            if (view.Word(i) is ",") { comma = i; break; }
            if (view.Tokens[i].Kind == TokenKind.Punctuation) return [];
        }

        if (comma < 0) return [];
        var at = view.Is(comma + 1, "the") ? comma + 2 : comma + 1;
        if (at >= view.Count || view.MentionAt[at] < 0) return [];
        var m = view.Mentions[view.MentionAt[at]];
        if (!SentenceView.IsActorLike(m) || view.FirstOf(m) != at) return [];
        var group = GroupRight(view, at, allowPreposition: false);
        // "they": a compound, a plural or a collective; "he"/"she": a named person or a singular title ("Egypt's foreign
        // minister"); "it": anything single but a named person or a person's title.
        var several = group.Count > 1 || m.Plural || m.Kind == MentionKind.Collective;
        var agrees = pronoun.Equals("they", StringComparison.OrdinalIgnoreCase)
            ? several
            : !several && (pronoun.Equals("it", StringComparison.OrdinalIgnoreCase)
                ? !CarriedSubjects.IsPerson(m) && !CarriedSubjects.IsPersonTitle(view.Word(view.LastOf(m)))
                : CarriedSubjects.IsPerson(m) || HasEntry(m, "agent:"));
        return agrees ? group : [];
    }

    /// <summary>A temporal "After", "Before", "When", "As", "Since", "Once", "Until" opening the sentence. Not a concessive
    /// ("Although he denied ..., Tillerson acknowledged"): it sets a statement against another more often than it narrates.</summary>
    private static bool IsOpeningSubordinator(SentenceView view, int k) =>
        view.Is(k, "after") || view.Is(k, "before") || view.Is(k, "when") || view.Is(k, "as") || view.Is(k, "since") ||
        view.Is(k, "once") || view.Is(k, "until");

    /// <summary>"X, who ...", "X which ...", "X that ...": the actor right before a relative pronoun that opens the
    /// trigger's clause (auxiliaries and adverbs may stand between); empty when none.</summary>
    private List<Mention> RelativeAntecedent(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && (_words.IsModifier(view.Word(k)) || _words.IsBe(view.Word(k)) || view.Is(k, "has") ||
               view.Is(k, "have") || view.Is(k, "had") || view.Is(k, "not") || IsExpectedTo(view, k)))
            k--;
        if (!(view.Is(k, "who") || view.Is(k, "which") || view.Is(k, "that"))) return [];
        var antecedent = ActorEndingBefore(view, k);
        // "a woman believed linked to Al-Qaeda who shot at ...": a name inside a prepositional phrase is not what the
        // pronoun refers to; the phrase's head noun is.
        // "an offensive against the Rapid Support Forces, which overran Singa": the opponent named after "against", set off by a
        // comma, is what the pronoun refers to.
        return antecedent.Count > 0 && IsAfterPreposition(view, view.FirstOf(antecedent[0])) &&
               !(view.Word(k - 1) is "," && IsAgainstObject(view, view.FirstOf(antecedent[0]))) ? [] : antecedent;
    }

    /// <summary>"Raisi, who is expected to visit Pakistan": the words of a plan between the relative pronoun and its verb
    /// ("expected to", "due to", "set to", "scheduled to"), read as auxiliaries.</summary>
    private static bool IsExpectedTo(SentenceView view, int k) =>
        view.Is(k + 1, "to") ? view.Is(k, "expected") || view.Is(k, "due") || view.Is(k, "set") || view.Is(k, "scheduled")
                             : view.Is(k, "to") && (view.Is(k - 1, "expected") || view.Is(k - 1, "due") || view.Is(k - 1, "set") || view.Is(k - 1, "scheduled"));

    /// <summary>Whether the mention starting at <paramref name="start"/> is the object of "against" (determiners and up to two
    /// descriptive words between).</summary>
    private bool IsAgainstObject(SentenceView view, int start)
    {
        var k = start - 1;
        while (k >= 0 && _words.IsDeterminer(view.Word(k))) k--;
        for (var n = 0; n < 2 && k >= 0 && IsDescriptive(view, k) && !view.Is(k, "against"); n++) k--;
        while (k >= 0 && _words.IsDeterminer(view.Word(k))) k--;
        return k >= 0 && view.Is(k, "against");
    }

    /// <summary>The actor-like mention (with compound partners) ending right before token <paramref name="k"/>, a comma allowed between.</summary>
    private List<Mention> ActorEndingBefore(SentenceView view, int k)
    {
        var j = k - 1;
        if (j >= 0 && view.Word(j) is ",") j--;
        if (j < 0 || view.MentionAt[j] < 0 || !SentenceView.IsActorLike(view.Mentions[view.MentionAt[j]])) return [];
        var group = GroupLeft(view, j, view.Clause[j]);
        return group.Count > 0 && view.LastOf(group[^1]) == j ? group : [];
    }

    /// <summary>"Y, which X seized": the antecedent of an object relative pronoun right before the subject
    /// <paramref name="subject"/>; actors and places.</summary>
    private List<Mention> ObjectAntecedent(SentenceView view, Mention subject)
    {
        var k = view.FirstOf(subject) - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k--;
        if (!(view.Is(k, "which") || view.Is(k, "whom") || view.Is(k, "that"))) return [];
        var j = k - 1;
        if (j >= 0 && view.Word(j) is ",") j--;
        if (j < 0 || view.MentionAt[j] < 0) return [];
        var m = view.Mentions[view.MentionAt[j]];
        return SentenceView.IsActorLike(m) || m.Kind == MentionKind.Place ? [m] : [];
    }

    /// <summary>"... as his office investigates": a singular possessive pronoun and one or two nouns before the trigger.</summary>
    private bool IsPronounSubject(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && _words.IsModifier(view.Word(k))) k--;
        for (var n = 0; n < 2 && k >= 0; n++, k--)
        {
            if (view.Is(k, "his") || view.Is(k, "her") || view.Is(k, "its")) return n > 0;
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) ||
                _words.IsPreposition(w) || _words.IsDeterminer(w) || _words.IsClauseOpener(w)) return false;
        }

        return k >= 0 && (view.Is(k, "his") || view.Is(k, "her") || view.Is(k, "its"));
    }

    /// <summary>"he" or "she" right before the trigger, auxiliaries, modals and adverbs allowed between.</summary>
    /// <summary>"It is time for X to", "it is important for X to", "it would be wise for X to": X, the actor right before the
    /// "to" of the verb at <paramref name="first"/>, after a "for" that follows a word of timeliness or need; null otherwise.</summary>
    private static Mention? WishedForSubject(SentenceView view, int first)
    {
        if (first < 4 || !view.Is(first - 1, "to") || view.MentionAt[first - 2] < 0) return null;
        var m = view.Mentions[view.MentionAt[first - 2]];
        var f = view.FirstOf(m) - 1;
        if (f < 1 || !view.Is(f, "for") || !SentenceView.IsActorLike(m)) return null;
        var w = view.Word(f - 1);
        return WordList.Contains(w, ["time", "important", "necessary", "essential", "vital", "crucial", "imperative", "right", "wise", "urgent", "high"])
            ? m
            : null;
    }

    /// <summary>For a verb at <paramref name="first"/> whose subject is "it" opening a "that" clause after "X warned|told|assured
    /// Y": X (the actor right before that verb, an auxiliary may stand between); empty otherwise.</summary>
    private List<Mention> WarnerOfThatClause(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && (_words.IsModifier(view.Word(k)) || _words.IsBe(view.Word(k)) || _words.IsFutureCue(view.Word(k)) ||
               _words.IsHypotheticalCue(view.Word(k)) || view.Is(k, "has") || view.Is(k, "had")))
            k--;
        if (!view.Is(k, "it") || !view.Is(k - 1, "that") || k < 4 || view.MentionAt[k - 2] < 0) return [];
        var addressee = view.Mentions[view.MentionAt[k - 2]];
        var v = view.FirstOf(addressee) - 1;
        if (!(view.Is(v, "warned") || view.Is(v, "told") || view.Is(v, "assured") || view.Is(v, "informed") || view.Is(v, "notified") ||
              view.Is(v, "reminded") || view.Is(v, "warns") || view.Is(v, "tells")))
            return [];
        var s = v - 1;
        // "Italy has formally notified China": an adverb may stand before the verb as well.
        if (s > 0 && view.MentionAt[s] < 0 && view.Word(s).EndsWith("ly", StringComparison.Ordinal)) s--;
        if (view.Is(s, "has") || view.Is(s, "had") || view.Is(s, "have")) s--;
        if (s < 0 || view.MentionAt[s] < 0) return [];
        var speaker = view.Mentions[view.MentionAt[s]];
        return SentenceView.IsActorLike(speaker) ? [speaker] : [];
    }

    private bool IsPersonalPronounSubject(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && (_words.IsModifier(view.Word(k)) || _words.IsBe(view.Word(k)) || _words.IsFutureCue(view.Word(k)) ||
               _words.IsHypotheticalCue(view.Word(k)) || view.Is(k, "has") || view.Is(k, "had") || view.Is(k, "only") || view.Is(k, "to")))
            k--;
        return view.Is(k, "he") || view.Is(k, "she");
    }

    /// <summary>The first actor-like mention among tokens [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    private static Mention? MentionInside(SentenceView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (view.MentionAt[i] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[i]])) return view.Mentions[view.MentionAt[i]];
        }

        return null;
    }

    /// <summary>The token of "him" or "her" as the trigger's object (inside it or right after it), or -1.</summary>
    private static int ObjectPronoun(SentenceView view, int head, int last)
    {
        for (var i = head + 1; i <= last + 1 && i < view.Count; i++)
        {
            // "her" before a lowercase noun is a possessive ("her country"), not the object.
            if (view.Is(i, "him") || (view.Is(i, "her") && !(i + 1 < view.Count && view.Tokens[i + 1].Kind == TokenKind.Word &&
                char.IsLower(view.Word(i + 1)[0]) && !view.Is(i + 1, "to")))) return i;
        }

        return -1;
    }

    /// <summary>Whether the trigger's head is an -ing participle right after a comma (", accusing ...").</summary>
    private static bool IsParticipleAfterComma(SentenceView view, int head) =>
        head >= 1 && view.Is(head - 1, ",") && view.Word(head).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Whether "them", "him" or "her" is the word right after the trigger's head ("it" only before "of"/"for"), or
    /// "the" and a common noun that names no actor before "of" ("blocked Facebook, accusing the platform of ...").</summary>
    private static bool ClauseObjectPronoun(SentenceView view, int head, int last)
    {
        if (head + 1 > last + 1) return false;
        if (view.Is(head + 1, "them") || view.Is(head + 1, "him") || view.Is(head + 1, "her")) return true;
        // "it" is a thing too often, but not as the one accused or blamed: ", accusing it of ...", ", blaming it for ...".
        if (view.Is(head + 1, "it") && head + 2 < view.Count && (view.Is(head + 2, "of") || view.Is(head + 2, "for"))) return true;
        return view.Is(head + 1, "the") && head + 3 < view.Count && view.MentionAt[head + 2] < 0 && view.Is(head + 3, "of") &&
               view.Tokens[head + 2].Kind == TokenKind.Word && char.IsLower(view.Word(head + 2)[0]);
    }

    /// <summary>The nearest actor mention before the trigger that is not among the sources: the antecedent of an object
    /// pronoun in a participle clause; none when that actor is the object of an infinitive ("urged Uganda to repatriate the
    /// criminals to face trial, accusing them ...": the object of an urged act is not the main clause's own).</summary>
    private List<Mention> ActorBefore(SentenceView view, int first, List<Mention> source)
    {
        for (var i = first - 1; i >= 0; i--)
        {
            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            i = view.FirstOf(m);
            if (!SentenceView.IsActorLike(m) || source.Contains(m)) continue;
            // "to repatriate 'all Kenyan criminals'": a verb after "to" right before it, past determiners and quote marks.
            var j = i - 1;
            while (j >= 0 && (view.Tokens[j].Kind != TokenKind.Word || _words.IsDeterminer(view.Word(j)))) j--;
            return j >= 1 && view.Is(j - 1, "to") ? [] : [m];
        }

        return [];
    }

    /// <summary>The nearest named person before the trigger who is not among the sources: the antecedent of "him"/"her".</summary>
    private static List<Mention> PersonBefore(SentenceView view, int first, List<Mention> source)
    {
        for (var i = first - 1; i >= 0; i--)
        {
            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            i = view.FirstOf(m);
            if (m.Kind != MentionKind.Actor || source.Contains(m) || !IsPerson(m)) continue;
            return [m];
        }

        return [];
    }

    private static bool IsPerson(Mention m)
    {
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (m.Entries[i].StartsWith("person:", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Codes of sending someone away (extradition, expulsion, suspension, deportation): in the passive the
    /// "from" phrase names the actor.</summary>
    private static bool IsRemoval(string code) =>
        code.StartsWith("063", StringComparison.Ordinal) || code.StartsWith("161", StringComparison.Ordinal) ||
        code.StartsWith("166", StringComparison.Ordinal) || code.StartsWith("174", StringComparison.Ordinal) ||
        code.StartsWith("201", StringComparison.Ordinal);

    private bool IsBackgroundPhrase(SentenceView view, int first)
    {
        var k = SkipNounModifiersLeft(view, first - 1);
        if (view.Is(k, "and") || view.Is(k, "or"))
        {
            // "after mass protests and a general strike": the second of two nouns in the phrase is as much background.
            var j = k - 1;
            for (var n = 0; n < 3 && j >= 0 && view.MentionAt[j] < 0 && view.Tokens[j].Kind == TokenKind.Word && view.Word(j).Length > 0 &&
                            char.IsLower(view.Word(j)[0]) && !_words.IsPreposition(view.Word(j)); n++)
                j--;
            if (j < k - 1) k = SkipNounModifiersLeft(view, j);
        }

        if (view.Is(k, "of") && k >= 1 && view.MentionAt[k - 1] < 0)
            k = SkipNounModifiersLeft(view, k - 2);
        // "since last weekend's chemical attack", "after Monday's strike": a time as the possessor.
        if (view.Is(k, "'s") || view.Is(k, "’s")) k--;
        if (k >= 0 && (view.Is(k + 1, "'s") || view.Is(k + 1, "’s")) && IsTimeNoun(view.Word(k)))
        {
            k = SkipNounModifiersLeft(view, k - 1);
            if (view.Is(k, "last") || view.Is(k, "this") || view.Is(k, "next") || view.Is(k, "previous")) k = SkipNounModifiersLeft(view, k - 1);
        }
        return view.Is(k, "against") || view.Is(k, "after") || view.Is(k, "before") || view.Is(k, "amid") || view.Is(k, "despite") ||
               view.Is(k, "following") || view.Is(k, "since") || view.Is(k, "over") ||
               // "the UK's military response to Saturday's chemical attack", "in retaliation for the bombing": the act answered.
               ((view.Is(k, "to") || view.Is(k, "for")) && k >= 1 && view.MentionAt[k - 1] < 0 && WordList.Contains(view.Word(k - 1), ReactionNouns));
    }

    /// <summary>Whether the noun at <paramref name="first"/>, after adjectives and determiners at most, opens a "that" clause
    /// after a verb ("stressed that open criticism of ..."), not "that" as a determiner ("condemned that attack").</summary>
    private bool OpensThatClause(SentenceView view, int first)
    {
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && !view.Is(k, "that") && view.Tokens[k].Kind == TokenKind.Word &&
               (_words.IsDeterminer(view.Word(k)) || _words.IsModifier(view.Word(k)) || IsAdjectiveLike(view, k) ||
                // "open criticism": an adjective the tagger read as a verb.
                (k == first - 1 && char.IsLower(view.Word(k)[0]) && view.IsTag(k, PartOfSpeech.Verb) && !_words.IsBe(view.Word(k)))))
            k--;
        return view.Is(k, "that") && k >= 1 && (view.IsTag(k - 1, PartOfSpeech.Verb) || _words.IsSpeechVerb(view.Word(k - 1)));
    }

    private static readonly string[] ReactionNouns =
        ["response", "responses", "reaction", "reactions", "retaliation", "reprisal", "reprisals", "revenge", "answer", "reply"];

    private static bool IsTimeNoun(ReadOnlySpan<char> w) =>
        w is "weekend" or "week" or "month" or "year" or "night" or "day" or "yesterday" or "today" or "Monday" or "Tuesday" or
            "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "January" or "February" or "March" or "April" or
            "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December";

    private int SkipNounModifiersLeft(SentenceView view, int k)
    {
        while (k >= 0 && view.MentionAt[k] < 0 && (view.Tokens[k].Kind == TokenKind.Number ||
               (view.Tokens[k].Kind == TokenKind.Word && (_words.IsDeterminer(view.Word(k)) || _words.IsModifier(view.Word(k)) || IsAdjectiveLike(view, k)))))
            k--;
        return k;
    }

    /// <summary>"... and vowed", "..., and also urged": a verb joined to the previous one without a subject of its own.</summary>
    private bool IsCoordinated(SentenceView view, int first)
    {
        var k = first - 1;
        // "met Modi in Delhi and will then travel to Dhaka": a modal stands between "and" and its verb as "has" does.
        while (k >= 0 && (_words.IsModifier(view.Word(k)) || view.Is(k, "to") || view.Is(k, "has") || view.Is(k, "have") || view.Is(k, "had") ||
                          view.Is(k, "will") || view.Is(k, "would") || view.Is(k, "could") || view.Is(k, "may") || view.Is(k, "might"))) k--;
        return k >= 0 && (view.Is(k, "and") || view.Is(k, "but")) && view.MentionAt[k] < 0;
    }

    private bool IsPassiveSubject(SentenceView view, int last) =>
        view.Count > last + 2 && _words.IsBe(view.Word(last + 1)) && !view.Word(last + 1).StartsWith('\'') &&
        !view.Word(last + 1).StartsWith('’') && view.Word(last + 2).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the clause ending at the comma <paramref name="comma"/> is a relative clause: the last verb before
    /// the comma follows "who", "that" or "which" directly or after an auxiliary, modal or adverb ("a man who had set fire to
    /// a church,"). "Gunmen who stormed the hotel killed five," is not: its last verb is the main clause's.</summary>
    private static bool EndsRelativeClause(SentenceView view, int comma)
    {
        var k = comma - 1;
        for (var n = 0; n < 12 && k > 0 && view.Tokens[k].Kind != TokenKind.Punctuation && !view.IsTag(k, PartOfSpeech.Verb); n++) k--;
        if (k <= 0 || !view.IsTag(k, PartOfSpeech.Verb)) return false;
        k--;
        for (var n = 0; n < 2 && k > 0 && (view.IsTag(k, PartOfSpeech.Auxiliary) || view.IsTag(k, PartOfSpeech.Modal) || view.IsTag(k, PartOfSpeech.Adverb)); n++) k--;
        return view.Word(k) is "who" or "that" or "which";
    }

    /// <summary>"X attacked a base in Y, killing dozens": a participle after a comma has the main verb's subject.</summary>
    private static bool IsCommaParticiple(SentenceView view, int first, int head) =>
        first == head && first >= 1 && view.Word(first - 1) is "," && view.Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>An adjective-like word or a compass adjective ("northern", "south-eastern").</summary>
    private static bool IsDescriptive(SentenceView view, int k) =>
        IsAdjectiveLike(view, k) || (view.MentionAt[k] < 0 && view.Word(k).Length > 0 && char.IsLower(view.Word(k)[0]) &&
                                     (view.Word(k).EndsWith("ern", StringComparison.Ordinal) || IsSuperlative(view.Word(k))));

    /// <summary>"to the biggest Cambodian refugee camp", "the largest Syrian city": a superlative before the name.</summary>
    private static bool IsSuperlative(ReadOnlySpan<char> w) =>
        w.Length >= 6 && (w.EndsWith("iest", StringComparison.Ordinal) || w.EndsWith("gest", StringComparison.Ordinal) ||
                          w.EndsWith("test", StringComparison.Ordinal) && !w.EndsWith("ntest", StringComparison.Ordinal) && !w.EndsWith("otest", StringComparison.Ordinal) ||
                          w is "biggest" or "largest" or "closest" or "highest" or "lowest" or "newest" or "oldest" or "strongest" or "poorest" or "richest" or "weakest" or "nearest");

    private static bool IsAdjectiveLike(SentenceView view, int k) =>
        view.MentionAt[k] < 0 && view.Word(k).Length > 0 && char.IsLower(view.Word(k)[0]) &&
        (view.Word(k).EndsWith("al", StringComparison.Ordinal) || view.Word(k).EndsWith("ed", StringComparison.Ordinal) ||
         view.Word(k).EndsWith("ous", StringComparison.Ordinal) || view.Word(k).EndsWith("ive", StringComparison.Ordinal) ||
         view.Word(k).EndsWith("ing", StringComparison.Ordinal) ||
         // "after deadly protests", "a bloody crackdown": an "-ly" word read as an adjective.
         (view.Word(k).EndsWith("ly", StringComparison.Ordinal) && view.IsTag(k, PartOfSpeech.Adjective)) ||
         // "to earthquake-hit Morocco", "in war-torn Sudan": a hyphenated adjective.
         (view.IsTag(k, PartOfSpeech.Adjective) && view.Word(k).Contains('-')));

    /// <summary>The target: searched from just after the head word, so that an actor inside the trigger's own
    /// words ("summoned the Indian envoy") counts; places may be targets ("sent aid to Gaza") but never sources.</summary>
    private List<Mention> FindTarget(SentenceView view, EventPattern pattern, int head, int last)
    {
        var clause = view.Clause[head];
        // PETRARCH looks for a bare verb's target among the verb phrase's own objects: in "proposed to take up the
        // issue with the World Bank" the bank belongs to the infinitive's verb, which has no pattern of its own.
        var end = pattern.TargetInVerbPhrase && InfinitiveAfter(view, last) is var inf and >= 0 ? inf : view.Count;
        Mention? fallback = null;
        var purpose = false;
        var coordinated = false;
        if (IncludedMembers.First(view, last) is var member and >= 0 && view.Clause[member] == clause)
            return GroupRight(view, member, allowPreposition: false, allowPlaces: true);
        for (var i = head + 1; i < end && i <= last + ObjectWindow + 4 && view.Clause[i] == clause; i++)
        {
            if (view.MentionAt[i] >= 0)
            {
                var m = view.Mentions[view.MentionAt[i]];
                // Bare troops inside the trigger are its instrument ("massed troops near"), not its target.
                // "ambushed a military convoy": a unit that ends a violent trigger is what it hits (AttackedUnit).
                var instrument = m.Kind == MentionKind.Agent && i <= last && m.Actor?.Sector == "MIL" &&
                                 !(IsViolentCode(pattern.Cameo) && view.LastOf(m) == last && AttackedUnit.Is(view.Word(last)));
                // "claimed responsibility for a drone attack on a tanker": equipment naming the kind of attack is its means.
                var next = view.LastOf(m) + 1;
                instrument |= IsEquipment(m) && next < view.Count && (view.Is(next, "attack") || view.Is(next, "attacks") || view.Is(next, "strike") ||
                                                                      view.Is(next, "strikes") || view.Is(next, "raid") || view.Is(next, "raids"));
                // "struck targets inside Russia with British missiles": a demonym after the trigger's own "with" names whose the
                // weapons are, not whom they hit.
                instrument |= i <= last && IsBareDemonym(m) && view.Is(view.FirstOf(m) - 1, "with");
                // "sent destroyers to the Red Sea to deter ...", "struck the Black Sea port city of Odesa": a sea that belongs to no
                // state is where, never whom; the search goes on past it.
                if ((!SentenceView.IsActorLike(m) && m.Kind != MentionKind.Place) || instrument || IsTopicPlace(view, pattern, m, last) || LeadsNamedBody(view, m) || DescribesNamedBody(view, m) ||
                    m is { Kind: MentionKind.Place, Place.Country: null } || (i > last && TimeReferenceEvent.Holds(view, m)))
                {
                    i = view.LastOf(m);
                    continue;
                }

                var at = PrecedingPreposition(view, view.FirstOf(m), head);
                // "took in millions of refugees": the particle of the trigger's own phrasal verb is no preposition, unless the
                // pattern takes its target there ("arrived in Kyiv").
                if (at == head + 1 && at <= last && pattern.Kind == TriggerKind.Verb && IsParticle(view, at) && IsTriggerWord(view, pattern, at) &&
                    !Accepts(pattern, view.Word(at))) at = -1;
                var prep = at >= 0 ? view.Word(at) : default;
                // The trigger's own preposition still names its target there ("opened the crossing to let aid into Gaza").
                if (purpose && at < 0) break;
                // "promised to send aid and deploy troops to Sri Lanka": the object of the coordinated verb is its own; a
                // preposition's object after it may be shared.
                if (coordinated && at < 0) { i = view.LastOf(m); continue; }
                if (at >= 0 && prep is "with" or "With" && IsAbsoluteWith(view, m) && !IsPartnerWithParticiple(view, pattern, at, last, m))
                {
                    // "held talks, with Oman's minister shuttling between them": an absolute clause, not the partner.
                    i = view.LastOf(m);
                    continue;
                }

                // "strikes against Ukrainian positions", "fire at Israeli targets": a demonym on the attacked object that the
                // pattern's own words contain names whose it is.
                var ownedObject = at >= 0 && i <= last && IsViolentCode(pattern.Cameo) && IsBareDemonym(m) && !instrument;
                // "killed thousands of ethnic Masalit civilians": a mass killing's words run into the victims' noun phrase,
                // which is its target whether or not the pattern asks for an object (when it names whose they are).
                var victims = at < 0 && i <= last + 1 && pattern.Cameo.StartsWith("20", StringComparison.Ordinal) && m.Kind == MentionKind.Actor;
                // "handed over three Israeli hostages to the Red Cross": captives released, named with their state inside the
                // words, are whom the release is done to; the body they are handed to is a go-between.
                var released = at < 0 && i <= last && pattern.Cameo.StartsWith("084", StringComparison.Ordinal) && m.Kind == MentionKind.Actor &&
                               HasEntry(m, "adj:") && HasEntry(m, "agent:prisoner");
                // After a trigger word kept as the fallback target, only the pattern's own preposition at most a word after the trigger
                // names a better one ("intelligence to Ukraine"); "released detainees arrested during ..." keeps the detainees.
                if (fallback is not null && i > last && !(at >= last + 1 && at <= last + 2 && Accepts(pattern, prep))) break;
                var ok = ownedObject || victims || released || (at < 0 && IsDitransitiveRecipient(view, pattern, m, head)) || (at < 0
                    ? (pattern.DirectObject || pattern.TargetInVerbPhrase) && i <= last + ObjectWindow
                    : Accepts(pattern, prep) || pattern.TargetInVerbPhrase || IsPlaceOfForceObject(view, pattern, m, at, head, last) || InnerPlaceOfForce.Is(view, pattern, m, at, head, last) || AidBeneficiaryPlace.Is(view, pattern, m, at, last) ||
                      IsPlaceOfJudgedObject(view, pattern, m, at, last));
                if (ok && m.Kind == MentionKind.Agent && i <= last && IsTriggerWord(view, pattern, i))
                {
                    // A bare agent that is one of the trigger's own words ("provided intelligence to Ukraine", "sent an aid convoy
                    // to Sudan") is the target only when nothing after the trigger is ("released the prisoners", "beat protesters").
                    fallback ??= m;
                    i = view.LastOf(m);
                    continue;
                }

                if (ok && NamedPossession(view, m) is { } named) return GroupRight(view, view.FirstOf(named), allowPreposition: false, allowPlaces: true);
                if (ok) return GroupRight(view, view.FirstOf(m), allowPreposition: false, allowPlaces: true);
                // A bare noun phrase that is not the object ends the search only for object patterns; a place or a
                // phrase after another preposition is skipped ("discussed Gaza with Putin", "extradition of X from Y").
                if (at < 0 && i > last && pattern.DirectObject && m.Kind != MentionKind.Place) break;
                i = view.LastOf(m);
                continue;
            }

            if (i > last && view.Word(i) is "." or "," && !pattern.TargetPrepositions.Contains("with")) break;
            // "trying to convince its followers that military defeat had changed little": whom one persuades is the object
            // before "that"; what the that-clause names is the content, not the one appealed to.
            // "dismissed Western accusations that Russian drones had ...": what a claim noun ending the trigger says is its content.
            if (i > last && view.Is(i, "that") && (IsPersuasionVerb(view.Word(head)) || IsClaimNoun(view.Word(last)))) break;
            if (i == last + 1 && last > head && view.Is(last, "that") && IsClaimNoun(view.Word(last - 1))) break;
            // "won Washington's support when they fought Isis", "praised the truce because Togo asked for it": a clause opened by
            // a subordinator has its own subject and object. Not a condition ("will resume talks if Pakistan ..." names the
            // partner), and only for cooperative acts: a hostile act's clause often names whom it is aimed at ("could retaliate
            // with curbs when Washington raises tariffs").
            if (i > last && pattern.Cameo[0] == '0' && view.IsTag(i, PartOfSpeech.Subordinator) &&
                (view.Word(i) is "because" or "although" or "though" or "while" or "whereas" or "when" || (view.Is(i, "as") && OpensClause(view, i))))
                break;
            // Only after a trigger that ends in its own object ("send aid and deploy"), not a verb or particle: "attacked and captured the town",
            // "rounding up and deporting Afghans", "the fight to degrade and destroy Isis" share theirs.
            if (i > last && last > head && !IsParticle(view, last) && !view.IsTag(last, PartOfSpeech.Preposition) && (view.Is(i, "and") || view.Is(i, "or")) && view.IsTag(i + 1, PartOfSpeech.Verb)) coordinated = true;
            // "are due to meet in Tehran to discuss Idlib", "negotiated a deal to avoid a regime assault": the object of a
            // purpose infinitive is that verb's, not the trigger's. Force is the exception: "fighting to defeat Isis" fights Isis.
            if (i > last && IsInfinitiveVerb(view, i) && !IsViolentCode(pattern.Cameo)) purpose = true;
        }

        return fallback is null ? [] : GroupRight(view, view.FirstOf(fallback), allowPreposition: false, allowPlaces: true);
    }

    /// <summary>An "-ing" trigger right after a word for a motion or text put to others ("a vote demanding", "a resolution
    /// calling"): a participle qualifying that noun.</summary>
    /// <summary>Whether the verb at <paramref name="first"/> (after modals, auxiliaries, "not", "to" and a verb taking "to":
    /// "could start to meet") follows a determiner-led noun phrase with no mention in it ("the committee"), which itself
    /// follows a verb or "that" ("believed the committee could meet"): that noun phrase is the verb's subject.</summary>
    private bool HasThingSubject(SentenceView view, int first)
    {
        if (!view.HasTags) return false;
        var k = first - 1;
        // "a commission to investigate" is a purpose: a "to" is skipped only after a verb taking it ("start to meet").
        while (k >= 1 && view.MentionAt[k] < 0)
        {
            if (view.IsTag(k, PartOfSpeech.Modal) || view.IsTag(k, PartOfSpeech.Auxiliary) || view.Is(k, "not")) k--;
            else if (view.Is(k, "to") && view.MentionAt[k - 1] < 0 && view.IsTag(k - 1, PartOfSpeech.Verb)) k -= 2;
            else break;
        }

        if (k == first - 1 || k < 2 || view.MentionAt[k] >= 0 || !view.IsTag(k, PartOfSpeech.Noun) || !char.IsLower(view.Word(k)[0])) return false;
        // "declared that the country would not bow to pressure": a noun that stands for a state refers back to one.
        if (WordList.Contains(view.Word(k), ["country", "nation", "kingdom", "state", "republic", "regime", "island", "emirate"])) return false;
        var j = k - 1;
        while (j >= 0 && view.MentionAt[j] < 0 && !_words.IsDeterminer(view.Word(j)) &&
               (view.IsTag(j, PartOfSpeech.Noun) || view.IsTag(j, PartOfSpeech.Adjective) || view.IsTag(j, PartOfSpeech.Number)))
            j--;
        if (j < 1 || view.MentionAt[j] >= 0 || !(view.Is(j, "the") || view.Is(j, "a") || view.Is(j, "an"))) return false;
        return view.MentionAt[j - 1] < 0 && (view.Is(j - 1, "that") || (view.IsTag(j - 1, PartOfSpeech.Verb) && view.Word(j - 1).EndsWith("ed", StringComparison.Ordinal)));
    }

    private static bool IsNounQualifyingParticiple(SentenceView view, int first) =>
        first >= 2 && view.Word(first).EndsWith("ing", StringComparison.Ordinal) && view.MentionAt[first - 1] < 0 &&
        view.Word(first - 1) is "vote" or "motion" or "resolution" or "proposal" or "bill" or "draft" or "amendment" or "petition" or "letter" or "text";

    // "backed by US airpower", "supported by Russian jets": the backing is fire, whose owner may well be the agent.
    private static bool NamesFireAfter(SentenceView view, int by)
    {
        for (var k = by + 1; k < view.Count && k <= by + 4; k++)
        {
            if (WordList.Contains(view.Word(k), ["airpower", "air", "jets", "warplanes", "aircraft", "drones", "artillery", "strikes", "airstrikes", "gunships", "helicopters", "fire"]))
                return true;
        }

        return false;
    }

    private static bool IsClaimNoun(ReadOnlySpan<char> word) =>
        WordList.Contains(word, ["accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "suggestion", "suggestions", "report", "reports"]);

    /// <summary>A form of persuade, convince or (re)assure: verbs whose object is the one addressed and whose that-clause is
    /// what that one is brought to believe.</summary>
    private static bool IsPersuasionVerb(ReadOnlySpan<char> word) =>
        word.StartsWith("persuad", StringComparison.OrdinalIgnoreCase) || word.StartsWith("convinc", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("assur", StringComparison.OrdinalIgnoreCase) || word.StartsWith("reassur", StringComparison.OrdinalIgnoreCase);

    /// <summary>"resigned as the opposition threatened to storm ...": an "as" followed, before any punctuation, by a finite
    /// verb opens a clause; "resigned as Sri Lanka's president" names a post.</summary>
    private static bool OpensClause(SentenceView view, int at)
    {
        for (var k = at + 1; k < view.Count && k <= at + 6; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (view.MentionAt[k] < 0 && view.IsTag(k, PartOfSpeech.Verb) && !view.Word(k).EndsWith("ing", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>"will supply Ukraine with Patriot missile parts", "armed the Houthis with drones": the actor right after a verb
    /// of equipping (at most a determiner between) and followed by "with" is who receives what the "with" names, whatever
    /// preposition the pattern expects for the recipient ("supply weapons to Ukraine").</summary>
    private bool IsDitransitiveRecipient(SentenceView view, EventPattern pattern, Mention m, int head)
    {
        if (pattern.Kind != TriggerKind.Verb || (!SentenceView.IsActorLike(m) && m.Kind != MentionKind.Place) || !IsEquippingVerb(view.Word(head))) return false;
        var k = head + 1;
        while (k < view.FirstOf(m) && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k++;
        return k == view.FirstOf(m) && view.Is(view.LastOf(m) + 1, "with");
    }

    internal static bool IsEquippingVerb(ReadOnlySpan<char> w) =>
        w.StartsWith("suppl", StringComparison.OrdinalIgnoreCase) || w.StartsWith("provid", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("equip", StringComparison.OrdinalIgnoreCase) || w.StartsWith("furnish", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("rearm", StringComparison.OrdinalIgnoreCase) || w is "arm" or "arms" or "armed" or "arming" or "Arm" or "Arms" or "Armed" or "Arming";

    /// <summary>Whether the clause of <paramref name="first"/> begins, before it, with an "-ing" verb that has no subject before it.</summary>
    private static bool OpensWithGerund(SentenceView view, int clause, int first)
    {
        var start = first;
        while (start > 0 && view.Clause[start - 1] == clause) start--;
        return start < first && view.Word(start).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && view.IsTag(start, PartOfSpeech.Verb);
    }

    /// <summary>"negotiate with Assad's backer, Russia", "met Iran's main ally, Syria": the actor an apposition names when
    /// <paramref name="owner"/> only owns the noun that is the object; null when no such apposition follows.</summary>
    private static Mention? NamedPossession(SentenceView view, Mention owner)
    {
        var k = view.LastOf(owner) + 1;
        if (!(view.Is(k, "'s") || view.Is(k, "’s"))) return null;
        // "warned Ukraine's Western allies": a region's own mention right after the possessive is the object, the owner only its partner.
        if (k + 1 < view.Count && view.MentionAt[k + 1] >= 0 && view.Mentions[view.MentionAt[k + 1]] is var region && IsRegion(region)) return region;
        var nouns = 0;
        for (k++; k < view.Count && nouns < 3 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && view.Word(k).Length > 0 &&
                  char.IsLower(view.Word(k)[0]); k++)
            nouns++;
        if (nouns == 0 || !view.Is(k, ",") || k + 1 >= view.Count || view.MentionAt[k + 1] < 0) return null;
        var named = view.Mentions[view.MentionAt[k + 1]];
        return SentenceView.IsActorLike(named) && named.Kind == MentionKind.Actor ? named : null;
    }

    /// <summary>Whether <paramref name="m"/> names a world region, by name or adjective ("Western allies", "European"): an actor of
    /// no state and no organisation.</summary>
    private static bool IsRegion(Mention m) =>
        m.Kind == MentionKind.Actor && m.Actor is { Country: null, Org: null } && (HasEntry(m, "region:") || HasEntry(m, "adj:"));

    /// <summary>"... said North Korea had sent troops to Russia to fight": the actor right before the verb whose object is
    /// <paramref name="agent"/> (articles and numbers before the object, auxiliaries and adverbs before the verb); empty when the
    /// verb has no named subject of its own there, so the clause's subject stands.</summary>
    private List<Mention> GoverningSubject(SentenceView view, Mention agent)
    {
        var k = view.FirstOf(agent) - 1;
        // "sent a carrier group", "sent 400 police officers", "had sent thousands of troops".
        while (k >= 0 && view.MentionAt[k] < 0 && (_words.IsDeterminer(view.Word(k)) || view.Tokens[k].Kind == TokenKind.Number ||
                                                   view.IsTag(k, PartOfSpeech.Number) || view.Is(k, "of")))
            k--;
        if (k < 1 || view.MentionAt[k] >= 0 || !view.IsTag(k, PartOfSpeech.Verb)) return [];
        var clause = view.Clause[k];
        k--;
        while (k >= 0 && view.MentionAt[k] < 0 && view.Clause[k] == clause && (_words.IsModifier(view.Word(k)) || view.Is(k, "has") || view.Is(k, "have") ||
                                                                               view.Is(k, "had")))
            k--;
        if (k < 0 || view.MentionAt[k] < 0 || view.Clause[k] != clause || !SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]])) return [];
        return GroupLeft(view, k, clause);
    }

    /// <summary>"instructed the Kurds, its only allies, to surrender", "training local forces to fight ISIS": the object of a
    /// verb of telling, asking, letting or training is the one who does what its infinitive says, not the clause's subject.</summary>
    private static bool IsControlledObject(SentenceView view, Mention agent)
    {
        var clause = view.Clause[view.FirstOf(agent)];
        for (var k = view.FirstOf(agent) - 1; k >= 0 && k >= view.FirstOf(agent) - 10 && view.Clause[k] == clause; k--)
        {
            if (view.MentionAt[k] >= 0) continue;
            var w = view.Word(k);
            if (IsControlVerb(w)) return true;
            if (view.IsTag(k, PartOfSpeech.Verb)) return false;
        }

        return false;
    }

    private static bool IsControlVerb(ReadOnlySpan<char> w) =>
        w.StartsWith("instruct", StringComparison.OrdinalIgnoreCase) || w.StartsWith("order", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("urg", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ask", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("allow", StringComparison.OrdinalIgnoreCase) || w.StartsWith("persuad", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("press", StringComparison.OrdinalIgnoreCase) || w.StartsWith("push", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("encourag", StringComparison.OrdinalIgnoreCase) || w.StartsWith("invit", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("train", StringComparison.OrdinalIgnoreCase) || w.StartsWith("help", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("enabl", StringComparison.OrdinalIgnoreCase) || w.StartsWith("permit", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("authori", StringComparison.OrdinalIgnoreCase) || w.StartsWith("begged", StringComparison.OrdinalIgnoreCase) ||
        w.StartsWith("forced", StringComparison.OrdinalIgnoreCase) || w.StartsWith("forcing", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("told", StringComparison.OrdinalIgnoreCase) || w.Equals("tell", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("tells", StringComparison.OrdinalIgnoreCase) || w.Equals("telling", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("let", StringComparison.OrdinalIgnoreCase) || w.Equals("lets", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("called", StringComparison.OrdinalIgnoreCase) || w.Equals("calling", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="i"/> is a "to" that opens an infinitive (a verb, not a name, right after it).</summary>
    private static bool IsInfinitiveVerb(SentenceView view, int i) =>
        view.Is(i, "to") && i + 1 < view.Count && view.MentionAt[i + 1] < 0 && view.IsTag(i + 1, PartOfSpeech.Verb);

    /// <summary>
    /// "shelled the outskirts of Kharkiv", "attacked positions in northern Iraq": a use of force whose object is a plain
    /// noun group (no actor) located by an of/in phrase strikes that place's country or that actor.
    /// </summary>
    private bool IsPlaceOfForceObject(SentenceView view, EventPattern pattern, Mention m, int at, int head, int last)
    {
        if (pattern.Cameo.Length < 2 || pattern.Cameo.AsSpan(0, 2) is not ("18" or "19" or "20"))
        {
            return false;
        }

        // "fired four shells at targets in Jericho": a trigger that ends on its own "at" has that noun group as its object.
        if (!pattern.DirectObject && !(last > head && view.Is(last, "at") && Accepts(pattern, "at"))) return false;
        var prep = view.Word(at);
        if (prep is not ("of" or "in" or "near" or "around" or "outside")) return false;
        var from = last + 1;
        var skipped = false;
        if (pattern.Kind == TriggerKind.Verb && (view.Is(from, "near") || view.Is(from, "outside") || view.Is(from, "around")))
        {
            // "A missile struck near Israel's main airport": a strike with no object lands in the place it names. Not "in":
            // "to fight in Ukraine" says where, and "30 others wounded in the districts of X" is a passive without its "were".
            // A trigger that ends on its own object ("gain control of villages near X") is left to the rule below.
            if (at == from) return head == last;
            // "struck near the main terminal of X's airport": past the place word, only "the N of X" names whose place it is.
            if (prep is not "of") return false;
            from++;
            skipped = true;
        }

        var gap = at - from;
        if (gap is < 1 or > 8) return false;
        // "abducted thousands of women around the town of Sinjar": the object may run on through "of" and one place phrase.
        var located = false;
        for (var k = from; k < at; k++)
        {
            var w = view.Word(k);
            // "shelled a camp for displaced people near El Fasher": people with no state of their own, after "for", are whom the
            // place serves, part of the object.
            if (view.MentionAt[k] >= 0 && k > from && view.Is(k - 1, "for") && view.Mentions[view.MentionAt[k]] is { Kind: MentionKind.Agent, Actor.Country: null } served)
            {
                k = view.LastOf(served);
                continue;
            }

            if (view.MentionAt[k] >= 0 || w.Length == 0 || !char.IsLetterOrDigit(w[0]) || view.IsTag(k, PartOfSpeech.Verb)) return false;
            if (!_words.IsPreposition(w)) continue;
            if (skipped || k == from || !(w is "of" or "in" or "near" or "around" or "outside" or "at" or "for") || (w is not ("of" or "for") && located)) return false;
            located |= w is not ("of" or "for");
        }

        return gap <= 5 || located;
    }

    /// <summary>"condemned the coup in Niger", "criticised the crackdown in Hong Kong": a reaction whose object is a plain noun
    /// phrase (one to four words, no name, no verb) set in a state judges what happens there; that state, named as the whole
    /// place ("conditions in Afghan refugee camps" names no state), is the target.</summary>
    private bool IsPlaceOfJudgedObject(SentenceView view, EventPattern pattern, Mention m, int at, int last)
    {
        var after = view.LastOf(m) + 1;
        if (IsDemonymPhrase(m) || (after < view.Count && view.MentionAt[after] < 0 && view.IsTag(after, PartOfSpeech.Noun)))
            return false;
        // Only comments, praise and criticism: a lawsuit or a refusal "in" a place is not aimed at it.
        var code = pattern.Cameo;
        if (!pattern.DirectObject || !(code.StartsWith("01", StringComparison.Ordinal) || code.StartsWith("051", StringComparison.Ordinal) ||
                                       code.StartsWith("110", StringComparison.Ordinal) || code.StartsWith("111", StringComparison.Ordinal)) ||
            !(view.Is(at, "in") || view.Is(at, "inside")))
            return false;
        var gap = at - last - 1;
        if (gap is < 1 or > 4) return false;
        for (var k = last + 1; k < at; k++)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) || _words.IsPreposition(w) ||
                view.IsTag(k, PartOfSpeech.Verb))
                return false;
        }

        return true;
    }

    /// <summary>"clashed with Israeli troops advancing on the village": a verb's own "with" right after it names the partner even
    /// when a participle qualifies it, unless an infinitive follows the participle ("trying to advance"), whose subject the
    /// purpose rules would then take from the main clause.</summary>
    private static bool IsPartnerWithParticiple(SentenceView view, EventPattern pattern, int at, int last, Mention m) =>
        at == last + 1 && pattern.Kind == TriggerKind.Verb && Accepts(pattern, view.Word(at)) && !view.Is(view.LastOf(m) + 2, "to") &&
        !MediatorRole.StartsAt(view, view.LastOf(m) + 1);

    private bool IsAbsoluteWith(SentenceView view, Mention m)
    {
        var k = view.LastOf(m) + 1;
        if (k >= view.Count || view.MentionAt[k] >= 0) return false;
        if (MediatorRole.StartsAt(view, k)) return true;
        var w = view.Word(k);
        return w.Length > 3 && char.IsLower(w[0]) && w.EndsWith("ing", StringComparison.Ordinal) && !_words.IsPreposition(w) &&
               w is not ("including" or "regarding" or "concerning" or "following" or "according");
    }

    private static bool Accepts(EventPattern pattern, ReadOnlySpan<char> prep)
    {
        var preps = pattern.TargetPrepositions;
        for (var i = 0; i < preps.Count; i++)
        {
            if (prep.Equals(preps[i], StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The token index of the preposition that introduces the mention starting at <paramref name="mentionFirst"/>, or -1.</summary>
    private int PrecedingPreposition(SentenceView view, int mentionFirst, int floor)
    {
        var descriptive = 0;
        for (var k = mentionFirst - 1; k > floor; k--)
        {
            var w = view.Word(k);
            if (_words.IsDeterminer(w) || _words.IsModifier(w)) continue;
            // "participation in the Russian-led CSTO": the leading state qualifies the body after it.
            if (view.MentionAt[k] >= 0 && LeadsNamedBody(view, view.Mentions[view.MentionAt[k]])) continue;
            // "the invasion of South Lebanon", "in Western Cambodia": a capitalised compass point naming part of the country
            // stands between the preposition and the name as "the" does.
            if (view.MentionAt[k] < 0 && IsCompassPoint(w) && !NameRunsOn(view, mentionFirst)) continue;
            // "drills with the Royal New Zealand Navy", "the Royal Thai Army": a monarchy's forces carry "Royal" before the
            // national name the dictionary knows them by.
            if (view.MentionAt[k] < 0 && k == mentionFirst - 1 && w is "Royal") continue;
            // "donated tents to earthquake survivors": the disaster qualifies the people as an adjective would.
            if (view.MentionAt[k] < 0 && k == mentionFirst - 1 && Syntax.DisasterVictims.Modifies(w, view.Word(mentionFirst))) continue;
            // "investigations against 28 Chilean officials", "sanctions on six Israeli settlers": a count is part of the object;
            // a year is not ("in 2022 Russian troops invaded" has no object of "in").
            if (view.MentionAt[k] < 0 && view.IsTag(k, PartOfSpeech.Number) && k - 1 > floor && !IsYear(w))
            {
                // "free over 150 Palestinian prisoners", "at least 20", "more than 30": the words that hedge a count belong to it.
                k -= ApproximatorBefore(view, k, floor);
                continue;
            }

            // "on suspected PKK positions", "in northern Iraq": up to two adjectives between the preposition and the name.
            if (descriptive < 2 && IsDescriptive(view, k) && !_words.IsPreposition(w))
            {
                descriptive++;
                continue;
            }

            // "killed dozens of civilians", "arrested members of the opposition": the quantity is the object.
            // "expelled the chief of the Afghan embassy", "summoned the deputy head of Canada's mission": a post or office
            // that is no actor itself stands for the body it belongs to.
            // "investigated the welfare of 2,000 Libyans": the people's welfare, fate or treatment stands for the people.
            // "fired missiles at the northern city of Erbil": the kind of place before a named place is part of the object, and
            // the preposition before that phrase is the place's ("of" stays when none is found).
            if (w is "of" && k - 1 > floor && view.MentionAt[k - 1] < 0 && EventCoder.IsPlaceKindNoun(view, k - 1) && IsPlaceAt(view, mentionFirst) &&
                PrepositionBeforePlaceKind(view, k - 1, floor) is var before and >= 0)
                return before;
            if (w is "of" && k - 1 > floor && (IsQuantity(view.Word(k - 1)) || IsPostOf(view.Word(k - 1)) || IsPlightOf(view.Word(k - 1))))
            {
                k--;
                continue;
            }

            // "tariffs on $75 billion worth of American goods", "on 30 billion dollars' worth of Russian imports": the goods an
            // amount is worth of are the object.
            if (w is "of" && k - 1 > floor && view.Is(k - 1, "worth"))
            {
                k = AmountStart(view, k - 1, floor);
                continue;
            }

            // "promised to buy $200 billion of American goods": an amount of money before "of" is part of the object as well.
            // An owner's possessive after it keeps the "of" ("wrote off two billion dollars of Myanmar's debt").
            if (w is "of" && k - 1 > floor && IsAmountWord(view.Word(k - 1)) && !IsPossessiveAt(view, mentionFirst))
            {
                k = AmountStart(view, k, floor);
                continue;
            }

            // "a ship linked to Israel", "a tanker owned by a Greek company": the participle is the relation, so a frame names
            // it (p:linked, p:owned) rather than the bare "to"/"by" that so often means something else.
            if (w is "to" or "by" && k - 1 > floor && IsOwnershipParticiple(view.Word(k - 1)))
            {
                return k - 1;
            }

            return _words.IsPreposition(w) ? k : -1;
        }

        return -1;
    }

    private static bool IsPlaceAt(SentenceView view, int k) => view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]].Kind == MentionKind.Place;

    /// <summary>The preposition before a place-kind noun and its modifiers ("at the northern city", "on the Kurdish-held Syrian
    /// town"), or -1 when another word stands first.</summary>
    private int PrepositionBeforePlaceKind(SentenceView view, int kind, int floor)
    {
        for (var j = kind - 1; j > floor && j >= kind - 5; j--)
        {
            var w = view.Word(j);
            if (view.MentionAt[j] < 0 && _words.IsPreposition(w)) return j;
            if (view.MentionAt[j] >= 0 || _words.IsDeterminer(w) || _words.IsModifier(w) || IsDescriptive(view, j) ||
                view.IsTag(j, PartOfSpeech.Adjective) || w.Contains('-') || EventCoder.IsPlaceKindNoun(view, j))
                continue;
            return -1;
        }

        return -1;
    }

    /// <summary>The first token of the amount that ends before "worth" at <paramref name="worth"/> ("$75 billion", "30 billion
    /// dollars'"), or <paramref name="worth"/> itself when no amount precedes it.</summary>
    private static int AmountStart(SentenceView view, int worth, int floor)
    {
        var j = worth - 1;
        // "€2.8bn" is a symbol and one token that starts with a digit.
        while (j > floor && (view.IsTag(j, PartOfSpeech.Number) || IsMoneyWord(view.Word(j)) || StartsWithDigit(view.Word(j)))) j--;
        return j + 1;
    }

    private static bool IsPossessiveAt(SentenceView view, int mentionFirst)
    {
        if (view.MentionAt[mentionFirst] < 0) return false;
        var after = view.LastOf(view.Mentions[view.MentionAt[mentionFirst]]) + 1;
        return after < view.Count && view.Word(after) is "'s" or "’s";
    }

    private static bool IsAmountWord(ReadOnlySpan<char> w) =>
        w is "billion" or "million" or "trillion" or "bn" or "dollars" or "euros" or "pounds" or "yuan" or "yen" or "rupees" or "roubles" or "rubles";

    private static bool StartsWithDigit(ReadOnlySpan<char> w) => w.Length > 0 && char.IsAsciiDigit(w[0]);

    private static bool IsMoneyWord(ReadOnlySpan<char> w) =>
        w is "$" or "€" or "£" or "'" or "’" or "US$" or "bn" or "m" or "dollars" or "dollar" or "euros" or "euro" or "pounds" or "yuan" or "yen" or
            "rupees" or "roubles" or "rubles";

    /// <summary>How many words before the count at <paramref name="k"/> hedge it: "over", "about", "around", "nearly", "almost",
    /// "roughly", "some" (1) or "more than", "at least", "up to" (2); 0 otherwise.</summary>
    private static int ApproximatorBefore(SentenceView view, int k, int floor)
    {
        if (k - 1 <= floor) return 0;
        if (k - 2 > floor && ((view.Is(k - 1, "than") && (view.Is(k - 2, "more") || view.Is(k - 2, "fewer") || view.Is(k - 2, "less"))) ||
                              (view.Is(k - 1, "least") && view.Is(k - 2, "at")) || (view.Is(k - 1, "to") && view.Is(k - 2, "up"))))
            return 2;
        return view.Is(k - 1, "over") || view.Is(k - 1, "about") || view.Is(k - 1, "around") || view.Is(k - 1, "nearly") ||
               view.Is(k - 1, "almost") || view.Is(k - 1, "roughly") || view.Is(k - 1, "some") || view.Is(k - 1, "approximately")
            ? 1
            : 0;
    }

    /// <summary>"the Russian-led CSTO": a state that leads a body named by its own entry right after it qualifies that body,
    /// which is the actor ("the Saudi-led coalition", with no entry of its own, is still Saudi).</summary>
    private static bool LeadsNamedBody(SentenceView view, Mention m)
    {
        var text = view.Text;
        if (m.End + 4 > text.Length || !text.AsSpan(m.End, 4).Equals("-led", StringComparison.OrdinalIgnoreCase)) return false;
        var next = view.LastOf(m) + 1;
        return next < view.Count && view.MentionAt[next] >= 0 && view.Mentions[view.MentionAt[next]] is { Kind: MentionKind.Actor, Actor.Org: not null } body &&
               !ReferenceEquals(body, m);
    }

    /// <summary>"quit the West African bloc ECOWAS": a region word describing the organisation named right after its body noun is
    /// not a target of its own; the organisation is.</summary>
    private static bool DescribesNamedBody(SentenceView view, Mention m)
    {
        if (m.Kind != MentionKind.Actor || m.Actor is not { Country: null, Org: null }) return false;
        var noun = view.LastOf(m) + 1;
        if (noun + 1 >= view.Count || !(view.Is(noun, "bloc") || view.Is(noun, "grouping") || view.Is(noun, "alliance") ||
                                        view.Is(noun, "organisation") || view.Is(noun, "organization") || view.Is(noun, "body")))
            return false;
        return view.MentionAt[noun + 1] >= 0 && view.Mentions[view.MentionAt[noun + 1]] is { Kind: MentionKind.Actor, Actor.Org: not null };
    }

    /// <summary>"rejected the Gaza displacement plan", "welcomed the Sudan ceasefire deal": a place inside the trigger's words that
    /// qualifies the noun after it names what the plan or deal is about, not whom a non-violent act is aimed at.</summary>
    private static bool IsTopicPlace(SentenceView view, EventPattern pattern, Mention m, int last)
    {
        if (m.Kind != MentionKind.Place || IsViolentCode(pattern.Cameo)) return false;
        var next = view.LastOf(m) + 1;
        return next <= last && view.MentionAt[next] < 0 && view.IsTag(next, PartOfSpeech.Noun) && char.IsLower(view.Word(next)[0]);
    }

    private static bool IsYear(ReadOnlySpan<char> w) => w.Length == 4 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[1]) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3]);

    private static bool IsOwnershipParticiple(ReadOnlySpan<char> w) =>
        w is "linked" or "owned" or "operated" or "belonging" or "tied" or "chartered" or "registered";

    /// <summary>Whether a capitalised word follows the mention starting at <paramref name="first"/>: "South China Sea" is
    /// a sea's name, not the south of China.</summary>
    private static bool NameRunsOn(SentenceView view, int first)
    {
        var next = view.LastOf(view.Mentions[view.MentionAt[first]]) + 1;
        return next < view.Count && view.Word(next) is { Length: > 0 } w && char.IsUpper(w[0]);
    }

    private static bool IsCompassPoint(ReadOnlySpan<char> w) =>
        w is "South" or "North" or "East" or "West" or "Southern" or "Northern" or "Eastern" or "Western" or "Central";

    private static bool IsParticle(SentenceView view, int i) =>
        view.Is(i, "in") || view.Is(i, "over") || view.Is(i, "back") || view.Is(i, "out") || view.Is(i, "off") || view.Is(i, "up");

    private static bool IsPostOf(ReadOnlySpan<char> w) =>
        w is "head" or "chief" or "director" or "deputy" or "commander" or "chairman" or "chairwoman" or "chair" or "staff" or "staffers" or
            "employees" or "workers" or "personnel" or "representative" or "representatives" or "delegation" or "delegates" or "crew";

    private static bool IsPlightOf(ReadOnlySpan<char> w) =>
        w is "welfare" or "fate" or "plight" or "treatment" or "safety" or "wellbeing" or "well-being" or "whereabouts";

    private static bool IsQuantity(ReadOnlySpan<char> w) =>
        w is "dozens" or "hundreds" or "thousands" or "millions" or "tens" or "scores" or "dozen" or "number" or "members" or
            "some" or "many" or "most" or "several" or "all" or "both" or "each" or "one" or "two" or "three" or "group" or "groups";

    /// <summary>Inserts at <paramref name="at"/> in <paramref name="group"/> the earlier parts of the hyphenated compound that
    /// <paramref name="m"/> ends ("Egyptian" for "Egyptian-Qatari"), or that qualifies it as an agent ("Egyptian-Qatari
    /// mediators"), in text order; returns how many.</summary>
    private static int AddCompoundParts(SentenceView view, List<Mention> group, int at, Mention m)
    {
        var n = view.CompoundPartsBefore(m);
        var index = n > 0 ? view.MentionAt[view.FirstOf(m)] : -1;
        var before = view.FirstOf(m) - 1;
        if (n == 0 && m.Kind is MentionKind.Agent or MentionKind.Actor && !IsBareDemonym(m) && before >= 0 && view.MentionAt[before] >= 0 && view.Mentions[view.MentionAt[before]] is var qualifier &&
            IsBareDemonym(qualifier))
        {
            // "Egyptian-Qatari mediators" reads as "Egyptian and Qatari mediators": the agent keeps the last demonym, the
            // earlier parts join the group.
            n = view.CompoundPartsBefore(qualifier);
            index = view.MentionAt[before];
        }

        if (n == 0 || IsOnePrivatePerson(view, view.FirstOf(view.Mentions[index]) + 1)) return 0;
        for (var j = 0; j < n; j++) group.Insert(at + j, view.Mentions[index - n + j]);
        return n;
    }

    /// <summary>"an Israeli-American hostage", "an Iranian-American journalist": a compound before one private person (a singular
    /// agent noun at <paramref name="head"/>, not an official or military body) tells one person's nationalities, not two actors.</summary>
    private static bool IsOnePrivatePerson(SentenceView view, int head)
    {
        if (head >= view.Count || view.MentionAt[head] < 0) return false;
        var person = view.Mentions[view.MentionAt[head]];
        if (view.FirstOf(person) != head || person.Actor?.Name is not null || IsBareDemonym(person) || person.Actor?.Sector is null or "GOV" or "MIL")
            return false;
        var last = view.Word(view.LastOf(person));
        return last.Length > 0 && !(last[^1] is 's' or 'S');
    }

    /// <summary>The mention ending at or before <paramref name="from"/> in the same clause, with its compound partners to the left.</summary>
    private List<Mention> GroupLeft(SentenceView view, int from, int clause)
    {
        // "'...,' Dunford told reporters during a trip": a quotation that opens the sentence holds no subject of what follows it.
        var floor = Math.Max(OpeningQuoteEnd(view, from + 1), AskedQuestion.End(view));
        for (var i = from; i >= floor; i--)
        {
            if (view.Clause[i] != clause)
            {
                // "Brazil, which borders both countries, reinforced ...": a relative clause set off by commas is stepped over.
                if (RelativeIslandStart(view, i, clause) is var opening and >= 0) i = opening;
                else break;
                continue;
            }

            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            if (MakerOwner(view, m) is { } user)
            {
                // "The Malaysia Airlines Boeing 777 was shot down": a maker named before its model number says what the
                // thing is; the actor right before the maker owns it.
                m = user;
            }

            var start = view.FirstOf(m);
            var end = view.LastOf(m);
            // "with India getting closer to ...", "with militaries of both countries engaging in drills": the
            // actor right before the trigger, or before an -ing verb, is a subject although a preposition precedes it.
            var adjacent = end == from ||
                (end + 1 < view.Count && view.MentionAt[end + 1] < 0 && view.Word(end + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase));
            var possessive = end + 1 < view.Count && view.Word(end + 1) is "'s" or "’s";
            if (possessive && SentenceView.IsActorLike(m) && !IsAfterPreposition(view, start) && IsOwnedOrganUpTo(view, end + 2, from))
            {
                // "The IMF's executive board approved ...": an unnamed body of an actor acts for it.
                return [m];
            }

            if (!SentenceView.IsActorLike(m) || possessive || (IsAfterPreposition(view, start) && !adjacent))
            {
                i = start;
                continue;
            }

            if (AppositiveOpening(view, start, end) is var comma and >= 0)
            {
                // "Medvedev, now deputy head of the Security Council, warned": the body a title belongs to is not the subject.
                i = comma;
                continue;
            }

            if (ParticipleIslandOpening(view, start, end, from) is var island and >= 0)
            {
                // "Erdogan, visiting Kyiv on Thursday, criticised Russia": the object of a participle set off by commas is not
                // the subject; the actor before the phrase is.
                i = island;
                continue;
            }

            if (DescribingAppositive.Opening(view, start, end) is var described and >= 0)
            {
                // "Pakistan, a key U.S. ally, criticized India": the state describes the subject; the actor before it acts.
                i = described;
                continue;
            }

            var group = new List<Mention> { m };
            AddCompoundParts(view, group, 0, m);
            var k = SkipModifierMentionLeft(view, SkipModifiersLeft(view, start - 1), m);
            if (OwnerBeforeAgent(view, m, k) is { } owner)
            {
                // "Pakistan and Afghanistan's Taliban government agreed": the agent is the named actor's own, and that actor is
                // the compound's member, so the "and" before it still joins Pakistan.
                group[^1] = owner;
                k = SkipModifiersLeft(view, view.FirstOf(owner) - 1);
            }
            // "In a statement read on state television, the three governments ...": the comma that closes an opening phrase
            // joins no compound.
            // "Neither Russia nor Ukraine attended": "nor" joins a compound subject as "and" does (the modality is negated).
            // "Iran's foreign minister, Abbas Araghchi, met ...": a name set off by commas on both sides is an appositive, one
            // actor named twice; its commas join no list until an "and" has ("the UK, the US and France met").
            var conjoined = end + 1 >= view.Count || !(view.Word(end + 1) is ",");
            var listClause = clause;
            while (k >= 1 && k > floor && ((view.Is(k, "and") || view.Is(k, "or") || view.Is(k, "nor") || (view.Word(k) is "," && conjoined)) && view.MentionAt[k - 1] >= 0 && view.Clause[k - 1] == listClause ||
                   IsSerialComma(view, k)))
            {
                // "The US, Russia, and Switzerland met": the comma before a list's last "and" joins as the "and" does, though
                // the clause splitter may have cut the list there.
                if (IsSerialComma(view, k))
                {
                    k--;
                    listClause = view.Clause[k - 1];
                }

                conjoined = true;
                var prev = view.Mentions[view.MentionAt[k - 1]];
                if (!SentenceView.IsActorLike(prev)) break;
                // "Following a call with Biden, Zelensky thanked ...": a bare comma after the object of an opening phrase's
                // preposition closes the phrase; the actor before it is no member of the subject right before the verb.
                // Only as the first join: "chiefs from Japan, Australia and the US held talks" is one list ended by its "and".
                if (adjacent && group.Count == 1 && view.Word(k) is "," && IsAfterPreposition(view, view.FirstOf(prev)) &&
                    !IsAfterWord(view, view.FirstOf(prev), "between")) break;
                group.Insert(0, prev);
                AddCompoundParts(view, group, 0, prev);
                k = SkipModifierMentionLeft(view, SkipModifiersLeft(view, view.FirstOf(prev) - 1), prev);
            }

            AddAccompanying(view, group, from, clause);
            if (group.Count > 1 && !adjacent && IsAfterPreposition(view, view.FirstOf(group[0])) && !IsAfterWord(view, view.FirstOf(group[0]), "between"))
            {
                // "the importance of cooperation among Japan, the Philippines and the United States, and agreed": a list
                // inside a prepositional phrase is no subject.
                i = view.FirstOf(group[0]);
                continue;
            }

            return group;
        }

        return [];
    }

    /// <summary>The actor mention right before <paramref name="maker"/>, a company named before a model number ("Malaysia
    /// Airlines Boeing 777", "an Air India Airbus A320"), or null.</summary>
    private static Mention? MakerOwner(SentenceView view, Mention maker)
    {
        if (maker.Actor is not { Sector: "BUS" }) return null;
        var first = view.FirstOf(maker);
        var after = view.LastOf(maker) + 1;
        if (first < 1 || after >= view.Count || view.MentionAt[first - 1] < 0) return null;
        var model = view.Word(after);
        if (!(view.IsTag(after, PartOfSpeech.Number) || (model.Length > 1 && char.IsUpper(model[0]) && char.IsDigit(model[^1])))) return null;
        var owner = view.Mentions[view.MentionAt[first - 1]];
        return owner.Kind == MentionKind.Actor ? owner : null;
    }

    /// <summary>An "and" at <paramref name="k"/> right after a comma that closes the middle item of a list of actors, as in
    /// "A, B, and C" (the item before the comma is itself after a comma that follows an actor).</summary>
    private bool IsSerialComma(SentenceView view, int k)
    {
        if (k < 4 || !view.Is(k, "and") || view.Word(k - 1) is not "," || view.MentionAt[k - 2] < 0) return false;
        var middle = view.Mentions[view.MentionAt[k - 2]];
        if (!SentenceView.IsActorLike(middle)) return false;
        var p = view.FirstOf(middle) - 1;
        while (p >= 0 && view.MentionAt[p] < 0 && _words.IsDeterminer(view.Word(p))) p--;
        if (p < 1 || view.Word(p) is not "," || view.MentionAt[p - 1] < 0) return false;
        // "his defence secretary, James Mattis, and ...": one actor named twice is an appositive, no list; the items of a list
        // are different states or bodies.
        var before = view.Mentions[view.MentionAt[p - 1]];
        return middle.Kind == MentionKind.Actor && before.Kind == MentionKind.Actor && middle.Actor is { } m && before.Actor is { } b &&
               (m.Country ?? m.Org) is not null && (b.Country ?? b.Org) is not null && m.Key != b.Key;
    }

    /// <summary>The actor right before a country-less agent ("Afghanistan's Taliban | government") when a conjunction joins a
    /// further actor before that actor, else null: only in a compound does the agent's owner need to stand for it.</summary>
    private static Mention? OwnerBeforeAgent(SentenceView view, Mention agent, int k)
    {
        if (agent.Kind != MentionKind.Agent || agent.Actor is not { Country: null } || k < 2 || k != view.FirstOf(agent) - 1 || view.MentionAt[k] < 0) return null;
        var owner = view.Mentions[view.MentionAt[k]];
        if (owner.Kind != MentionKind.Actor || owner.Actor is null || IsBareDemonym(owner)) return null;
        var before = view.FirstOf(owner) - 1;
        return before >= 1 && (view.Is(before, "and") || view.Is(before, "or")) && view.MentionAt[before - 1] >= 0 ? owner : null;
    }

    /// <summary>Adds to a subject <paramref name="group"/> the partners that "as well as" joins before it ("Japan as well as South
    /// Korea protested") or that "along with" / "together with" joins after it, before the verb ("France, along with Germany,
    /// condemned").</summary>
    private void AddAccompanying(SentenceView view, List<Mention> group, int from, int clause)
    {
        var s0 = view.FirstOf(group[0]);
        var k = s0 - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k--;
        if (k >= 3 && view.Is(k, "as") && view.Is(k - 1, "well") && view.Is(k - 2, "as") && view.MentionAt[k - 3] >= 0 && view.Clause[k - 3] == clause &&
            view.Mentions[view.MentionAt[k - 3]] is var before && SentenceView.IsActorLike(before) && !IsAfterPreposition(view, view.FirstOf(before)))
            group.Insert(0, before);

        // "Together with France, Germany pledged ...": the partners of an opening "together/along with" phrase act with the subject.
        if (k >= 3 && view.Word(k) is "," && (view.Is(0, "together") || view.Is(0, "along")) && view.Is(1, "with") &&
            GroupRight(view, 2, allowPreposition: false) is { Count: > 0 } opening && view.LastOf(opening[^1]) == k - 1)
            group.InsertRange(0, opening);

        var e = view.LastOf(group[^1]) + 1;
        if (e < view.Count && view.Word(e) is ",") e++;
        if (!(view.Is(e, "along") || view.Is(e, "together")) || !view.Is(e + 1, "with")) return;
        var partners = GroupRight(view, e + 2, allowPreposition: false);
        if (partners.Count > 0 && view.LastOf(partners[^1]) < from) group.AddRange(partners);
    }

    /// <summary>Whether tokens <paramref name="from"/>..<paramref name="to"/> are one to three lower-case words, none a
    /// mention or preposition, the last an organ noun ("executive board", "cabinet").</summary>
    private bool IsOwnedOrganUpTo(SentenceView view, int from, int to)
    {
        if (to < from || to - from > 2) return false;
        for (var k = from; k <= to; k++)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) || _words.IsPreposition(w)) return false;
        }

        return _words.IsOrgan(view.Word(to));
    }

    /// <summary>When the mention <paramref name="start"/>..<paramref name="end"/> is the object of an "-ing" participle that
    /// opens a comma-set phrase right after an actor, and a comma closes the phrase at or before <paramref name="from"/>
    /// ("Erdogan, visiting Kyiv on Thursday, criticised"): the index of the opening comma; else -1.</summary>
    private int ParticipleIslandOpening(SentenceView view, int start, int end, int from)
    {
        var k = start - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k--;
        if (k < 2 || view.MentionAt[k] >= 0 || !view.Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return -1;
        if (!(view.Word(k - 1) is ",") || view.MentionAt[k - 2] < 0 || !SentenceView.IsActorLike(view.Mentions[view.MentionAt[k - 2]])) return -1;
        for (var c = end + 1; c <= from && c < view.Count; c++)
        {
            if (view.Word(c) is ",") return k - 1;
        }

        return -1;
    }

    /// <summary>When the mention <paramref name="start"/>..<paramref name="end"/> ends a comma-set appositive of a title
    /// ("Medvedev, now deputy head of the Security Council,"): the index of the comma that opens it, right after an actor;
    /// else -1.</summary>
    private int AppositiveOpening(SentenceView view, int start, int end)
    {
        if (end + 1 >= view.Count || !(view.Word(end + 1) is ",")) return -1;
        var k = start - 1;
        while (k >= 0 && _words.IsDeterminer(view.Word(k))) k--;
        // "deputy head of the Security Council" is either a title then the body, or one mention led by the title word.
        var titled = view.Word(start) is { Length: > 0 } opening && char.IsLower(opening[0]) && !_words.IsDeterminer(opening);
        if (view.Is(k, "of")) k--;
        else if (!titled) return -1;
        for (; k >= 0 && start - k <= 8; k--)
        {
            if (view.Word(k) is ",") return k >= 1 && view.MentionAt[k - 1] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k - 1]]) ? k : -1;
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || view.Tokens[k].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) || _words.IsPreposition(w)) return -1;
        }

        return -1;
    }

    /// <summary>The index of the relative pronoun when the trigger at <paramref name="first"/>, with <paramref name="subject"/> (if any)
    /// before it, is in a relative clause with no comma before it whose own verb comes before
    /// the trigger at <paramref name="first"/> ("a fighter who joined Islamic State urged ...", "a journalist whom Iran jailed
    /// appealed ..."): the clause opens with "who", "whom" or "which"; between the pronoun and the trigger, itself no infinitive,
    /// a verb that reports no speech, and no punctuation, "that", "and", "or", subordinator or pronoun; else -1.</summary>
    private int RelativeBefore(SentenceView view, Mention? subject, int first)
    {
        var start = subject is null ? first : view.FirstOf(subject);
        var last = subject is null ? first - 1 : view.LastOf(subject);
        var clause = view.Clause[first];
        if (start < 2 || view.Clause[start] != clause || view.Is(first - 1, "to")) return -1;
        var r = first - 1;
        while (r > 0 && view.Clause[r - 1] == clause) r--;
        if (r < 1 || view.Word(r - 1) is "," || !(view.Is(r, "who") || view.Is(r, "whom") || view.Is(r, "which"))) return -1;
        var verb = false;
        for (var k = r + 1; k < first; k++)
        {
            if (k >= start && k <= last) continue;
            // "... who was arrested after he fought against Isis": a clause of its own, with its own subject, inside the relative.
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.Is(k, "that") || view.Is(k, "and") || view.Is(k, "or") ||
                _words.IsClauseOpener(view.Word(k)) || view.IsTag(k, PartOfSpeech.Pronoun)) return -1;
            if (!view.IsTag(k, PartOfSpeech.Verb)) continue;
            if (_words.IsSpeechVerb(view.Word(k)) || view.Is(k, "thinks") || view.Is(k, "thought") || view.Is(k, "alleged")) return -1;
            verb = true;
        }

        return verb ? r : -1;
    }

    /// <summary>Whether the name at <paramref name="start"/> is a preposition's complement, "of" included, with determiners and up
    /// to three lower-case modifiers or numbers between: "the daughter of a fighter", "the family of a 7-year-old Guatemalan girl".</summary>
    private bool IsPrepositionComplement(SentenceView view, int start)
    {
        var k = start - 1;
        for (var n = 0; k >= 0 && n < 4; n++)
        {
            if (_words.IsDeterminer(view.Word(k)) || view.Tokens[k].Kind == TokenKind.Number ||
                (view.Tokens[k].Kind == TokenKind.Word && (char.IsLower(view.Word(k)[0]) || char.IsDigit(view.Word(k)[0])) && !_words.IsPreposition(view.Word(k)) &&
                 !view.IsTag(k, PartOfSpeech.Verb)))
                k--;
            else break;
        }

        return k >= 0 && (view.Is(k, "of") || _words.IsPreposition(view.Word(k)));
    }

    /// <summary>When token <paramref name="i"/> closes a ", which|who ... ," clause that interrupts <paramref name="clause"/>,
    /// the index of the comma that opens it; else -1.</summary>
    private static int RelativeIslandStart(SentenceView view, int i, int clause)
    {
        if (!(view.Word(i) is ",") || i + 1 >= view.Count || view.Clause[i + 1] != clause) return -1;
        var island = view.Clause[i];
        var k = i;
        while (k > 0 && view.Clause[k - 1] == island) k--;
        if (!(view.Is(k, "which") || view.Is(k, "who") || view.Is(k, "whom") || view.Is(k, "whose"))) return -1;
        if (k >= 1 && view.Word(k - 1) is "," && view.Clause[k - 1] == clause) return k - 1;
        // "The Iranian foreign minister, a diplomat who once negotiated with the Taliban, urged ...": the apposition the relative
        // clause ends is the head's other name, stepped over with it.
        return ClauseSplitter.AppositionOpening(view.Text, view.Tokens, k) is var comma and >= 0 && view.Clause[comma] == clause ? comma : -1;
    }

    /// <summary>"clashes between Iran and Israel, Syria and Turkey": a list of "A and B" couples joined by commas names pairs
    /// of sides, not one many-sided fight; null when <paramref name="members"/> is an ordinary list.</summary>
    private static List<(Mention A, Mention B)>? Couples(SentenceView view, List<Mention> members)
    {
        if (members.Count < 4 || members.Count % 2 != 0) return null;
        var couples = new List<(Mention A, Mention B)>();
        for (var k = 0; k < members.Count; k += 2)
        {
            var afterFirst = view.LastOf(members[k]) + 1;
            if (!view.Is(afterFirst, "and") || !StartsAt(view, members[k + 1], afterFirst + 1)) return null;
            var afterSecond = view.LastOf(members[k + 1]) + 1;
            // ", Syria and Turkey" or ", and Turkey and the Kurds": the next couple starts right after the comma.
            var next = afterSecond + (view.Is(afterSecond + 1, "and") ? 2 : 1);
            if (k + 2 < members.Count && !(afterSecond < view.Count && view.Word(afterSecond) is "," && StartsAt(view, members[k + 2], next))) return null;
            couples.Add((members[k], members[k + 1]));
        }

        return couples;
    }

    /// <summary>Whether <paramref name="m"/> starts at <paramref name="at"/>, or right after a "the" there.</summary>
    private static bool StartsAt(SentenceView view, Mention m, int at) =>
        view.FirstOf(m) == at || (view.FirstOf(m) == at + 1 && view.Is(at, "the"));

    /// <summary>The mention starting at or just after <paramref name="from"/> (skipping determiners), with compound partners to the right.</summary>
    private List<Mention> GroupRight(SentenceView view, int from, bool allowPreposition, bool allowPlaces = false)
    {
        var i = from;
        var clause = from < view.Count ? view.Clause[from] : -1;
        while (i < view.Count && view.MentionAt[i] < 0 && (_words.IsDeterminer(view.Word(i)) || (allowPreposition && _words.IsPreposition(view.Word(i))))) i++;
        var group = new List<Mention>();
        var closed = 1; // members up to here are certain: a comma-joined tail counts only once "and"/"or" closes the list
        while (i < view.Count && view.MentionAt[i] >= 0 && view.Clause[i] == clause)
        {
            var m = view.Mentions[view.MentionAt[i]];
            if (!SentenceView.IsActorLike(m) && !(allowPlaces && m.Kind == MentionKind.Place)) break;
            var next = view.LastOf(m) + 1;
            // "the paramilitary Rapid Support Forces", "Iranian counterpart Masoud Pezeshkian": the named actor is the phrase's head.
            if (next < view.Count && view.MentionAt[next] >= 0 && view.Mentions[view.MentionAt[next]] is var follower &&
                SentenceView.IsActorLike(follower) && IsModifierOf(m, follower, adjacent: true))
                m = follower;
            // "a US-Saudi proposal": every part of a hyphenated compound is a member, and as certain as the compound.
            var parts = AddCompoundParts(view, group, group.Count, m);
            if (group.Count - parts < closed) closed += parts;
            group.Add(m);
            var k = view.LastOf(m) + 1;
            // "Danish brewer Carlsberg and French food group Danone": a demonym's noun phrase runs on to its head.
            if (IsDemonymPhrase(m)) k = SkipNounHeadRight(view, k);
            if (k < view.Count && (view.Is(k, "and") || view.Is(k, "or") || view.Word(k) is ","))
            {
                var conjunction = !(view.Word(k) is ",");
                k++;
                if (view.Is(k, "and") || view.Is(k, "or")) { k++; conjunction = true; }
                var skipped = 0;
                // "flew to Cairo and met Netanyahu": a verb after the conjunction opens a second predicate, not a list member.
                while (k < view.Count && view.MentionAt[k] < 0 && skipped < 3 && view.Tokens[k].Kind == TokenKind.Word &&
                       (_words.IsDeterminer(view.Word(k)) || (char.IsLower(view.Word(k)[0]) && !_words.IsPreposition(view.Word(k)) && !view.Is(k, "and") &&
                                                             !(conjunction && IsSecondPredicate(view, k)))))
                {
                    k++;
                    skipped++;
                }

                if (conjunction && k < view.Count && view.MentionAt[k] >= 0) closed = group.Count + 1;
                // "to host Japanese, Philippine leaders": demonyms that share one head noun are a list with no "and".
                if (!conjunction && k == view.LastOf(m) + 2 && IsSharedHeadDemonyms(view, m, k)) closed = group.Count + 1;
                i = k;
                continue;
            }

            break;
        }

        if (group.Count > closed) group.RemoveRange(closed, group.Count - closed);
        return group;
    }

    /// <summary>A one-word demonym <paramref name="m"/>, a comma, then at <paramref name="k"/> a demonym phrase of another country
    /// ("Japanese, Philippine leaders"): the head noun of the last is every demonym's.</summary>
    private static bool IsSharedHeadDemonyms(SentenceView view, Mention m, int k)
    {
        if (m.TokenCount != 1 || m.Kind != MentionKind.Actor || !HasEntry(m, "adj:") || view.MentionAt[k] < 0) return false;
        var n = view.Mentions[view.MentionAt[k]];
        return view.FirstOf(n) == k && n.Kind == MentionKind.Actor && n.TokenCount >= 2 && HasEntry(n, "adj:") &&
               n.Actor?.Country is { } c && c != m.Actor?.Country;
    }

    /// <summary>Whether one of the mention's dictionary entries starts with <paramref name="prefix"/> ("adj:", "person:").</summary>
    internal static bool HasEntry(Mention m, string prefix)
    {
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (m.Entries[i].StartsWith(prefix, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Whether the word right after a list's "and", "or" or comma is a finite verb ("and met Netanyahu", "and visited
    /// the", "and signed a"): participles that qualify a noun ("neighbouring Turkey", "elected parliamentarians", "US-backed
    /// forces") are no verb here.</summary>
    private bool IsSecondPredicate(SentenceView view, int k)
    {
        if (k < 1 || !(view.Is(k - 1, "and") || view.Is(k - 1, "or") || view.Word(k - 1) is ",") || !view.IsTag(k, PartOfSpeech.Verb)) return false;
        var w = view.Word(k);
        if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w.Contains('-')) return false;
        if (!w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return true;
        // A regular past form is a verb when an object opens right after it: a determiner or a name.
        return k + 1 < view.Count && (_words.IsDeterminer(view.Word(k + 1)) ||
                                      (view.MentionAt[k + 1] >= 0 && char.IsUpper(view.Word(k + 1)[0])));
    }

    /// <summary>A mention that only qualifies <paramref name="head"/>: a demonym of the head's own country ("his Iranian
    /// counterpart Masoud Pezeshkian") or a bare agent noun right before a named actor ("the paramilitary Rapid Support Forces").</summary>
    private static bool IsModifierOf(Mention modifier, Mention head, bool adjacent)
    {
        if (ReferenceEquals(modifier, head) || head.Actor is not { } actor) return false;
        if (IsBareDemonym(modifier)) return modifier.Actor?.Country is { } c && c == actor.Country;
        return adjacent && modifier.Kind == MentionKind.Agent && modifier.Actor?.Country is null && head.Kind == MentionKind.Actor;
    }

    /// <summary>A one-word mention recognised only as a demonym ("Iranian", "Danish").</summary>
    internal static bool IsBareDemonym(Mention m) =>
        m.Kind == MentionKind.Actor && m.TokenCount == 1 && m.Entries.Count == 1 && m.Entries[0].StartsWith("adj:", StringComparison.Ordinal);

    /// <summary>A mention built from a demonym and no name ("Danish", "German carmaker"): its noun phrase may go on
    /// past the mention ("German carmaker Volkswagen").</summary>
    private static bool IsDemonymPhrase(Mention m)
    {
        if (m.Kind != MentionKind.Actor || m.Actor?.Name is not null) return false;
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (m.Entries[i].StartsWith("adj:", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Steps left over a mention at <paramref name="k"/> that qualifies <paramref name="head"/> (and the modifiers
    /// before it); <paramref name="k"/> unchanged otherwise.</summary>
    private int SkipModifierMentionLeft(SentenceView view, int k, Mention head)
    {
        if (k < 0 || view.MentionAt[k] < 0) return k;
        var modifier = view.Mentions[view.MentionAt[k]];
        return IsModifierOf(modifier, head, adjacent: view.LastOf(modifier) + 1 == view.FirstOf(head))
            ? SkipModifiersLeft(view, view.FirstOf(modifier) - 1)
            : k;
    }

    /// <summary>From just after a demonym, the conjunction or comma that ends its noun phrase within three words
    /// ("Danish brewer Carlsberg and"), or <paramref name="k"/> when the phrase does not end so.</summary>
    private int SkipNounHeadRight(SentenceView view, int k)
    {
        for (var i = k; i < view.Count && i < k + 4; i++)
        {
            if (view.Is(i, "and") || view.Is(i, "or") || view.Word(i) is ",") return i == k ? k : i;
            var w = view.Word(i);
            if (view.Tokens[i].Kind != TokenKind.Word || _words.IsPreposition(w) || _words.IsDeterminer(w) ||
                (view.MentionAt[i] >= 0 && view.Mentions[view.MentionAt[i]].Kind != MentionKind.Agent)) return k;
        }

        return k;
    }

    /// <summary>"by a former pupil", "by a lone gunman": steps over a determiner and up to two lowercase adjectives, but
    /// only when a mention follows them.</summary>
    private int SkipAdjectivesRight(SentenceView view, int from)
    {
        var k = from;
        while (k < view.Count && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k++;
        // "the withdrawal of 2,000 US soldiers": a count before the actor is no adjective, and hides none.
        if (k < view.Count && view.Tokens[k].Kind == TokenKind.Number) k++;
        for (var n = 0; n < 2 && k + n < view.Count; n++)
        {
            var w = view.Word(k + n);
            if (view.MentionAt[k + n] >= 0) return k + n;
            // "by US-backed Kurdish fighters": a hyphenated participle is an adjective whatever its first letter.
            if (view.Tokens[k + n].Kind == TokenKind.Word && w.IndexOf('-') > 0 && w.EndsWith("ed", StringComparison.Ordinal)) continue;
            if (view.Tokens[k + n].Kind != TokenKind.Word || w.Length == 0 || !char.IsLower(w[0]) || _words.IsPreposition(w) ||
                w.EndsWith("ing", StringComparison.Ordinal) || view.Is(k + n, "and") || view.Is(k + n, "or")) return from;
        }

        return k + 2 < view.Count && view.MentionAt[k + 2] >= 0 ? k + 2 : from;
    }

    /// <summary>Steps left over a determiner and up to two lowercase adjectives ("and the evil awful Gondor").</summary>
    private int SkipModifiersLeft(SentenceView view, int k)
    {
        var limit = k - 5;
        while (k > limit && k >= 0 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word &&
               !view.Is(k, "and") && !view.Is(k, "or") && !view.Is(k, "nor") && (_words.IsDeterminer(view.Word(k)) || char.IsLower(view.Word(k)[0])) &&
               !_words.IsPreposition(view.Word(k)))
            k--;
        return k;
    }

    /// <summary>Whether <paramref name="word"/> stands right before token <paramref name="start"/>, determiners aside.</summary>
    private bool IsAfterWord(SentenceView view, int start, string word)
    {
        var k = start - 1;
        while (k >= 0 && _words.IsDeterminer(view.Word(k))) k--;
        return view.Is(k, word);
    }

    private bool IsAfterPreposition(SentenceView view, int start)
    {
        var k = start - 1;
        while (k >= 0 && _words.IsDeterminer(view.Word(k))) k--;
        // "on suspected Pakistani Taliban hideouts": adjectives between the preposition and the name. "Fighters from the
        // al-Qaeda-linked JNIM group": a "from" phrase names whom bare fighters belong to, and stays a subject.
        var adjectives = k;
        for (var n = 0; n < 2 && k >= 0 && IsDescriptive(view, k) && !_words.IsPreposition(view.Word(k)); n++) k--;
        while (k < adjectives && k >= 0 && _words.IsDeterminer(view.Word(k))) k--;
        if (k < adjectives && view.Is(k, "from")) return false;
        return k >= 0 && _words.IsPreposition(view.Word(k)) && !view.Is(k, "of");
    }

    private bool IsPassive(SentenceView view, int head)
    {
        var w = view.Word(head);
        if (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = head - 1; k >= 0 && k >= head - 3; k--)
        {
            if (_words.IsBe(view.Word(k)) && !view.Word(k).StartsWith('\'') && !view.Word(k).StartsWith('’')) return true;
            if (!_words.IsModifier(view.Word(k)) && !view.Is(k, "not")) return false;
        }

        return false;
    }

    /// <summary>"a missile fired by Houthi rebels", "talks hosted by China": a past participle right after a noun, followed by
    /// "by" and a named agent, is a passive without its auxiliary.</summary>
    private bool IsReducedPassive(SentenceView view, int first, int head, int last)
    {
        // "a journalist taken hostage by Islamic State", "held captive by": the trigger may go on with its noun complement.
        if (first != head || first == 0 || !IsPastParticipleForm(view.Word(head)) || (last != head && (last != head + 1 || !IsCaptiveComplement(view, last)))) return false;
        if (!view.Is(last + 1, "by")) return IsPlacedParticiple(view, first);
        var before = view.Word(first - 1);
        if (view.Tokens[first - 1].Kind != TokenKind.Word || _words.IsBe(before) || _words.IsModifier(before) || _words.IsDeterminer(before) ||
            _words.IsPreposition(before) || view.Is(first - 1, "has") || view.Is(first - 1, "have") || view.Is(first - 1, "had") ||
            view.Is(first - 1, "and") || view.Is(first - 1, "or") || view.Is(first - 1, "not"))
            return false;
        var agent = SkipAdjectivesRight(view, last + 2);
        if (agent >= view.Count || view.MentionAt[agent] < 0 || view.Mentions[view.MentionAt[agent]] is not { } m || !SentenceView.IsActorLike(m))
        {
            // "a merchant ship attacked by pirates": after a common noun that names no actor, the participle with its "by"
            // is passive whoever the agent is (the ship did not attack); with no named agent it gives no source.
            return agent < view.Count && view.Tokens[agent].Kind == TokenKind.Word && view.MentionAt[first - 1] < 0 && view.IsTag(first - 1, PartOfSpeech.Noun);
        }
        // "victims killed by the Malaysia Airlines crash": a name that qualifies a noun after it is no agent.
        var next = view.LastOf(m) + 1;
        return IsDemonymPhrase(m) || next >= view.Count || view.MentionAt[next] >= 0 || view.Tokens[next].Kind != TokenKind.Word ||
               !char.IsLower(view.Word(next)[0]) || _words.IsPreposition(view.Word(next)) || view.Is(next, "and") || view.Is(next, "or") ||
               // "a ship attacked by pirates off Somalia".
               view.Is(next, "off") ||
               // "workers taken hostage by Hamas appeared in a video": the sentence's verb may follow the agent.
               (last != head && (view.IsTag(next, PartOfSpeech.Verb) || view.IsTag(next, PartOfSpeech.Auxiliary) || view.IsTag(next, PartOfSpeech.Modal)));
    }

    private static bool IsPastParticipleForm(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.Equals("taken", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("held", StringComparison.OrdinalIgnoreCase) || w.Equals("shot", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token at <paramref name="k"/> is the state a captive is put in ("hostage", "captive", "prisoner"):
    /// "halted mediation by Algeria" is a verb and its object, not a reduced passive.</summary>
    private static bool IsCaptiveComplement(SentenceView view, int k) =>
        view.Is(k, "hostage") || view.Is(k, "hostages") || view.Is(k, "captive") || view.Is(k, "captives") || view.Is(k, "prisoner") || view.Is(k, "prisoners");

    /// <summary>"Two Britons arrested in Iran": a bare participle of an arrest, deportation or abduction after the actor phrase
    /// that opens the sentence, with a place after it and no other verb, is a passive without its auxiliary.</summary>
    private bool IsHeadlineStateAct(SentenceView view, EventPattern pattern, int first, int head, int last) =>
        first == head && last == head && StateActPassive.IsStateAct(pattern.Cameo) && !view.Is(last + 1, "by") &&
        StateActPassive.IsBarePredicate(view, head) && OpeningActors(view, first - 1).Count > 0;

    /// <summary>When the words before a verb at <paramref name="first"/> are a noun phrase opening the clause, a participle
    /// qualifying it and a by-agent ("M23 rebels backed by Rwanda seized ...", "A missile fired by Houthi rebels struck ..."):
    /// the phrase's actors (empty when it names none), the whole by-agent, and who acts in the clause; null otherwise.</summary>
    private (List<Mention> Head, List<Mention> Agent, ReducedActor Acts)? ReducedRelative(SentenceView view, int first)
    {
        var clause = view.Clause[first];
        var by = first - 1;
        // Only the agent's own words may stand between "by" and the verb: no other verb, no punctuation.
        while (by >= 2 && view.Clause[by] == clause && !view.Is(by, "by"))
        {
            if (view.Tokens[by].Kind == TokenKind.Punctuation || (view.MentionAt[by] < 0 && view.IsTag(by, PartOfSpeech.Verb)) || first - by > 10) return null;
            by--;
        }

        if (by < 2 || !view.Is(by, "by") || view.Clause[by] != clause) return null;
        var agent = GroupRight(view, SkipAdjectivesRight(view, by + 1), allowPreposition: false);
        if (agent.Count == 0) return null;
        var participle = by - 1;
        while (participle > 1 && view.MentionAt[participle] < 0 && _words.IsModifier(view.Word(participle))) participle--;
        if (view.MentionAt[participle] >= 0 || !IsParticiple(view, participle)) return null;

        // The qualified noun phrase runs back to the clause's opening (or a "that"): determiners, adjectives, nouns and names.
        var headAt = participle - 1;
        if (!IsNounPhraseWord(view, headAt)) return null;
        var start = headAt;
        while (start > 0 && view.Clause[start - 1] == clause && IsNounPhraseWord(view, start - 1)) start--;
        if (start > 0 && view.Clause[start - 1] == clause && !view.Is(start - 1, "that")) return null;

        var verb = view.Word(participle);
        var head = view.MentionAt[headAt] >= 0 && view.Mentions[view.MentionAt[headAt]] is var m && SentenceView.IsActorLike(m) ? m : null;
        if (head is null || IsEquipment(head))
        {
            // A thing acts for whoever fired or sent it; what a state supplied, someone else uses.
            var acts = _words.IsTransferParticiple(verb) ? (head is null ? ReducedActor.Supplier : ReducedActor.ArmsSupplier)
                : verb is "fired" or "launched" or "dropped" ? ReducedActor.Launcher : ReducedActor.Agent;
            return ([], agent, acts);
        }

        var group = GroupLeft(view, headAt, clause);
        // "M23 rebels backed by Rwanda", "protesters arrested by police": people act themselves, unless they are bare units
        // the agent sent ("troops deployed by Russia").
        var ownIdentity = head.Kind != MentionKind.Agent || head.Actor?.Country is not null || head.Actor?.Org is not null;
        return (group, agent, ownIdentity || !_words.IsDispatchParticiple(verb) ? ReducedActor.Head : ReducedActor.Agent);
    }

    /// <summary>When <paramref name="found"/>, the actors right before the verb at <paramref name="first"/>, are the object of a
    /// place preposition after a participle qualifying the actor phrase that opens the clause ("Kenyan police deployed to
    /// Haiti clashed ..."): that opening phrase's actors; empty otherwise.</summary>
    private List<Mention> PlacedSubject(SentenceView view, List<Mention> found, int first)
    {
        var clause = view.Clause[first];
        if (view.LastOf(found[^1]) != first - 1) return [];
        var prep = view.FirstOf(found[0]) - 1;
        while (prep >= 0 && view.MentionAt[prep] < 0 && _words.IsDeterminer(view.Word(prep))) prep--;
        if (prep < 2 || !(view.Is(prep, "to") || view.Is(prep, "in") || view.Is(prep, "into") || view.Is(prep, "at") || view.Is(prep, "near") ||
                          view.Is(prep, "from") || view.Is(prep, "across")))
            return [];
        var participle = prep - 1;
        if (view.MentionAt[participle] >= 0 || !IsParticiple(view, participle) || view.Clause[participle] != clause) return [];
        return OpeningActors(view, participle - 1);
    }

    /// <summary>A mention of military equipment (warplanes, drones, tanks, warships ...), which someone else operates.</summary>
    private static bool IsEquipment(Mention m)
    {
        if (m.Kind != MentionKind.Agent) return false;
        foreach (var entry in m.Entries)
        {
            if (entry is "agent:warplanes" or "agent:drone" or "agent:armoured-vehicles" or "agent:military-craft" or "agent:air-defence-units" or
                "agent:submarine" or "agent:naval-vessel" or "agent:artillery")
                return true;
        }

        return false;
    }

    /// <summary>Whether the object of the verb <paramref name="first"/>..<paramref name="last"/> is the subjects themselves,
    /// each to the other: "each other" or "one another" right after it, or "each ... the other" ("the army and the RSF each
    /// accused the other of ..."), within or right after the trigger.</summary>
    private static bool IsMutualObject(SentenceView view, int first, int last)
    {
        var each = first - 1;
        while (each >= 0 && (view.Is(each, "have") || view.Is(each, "has") || view.Is(each, "had") || view.Is(each, "also"))) each--;
        var floating = view.Is(each, "each");
        for (var k = first + 1; k <= last + 1 && k + 1 < view.Count; k++)
        {
            if ((view.Is(k, "each") && view.Is(k + 1, "other")) || (view.Is(k, "one") && view.Is(k + 1, "another")) ||
                (floating && view.Is(k, "the") && view.Is(k + 1, "other")))
                return true;
        }

        return false;
    }

    /// <summary>X in "X's [sudden] decision|move|order|plan to &lt;verb at first&gt;": the actor owning the noun whose infinitive the
    /// verb is; null otherwise.</summary>
    private Mention? PossessorOfPurpose(SentenceView view, int first)
    {
        if (!view.Is(first - 1, "to")) return null;
        var k = first - 2;
        var words = 0;
        while (k >= 0 && words < 2 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && view.Word(k) is { Length: > 0 } w &&
               char.IsLower(w[0]) && !_words.IsPreposition(w) && !_words.IsDeterminer(w) && !_words.IsBe(w) && !view.IsTag(k, PartOfSpeech.Verb))
        {
            k--;
            words++;
        }

        // Only a decision taken, or a plan (whose own word makes the act future), makes the act the owner's: an attempt,
        // a call or a refusal does not.
        if (words == 0 || k < 1) return null;
        var noun = view.Word(first - 2);
        if (!(noun is "decision" or "decisions" or "move" or "order" or "orders" or "step" or "vote" or "choice" or "plan" or "plans")) return null;
        if (!(view.Word(k) is "'s" or "’s") || view.MentionAt[k - 1] < 0) return null;
        var owner = view.Mentions[view.MentionAt[k - 1]];
        return SentenceView.IsActorLike(owner) ? owner : null;
    }

    /// <summary>Codes of comment, praise, disapproval and rejection (roots 01, 11, 12 and 051), whose object may be an act.</summary>
    private static bool IsReaction(string code) =>
        code.StartsWith("051", StringComparison.Ordinal) || (code.Length >= 2 && code.AsSpan(0, 2) is "01" or "11" or "12");

    /// <summary>The agent of the act that is the object after <paramref name="last"/>: "the visit by X", "the recent move by X"
    /// (a determiner, one to three lowercase words, "by"); empty when the words do not have that shape.</summary>
    private List<Mention> ActAgentAfter(SentenceView view, int last)
    {
        var k = last + 1;
        // "ruling out any tampering by X": an act that is not said to have happened has no doer to react to.
        if (view.Is(k, "any") || view.Is(k, "no")) return [];
        while (k < view.Count && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k++;
        var nouns = 0;
        while (k < view.Count && nouns < 3 && view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && view.Word(k) is { Length: > 0 } w &&
               char.IsLower(w[0]) && !_words.IsPreposition(w) && !view.Is(k, "and") && !view.Is(k, "or") && !_words.IsClauseOpener(w))
        {
            k++;
            nouns++;
        }

        // "denounced the bombing of Kurdish villages by Syrian forces": what the act struck may come before its doer.
        if (nouns > 0 && view.Is(k, "of")) k = OfPhraseEnd(view, k + 1);
        return nouns > 0 && view.Is(k, "by") && view.Clause[k] == view.Clause[last] ? GroupRight(view, SkipAdjectivesRight(view, k + 1), allowPreposition: false) : [];
    }

    // Words an of-phrase may take between an act noun and its "by" ("of an aid convoy near Aleppo").
    private const int OfPhraseReach = 8;

    /// <summary>The word after a short of-phrase starting at <paramref name="k"/> (a determiner, lower-case words and actor or
    /// place names: "of Kurdish villages", "of the port of Odesa"), or -1 when it runs into punctuation or another preposition.</summary>
    private int OfPhraseEnd(SentenceView view, int k)
    {
        for (var end = Math.Min(view.Count, k + OfPhraseReach); k < end; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                k = view.LastOf(view.Mentions[view.MentionAt[k]]);
                continue;
            }

            if (view.Tokens[k].Kind != TokenKind.Word || view.Word(k) is not { Length: > 0 } w) return -1;
            if (view.Is(k, "by")) return k;
            // "of an aid convoy near Aleppo by": a place may say where the struck object was.
            if ((view.Is(k, "near") || view.Is(k, "in") || view.Is(k, "outside")) && k + 1 < view.Count && view.MentionAt[k + 1] >= 0) continue;
            if (!char.IsLower(w[0]) || (_words.IsPreposition(w) && !view.Is(k, "of")) || view.Is(k, "and") || view.Is(k, "or") || _words.IsClauseOpener(w)) return -1;
        }

        return k < view.Count && view.Is(k, "by") ? k : -1;
    }

    /// <summary>Whom a claimed attack after <paramref name="last"/> struck: the first actor or place in the clause, before any
    /// punctuation, that "on", "against", "in", "at", "near", "outside", "targeting" or "of" ("the outskirts of X", "the killing of
    /// X soldiers") introduces; empty when none.</summary>
    private List<Mention> ClaimedTarget(SentenceView view, int last)
    {
        var clause = view.Clause[last];
        for (var i = last + 1; i < view.Count && i <= last + 16 && view.Clause[i] == clause; i++)
        {
            if (view.Tokens[i].Kind == TokenKind.Punctuation && !(view.Word(i) is "'s" or "’s" or "-")) return [];
            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            var at = PrecedingPreposition(view, view.FirstOf(m), last);
            if ((SentenceView.IsActorLike(m) || m.Kind == MentionKind.Place) && at >= 0 &&
                view.Word(at) is "on" or "against" or "in" or "at" or "near" or "outside" or "targeting" or "of")
                return GroupRight(view, view.FirstOf(m), allowPreposition: false, allowPlaces: true);
            i = view.LastOf(m);
        }

        return [];
    }

    /// <summary>A past participle: a lowercase "-ed" word, or one tagged a verb and not ending in "-ing".</summary>
    private static bool IsParticiple(SentenceView view, int k)
    {
        var w = view.Word(k);
        if (view.Tokens[k].Kind != TokenKind.Word || w.Length < 3 || !char.IsLower(w[0]) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        // The tagger may read "a coalition led by" as a noun compound: an "-ed" word before "by" is a participle all the same.
        return w.EndsWith("ed", StringComparison.Ordinal) || view.IsTag(k, PartOfSpeech.Verb);
    }

    /// <summary>A word that can stand in a plain noun phrase: part of a mention, a determiner, possessive, number, noun or adjective.</summary>
    private bool IsNounPhraseWord(SentenceView view, int k)
    {
        if (k < 0) return false;
        if (view.MentionAt[k] >= 0) return true;
        var w = view.Word(k);
        if (w is "'s" or "’s" or "-" || _words.IsDeterminer(w)) return true;
        if (view.Tokens[k].Kind == TokenKind.Number) return true;
        if (view.Tokens[k].Kind != TokenKind.Word || _words.IsPreposition(w) || _words.IsBe(w) || _words.IsClauseOpener(w) || view.Is(k, "and") || view.Is(k, "or")) return false;
        return view.HasTags
            ? view.IsTag(k, PartOfSpeech.Noun) || view.IsTag(k, PartOfSpeech.ProperNoun) || view.IsTag(k, PartOfSpeech.Adjective) || view.IsTag(k, PartOfSpeech.Number)
            : !w.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>"Chinese workers kidnapped in Pakistan were freed": an "-ed" word right after the actor phrase opening the
    /// clause, followed by a place phrase and then the clause's own verb, qualifies that phrase as a passive.</summary>
    private bool IsPlacedParticiple(SentenceView view, int first)
    {
        if (!view.HasTags || OpeningActors(view, first - 1).Count == 0) return false;
        var clause = view.Clause[first];
        var prep = first + 1;
        if (!(view.Is(prep, "in") || view.Is(prep, "at") || view.Is(prep, "near") || view.Is(prep, "from") || view.Is(prep, "outside") || view.Is(prep, "during"))) return false;
        for (var k = prep + 1; k < view.Count && k <= prep + 8 && view.Clause[k] == clause; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (view.MentionAt[k] < 0 && (view.IsTag(k, PartOfSpeech.Verb) || view.IsTag(k, PartOfSpeech.Auxiliary) || view.IsTag(k, PartOfSpeech.Modal))) return true;
        }

        return false;
    }

    /// <summary>The actors of the plain noun phrase that opens the clause and ends at <paramref name="end"/> ("Chinese
    /// engineers", "Russian diplomats"); empty when the words before are not such a phrase or name no actor.</summary>
    private List<Mention> OpeningActors(SentenceView view, int end)
    {
        if (end < 0 || !IsNounPhraseWord(view, end)) return [];
        var clause = view.Clause[end];
        var start = end;
        while (start > 0 && view.Clause[start - 1] == clause && IsNounPhraseWord(view, start - 1)) start--;
        if (start > 0 && view.Clause[start - 1] == clause) return [];
        var group = GroupLeft(view, end, clause);
        return group.Count > 0 && view.FirstOf(group[0]) >= start ? group : [];
    }

    // "Strongly supporting the project, Russia ...", "Having met Xi in Beijing, Lula flew to ...": a participle clause that
    // opens the sentence (the perfect "having" + participle as the first word).
    private static bool IsOpeningParticiple(SentenceView view, int head) =>
        view.Clause[head] == 0 && (view.Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase) || (head == 1 && view.Is(0, "having")));

    private static List<Mention> SubjectAfterClause(SentenceView view, int clause)
    {
        var comma = -1;
        for (var i = 0; i < view.Count; i++)
        {
            if (view.Clause[i] == clause && view.Word(i) is ",") { comma = i; break; }
        }

        if (comma < 0) return [];
        for (var i = comma + 1; i < view.Count && i <= comma + 4; i++)
        {
            if (view.MentionAt[i] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[i]])) return [view.Mentions[view.MentionAt[i]]];
        }

        return [];
    }

    private static int FindWord(SentenceView view, int from, string word, int clause, int maxDistance = int.MaxValue)
    {
        for (var i = from; i < view.Count && view.Clause[i] == clause && i - from <= maxDistance; i++)
        {
            if (view.Is(i, word)) return i;
        }

        return -1;
    }

    /// <summary>The mediator a sentence names: "brokered|mediated|facilitated by X", "mediation by|of X",
    /// "with X mediating|shuttling|brokering", "with X acting as mediator", "X-brokered", "Turkish mediators"; empty when none.</summary>
    public List<Mention> Mediator(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var i = 0; i + 1 < view.Count; i++)
        {
            if (view.MentionAt[i] >= 0) continue;
            var w = view.Word(i);
            if ((w.Equals("brokered", StringComparison.OrdinalIgnoreCase) || w.Equals("mediated", StringComparison.OrdinalIgnoreCase) ||
                 w.Equals("facilitated", StringComparison.OrdinalIgnoreCase) || w.Equals("mediation", StringComparison.OrdinalIgnoreCase)) &&
                (view.Is(i + 1, "by") || (view.Is(i + 1, "of") && w.Equals("mediation", StringComparison.OrdinalIgnoreCase))))
            {
                var by = GroupRight(view, SkipAdjectivesRight(view, i + 2), allowPreposition: false);
                if (by.Count > 0) return by;
            }

            if (view.Is(i, "with") && view.MentionAt[i + 1] >= 0 || (view.Is(i, "with") && view.Is(i + 1, "the") && i + 2 < view.Count && view.MentionAt[i + 2] >= 0))
            {
                var group = GroupRight(view, i + 1, allowPreposition: false);
                if (group.Count == 0) continue;
                var k = view.LastOf(group[^1]) + 1;
                if (view.Is(k, "mediating") || view.Is(k, "shuttling") || view.Is(k, "brokering") || view.Is(k, "facilitating"))
                    return group;
                // "with Oman acting as mediator", "with Qatar as a go-between": the role noun after "as" names the mediator.
                if (view.Is(k, "acting") || view.Is(k, "serving")) k++;
                if (MediatorRole.StartsAt(view, k)) return group;
            }
        }

        return HyphenedMediator.Find(view) is { Count: > 0 } hyphened ? hyphened : MediatorRole.Named(view);
    }

    /// <summary>The host a sentence names for its talks: "hosted by X" ("held talks in Brussels, hosted by the EU"); empty when none.</summary>
    public List<Mention> Host(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var i = 0; i + 2 < view.Count; i++)
        {
            if (view.MentionAt[i] >= 0 || !view.Is(i, "hosted") || !view.Is(i + 1, "by")) continue;
            var by = GroupRight(view, SkipAdjectivesRight(view, i + 2), allowPreposition: false);
            if (by.Count > 0) return by;
        }

        return [];
    }

    /// <summary>Whether the word at <paramref name="i"/> is one of the literal (non-head, non-gap) words of the pattern's trigger.</summary>
    private static bool IsTriggerWord(SentenceView view, EventPattern pattern, int i) => pattern.HasWord(view.Word(i), withHead: false);

    /// <summary>"between"/"among" inside a trigger whose words come before its head verb ("a ceasefire between X and Y took
    /// effect"), or -1.</summary>
    private static int BetweenBeforeHead(SentenceView view, int first, int head)
    {
        for (var k = first + 1; k < head; k++)
        {
            if (view.Is(k, "between") || view.Is(k, "among")) return k;
        }

        return -1;
    }

    private static int BetweenBefore(SentenceView view, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - 12 && view.Clause[i] == view.Clause[first]; i--)
        {
            if (view.Is(i, "between")) return i;
        }

        return -1;
    }

    /// <summary>"between"/"among" after the trigger, allowing a place, date or short phrase in front of it
    /// ("the meeting in New Delhi between X and Y", "fighting erupted in Khartoum between X and Y").</summary>
    private static int FindBetween(SentenceView view, int last)
    {
        // "fighting erupted in Khartoum between ...": a pattern may end with the preposition itself.
        if (view.Is(last, "between") || view.Is(last, "among")) return last;
        for (var i = last + 1; i < view.Count && i <= last + 7 && view.Clause[i] == view.Clause[last]; i++)
        {
            if (view.Is(i, "between") || view.Is(i, "among")) return i;
            if (view.MentionAt[i] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[i]])) return -1;
        }

        return -1;
    }

    /// <summary>Frames of imported (PETRARCH) patterns: the source after the trigger ("$" after "*", optionally after
    /// one of the pattern's source prepositions) and the target before it ("+" before "*").</summary>
    private (List<Mention> Source, List<Mention> Target, string How) ImportedFrame(SentenceView view, EventPattern pattern, int first, int head, int last)
    {
        List<Mention> source;
        List<Mention> target;
        if (pattern.SourceAfterTrigger)
        {
            var at = -1;
            // A native pattern names its source's preposition ("drew criticism from X"): without it there is no source
            // ("drew criticism for the strike on Kyiv"); an imported PETRARCH frame falls back to the first group after.
            var native = !pattern.Id.StartsWith("pattern:petrarch-", StringComparison.Ordinal) && pattern.SourcePrepositions.Count > 0;
            // "won backing from France": a native trigger may end with its source's preposition, or run past it ("faced pressure
            // from the United States to act").
            var start = native && last > head ? head + 1 : last + 1;
            source = [];
            foreach (var prep in pattern.SourcePrepositions)
            {
                if (native && prep == "mod")
                {
                    // "Serbia faces EU sanctions": the giver named as a modifier inside the trigger, between its head and last word.
                    source = ModifierInside(view, head + 1, last);
                    if (source.Count > 0) break;
                    continue;
                }

                at = FindWord(view, start, prep, view.Clause[last]);
                // "a warning from Pyongyang": after its preposition a capital is a place, and stands for its government.
                // "took delivery of the first parts of Russia's S-400 system": an "of" chain names the giver at its end.
                for (var hops = 0; at >= 0 && hops < 3; hops++)
                {
                    source = GroupRight(view, at + 1, allowPreposition: false, allowPlaces: native);
                    if (source.Count > 0 || !native || prep != "of") break;
                    at = FindWord(view, at + 1, prep, view.Clause[last], maxDistance: 5);
                }

                if (source.Count > 0 || (at >= 0 && !native)) break;
            }

            if (source.Count == 0 && !native && at < 0) source = FirstGroupAfter(view, last);
        }
        else
        {
            source = GroupLeft(view, first - 1, view.Clause[first]);
        }

        // "Thailand deported the men to China despite warnings from the UN": a trigger opening an adjunct with "despite" is aimed
        // at the clause's subject, not at the nearest name before it (the main verb's object).
        target = pattern.TargetBeforeTrigger
            ? Without(view.Is(first, "despite") && ClauseSubject(view, view.Clause[first], first) is { Count: > 0 } subject ? subject : GroupLeft(view, first - 1, view.Clause[first]), source)
            : Without(FindTarget(view, pattern, head, last), source);
        // "Israel's ban on UNRWA drew condemnation from the UN": the act's owner is judged, not a name inside the act's phrase.
        if (pattern.TargetBeforeTrigger && IsReaction(pattern.Cameo) && JudgedSubject.Find(view, _words, first) is { } owner && !source.Contains(owner))
            target = [owner];
        // "Kharkiv came under fire from Russian forces": a struck place that is the subject stands for its state.
        if (target.Count == 0 && source.Count > 0 && pattern.TargetBeforeTrigger && IsViolentCode(pattern.Cameo) && _strikeQuantity.PlaceSubject(view, first) is { } struck)
            target = [struck];
        return (source, target, "imported-frame");
    }

    // An act of force whose subject is a noun phrase right after the speaker's verb of saying: the speaker only reports it.
    private bool IsReportedEvent(SentenceView view, EventPattern pattern, string how, List<Mention> source, int first) =>
        how == "subject" && source.Count > 0 && IsViolentCode(pattern.Cameo) && ReportedEventNoun.Holds(view, _words, source[0], first);

    // The actors named from token first up to (not including) end: "new EU sanctions", "fresh US and British sanctions".
    private static List<Mention> ModifierInside(SentenceView view, int first, int end)
    {
        var found = new List<Mention>();
        for (var k = first; k < end; k++)
        {
            if (view.MentionAt[k] < 0 || view.Mentions[view.MentionAt[k]] is not { Kind: MentionKind.Actor } m || found.Contains(m)) continue;
            found.Add(m);
        }

        return found;
    }

    /// <summary>The token index of "to" opening an infinitive right after the trigger ("proposed to take up"), or -1;
    /// "to" before a name or a determiner is a preposition ("proposed to Gondor", "talked to the minister").</summary>
    private int InfinitiveAfter(SentenceView view, int last)
    {
        var i = last + 1;
        if (!view.Is(i, "to") || i + 1 >= view.Count || view.MentionAt[i + 1] >= 0) return -1;
        var next = view.Word(i + 1);
        if (next.Length == 0 || !char.IsLower(next[0]) || _words.IsDeterminer(next)) return -1;
        return i;
    }

    /// <summary>The doer <see cref="AppealedActDoer.Find"/> found at mention <paramref name="doer"/>, with the actors coordinated
    /// with it after "by" ("restraint by Israel and Hezbollah").</summary>
    private List<Mention> DoerGroup(SentenceView view, int doer)
    {
        var first = view.Mentions[doer].FirstToken - view.Sentence.FirstToken;
        return view.Is(first - 1, "by") ? GroupRight(view, first, allowPreposition: false) : [view.Mentions[doer]];
    }

    /// <summary>The mentions of <paramref name="group"/> that are not in <paramref name="source"/>, in order (in place:
    /// the group is a fresh list).</summary>
    private static List<Mention> Without(List<Mention> group, List<Mention> source)
    {
        var n = 0;
        for (var i = 0; i < group.Count; i++)
        {
            if (!source.Contains(group[i])) group[n++] = group[i];
        }

        group.RemoveRange(n, group.Count - n);
        return group;
    }

    private static List<Mention> FirstGroupAfter(SentenceView view, int last)
    {
        for (var i = last + 1; i < view.Count && view.Clause[i] == view.Clause[last]; i++)
        {
            if (view.MentionAt[i] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[i]]))
                return [view.Mentions[view.MentionAt[i]]];
        }

        return [];
    }
}

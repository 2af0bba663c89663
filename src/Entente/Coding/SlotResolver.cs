using System.Collections.Frozen;
using Entente.Dictionaries;
using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>Turns the mentions of a slot into actors: collectives become the states the document named,
/// bare agents take the document's focus country.</summary>
public sealed class SlotResolver
{
    // How many sentences back a pair named together ("Japan and South Korea") is still what "the two countries" means.
    private const int PairWindow = 3;

    // How far back the document's pair is still meant when the sentences since name none but its own members.
    private const int HeldPairWindow = 8;

    // "peace in Ukraine", "the war in Sudan": nouns whose place names a topic, not where the speaker is.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicNouns = Words(
        "peace", "war", "conflict", "violence", "fighting", "crisis", "ceasefire", "truce", "suffering", "victims");

    // "rebels backed by Rwanda": participles that name a sponsor after "by".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BackingParticiples = Words(
        "backed", "supported", "armed", "funded", "sponsored", "financed", "trained", "equipped");

    /// <summary>Whether <paramref name="word"/> is a participle that names a sponsor after "by" ("backed", "armed", "funded").</summary>
    internal static bool IsBackingParticiple(ReadOnlySpan<char> word) => BackingParticiples.Contains(word);

    /// <summary>Resolves <paramref name="mentions"/>; <paramref name="sentenceMentions"/> are all mentions of the sentence,
    /// used for collectives that refer to states named earlier in the same sentence; <paramref name="text"/> is the document text;
    /// <paramref name="locations"/> are where the sentence says things happen ("in Gaza"), the nearest giving bare people, police and armed groups their country.</summary>
    public IReadOnlyList<ActorSlot> Resolve(IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> sentenceMentions, ActorContext context, string? otherCountry, string text,
        IReadOnlyList<SentenceLocation>? locations = null)
    {
        var slots = new List<ActorSlot>();
        Resolve(mentions, sentenceMentions, context, otherCountry, text, locations, slots);
        return slots.Count == 0 ? [] : slots;
    }

    /// <summary>As <see cref="Resolve(IReadOnlyList{Mention}, IReadOnlyList{Mention}, ActorContext, string?, string, IReadOnlyList{SentenceLocation}?)"/>,
    /// into <paramref name="slots"/> (cleared first), which is returned: a coder reuses one list per slot. Mentions in
    /// <paramref name="attacked"/> (the target of an attack) never lend their country to an unnamed agent; <paramref name="otherKey"/> is
    /// the other side's scoring key, never one of "all sides".</summary>
    public List<ActorSlot> Resolve(IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> sentenceMentions, ActorContext context, string? otherCountry, string text,
        IReadOnlyList<SentenceLocation>? locations, List<ActorSlot> slots, IReadOnlyList<Mention>? attacked = null, string? otherKey = null)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(slots);
        slots.Clear();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            switch (m.Kind)
            {
                case MentionKind.Actor when m.Actor is not null:
                    if ((EuCapital.For(m, text) ?? EuCapital.ForMeasure(m, text)) is { } eu)
                    {
                        // "Brussels imposed tariffs on Chinese cars": the Union's capital doing the Union's business is the EU;
                        // "European sanctions on Russia" are the Union's.
                        AddOnce(slots, new ActorSlot(eu, m, "eu-capital"));
                        break;
                    }

                    AddOnce(slots, EthnicResidents.Residence(m, text, locations) is { } resident ? new ActorSlot(resident, m, "residence") : new ActorSlot(m.Actor, m, "mention"));
                    break;
                case MentionKind.Collective:
                    if (m.Fits.Count > 0)
                    {
                        // "Qatar ... On Tuesday the Gulf state urged": the most recent state named before that the descriptor fits.
                        // "NATO ... The alliance will respond": a descriptor with a reach looks back only that many sentences.
                        var known = m.Reach > 0 ? StatesBefore(m, sentenceMentions, context.NamedSince(m.Sentence - m.Reach), text) : KnownStates(m, sentenceMentions, context, text);
                        if (StateDescriptor.Referent(m, known, otherCountry, sentenceMentions, text) is { } state)
                            AddOnce(slots, new ActorSlot(m.Actor?.Sector is { } sector ? state with { Code = state.Key + sector, Sector = sector } : state, m, "descriptor"));
                        break;
                    }

                    if (m.Members.Count == 0 && SidesIn(m, sentenceMentions, text) is { } home)
                    {
                        // "China urged all sides in Myanmar to exercise restraint": the warring sides of one country are that
                        // country (dev-README: both warring sides Sudanese, one target key).
                        AddOnce(slots, new ActorSlot(new ActorCode(home, home, null, null, null), m, "collective"));
                        break;
                    }

                    if (m.Count == 0 && m.Members.Count == 0 && SidesNamedBefore(m, sentenceMentions, otherCountry, otherKey) is { Count: >= 2 } sides)
                    {
                        // "Amid fighting between Armenia and Azerbaijan, the OSCE called on all sides": the sides are those the
                        // sentence named before, all of them and none of the caller's.
                        for (var k = 0; k < sides.Count; k++) AddOnce(slots, new ActorSlot(sides[k], m, "collective"));
                        break;
                    }

                    CollectiveMembers(m, sentenceMentions, context, text, otherCountry, slots);
                    break;
                case MentionKind.Agent when m.Actor is { } agent:
                    // "the PKK, a designated terrorist group that has fought ...": an agent in apposition to the actor named
                    // right before it in the slot is that actor, not a second one.
                    if (i > 0 && IsAppositionOf(m, mentions[i - 1], text)) break;
                    // A bare government agent facing a state is most often that state's counterpart abroad
                    // ("met the ambassador"); police, militants or protesters are most often domestic.
                    var except = agent.Sector == "GOV" ? otherCountry : null;
                    if (RoyalTitle.IsTitleOnly(m, sentenceMentions, text))
                    {
                        // "Prince Mohammed criticised Iran": a royal by title alone is of the state a royal was named with, or nobody.
                        if ((OfOwner.Country(m, sentenceMentions, text) ?? LocationRightAfter(m, locations, text) ??
                             RoyalTitle.Referent(m, sentenceMentions, context, otherCountry)) is { } royal)
                            AddOnce(slots, new ActorSlot(agent with { Code = royal + agent.Sector, Country = royal }, m, "context"));
                        break;
                    }

                    if (ForeignPeople.Are(m, agent, text))
                    {
                        // "foreign fighters reaching Syria": neither the focus state's nor the place's; only their own "of" or
                        // "from" phrase, or the side they fight for, says whose they are.
                        if ((OfOwner.Country(m, sentenceMentions, text) ?? ForeignPeople.Side(m, sentenceMentions, text)) is { } origin)
                            AddOnce(slots, new ActorSlot(agent with { Code = origin + agent.Sector, Country = origin }, m, "context"));
                        break;
                    }

                    if (RunByOwner.Owner(m, sentenceMentions, text) is { } owner)
                    {
                        // "the Hamas-run health ministry": the agent is the running actor's, not a guess from the focus.
                        AddOnce(slots, new ActorSlot(agent with { Code = (owner.Country ?? owner.Org ?? owner.Code) + agent.Sector, Country = owner.Country, Org = owner.Country is null ? owner.Org : null }, m, "context"));
                        break;
                    }

                    if (ArgumentFinder.HasEntry(m, "agent:peacekeepers") && OfOwner.Country(m, sentenceMentions, text) is null &&
                        LocationRightAfter(m, locations, text) is null)
                    {
                        // "rebels kidnapped dozens of peacekeepers": peacekeepers with no state of their own named, and not placed
                        // ("refused to deploy peacekeepers in Iraq"), serve the UN, not the country the story is about.
                        AddOnce(slots, new ActorSlot(agent with { Code = "UN" + agent.Sector, Country = null, Org = "UN" }, m, "context"));
                        break;
                    }

                    if (agent.Sector == "IGO" && OfOwner.Country(m, sentenceMentions, text) is null && LastOrganisation(m, sentenceMentions, context, text) is { } org)
                    {
                        // "The UN is worried ... The secretary general urged Ethiopia": an international official with no state of
                        // his own named serves the organisation last named, not the state the story is about.
                        AddOnce(slots, new ActorSlot(agent with { Code = org, Country = null, Org = org }, m, "context"));
                        break;
                    }

                    if (EthnicResidents.CoordinatedState(m, sentenceMentions, text) is not null)
                    {
                        // "Canada and the Kurdish administration struck a deal": a group named by an ethnic word, beside another
                        // state, is neither that state's nor the story's focus; only its own "of"/"in" phrase says whose it is.
                        if ((OfOwner.Country(m, sentenceMentions, text) ?? LocationRightAfter(m, locations, text)) is { } own)
                            AddOnce(slots, new ActorSlot(agent with { Code = own + agent.Sector, Country = own }, m, "context"));
                        break;
                    }

                    if (agent.Sector is "OPP" or "REB" && CoordinatedState.ByAnd(m, sentenceMentions, text) is { } partner)
                    {
                        // "talks between the Venezuelan government and the opposition in Oslo": the opposition (or rebels) paired
                        // with a state's government are that state's, not the venue's.
                        AddOnce(slots, new ActorSlot(agent with { Code = partner + agent.Sector, Country = partner }, m, "context"));
                        break;
                    }

                    if (agent.Sector is "REB" or "INS" && IsDefiniteFighters(m, text) && OfOwner.Country(m, sentenceMentions, text) is null &&
                        LocationRightAfter(m, locations, text) is null && ArmedGroupBefore(m, sentenceMentions, context) is { } group)
                    {
                        // "Al-Shabaab fighters stormed a base ... The militants fired rockets": "the militants" with no state or
                        // place of their own are the armed group named just before, not the rebels of the state the story is about.
                        AddOnce(slots, new ActorSlot(agent with { Code = group + agent.Sector, Country = null, Org = group }, m, "context"));
                        break;
                    }

                    // "Kurdish forces in northeast Syria", "militants in Sinai": a place right after the agent says whose they are,
                    // whatever their kind; otherwise soldiers and officials take the document's focus, never a guess from afar.
                    // "closed the consulate in Klaipeda", "the embassy in Kyiv": the place after a diplomatic mission is its host,
                    // the one state it cannot belong to.
                    var host = DiplomaticMission.Is(m) ? LocationRightAfter(m, locations, text) : null;
                    var placed = OfOwner.Country(m, sentenceMentions, text) ?? LinkedOwner.Country(m, sentenceMentions, text) ??
                                 (host is not null ? null : IsLocal(agent) ? NearestLocation(m, locations, text) : LocationRightAfter(m, locations, text));
                    if (placed is null && context.Issuer is { } issuer && issuer != except && Letterhead.IsBareInstitution(m, text))
                    {
                        // "1. The Ministry of Foreign Affairs strongly condemns ... 2. The Government has today ordered ...": a press
                        // release's own institutions, whatever state its points named last.
                        AddOnce(slots, new ActorSlot(agent with { Code = issuer + agent.Sector, Country = issuer }, m, "context"));
                        break;
                    }

                    var earlier = placed is null ? EarlierAgency.Owner(m, context, except, text) : null;
                    if (earlier is { Country: null, Org: { } earlierOrg })
                    {
                        // "the EU's special envoy travelled to Belgrade. The envoy urged Vucic ...": an organisation's agent named before.
                        AddOnce(slots, new ActorSlot(agent with { Code = earlierOrg, Country = null, Org = earlierOrg }, m, "context"));
                        break;
                    }

                    if ((placed ?? earlier?.Country ??
                         FocusState(m, sentenceMentions, context, except, IsLocal(agent) ? null : attacked, text)) is { } c && c != host)
                        AddOnce(slots, new ActorSlot(agent with { Code = c + agent.Sector, Country = c }, m, "context"));
                    break;
                case MentionKind.Place when m.Place is { Country: { } pc }:
                    // Only reached for targets: "sent aid to Gaza" names the people of a place; "lashed out at Brussels over the
                    // frozen funds" names the Union.
                    AddOnce(slots, EuCapital.For(m, text) is { } union ? new ActorSlot(union, m, "eu-capital") : new ActorSlot(new ActorCode(pc, pc, null, null, m.Place.Name), m, "place"));
                    break;
            }
        }

        return slots;
    }

    /// <summary>A slot names each actor once ("Pakistan and Pakistan's army" stays two, "both countries" never doubles):
    /// the first slot of a code is kept.</summary>
    private static void AddOnce(List<ActorSlot> slots, ActorSlot slot)
    {
        var code = slot.Actor.Code;
        for (var i = 0; i < slots.Count; i++)
        {
            if (string.Equals(slots[i].Actor.Code, code, StringComparison.Ordinal)) return;
        }

        slots.Add(slot);
    }

    /// <summary>Bare people, police and armed groups belong to where the sentence puts them ("people across Gaza",
    /// "demonstrators in Amman", "a gunman in Washington"); officials, soldiers and spies are too often abroad.</summary>
    /// Clergy speak to and about the world ("The Pope appealed for peace in Ukraine"): where they speak of is not theirs.
    private static bool IsLocal(ActorCode agent) => agent.Sector is not ("GOV" or "MIL" or "SPY" or "JUD" or "LEG" or "REL");

    /// <summary>"for peace in Ukraine and Gaza", "the war in Sudan": a place named as where a topic noun (peace, war, conflict ...)
    /// is, or a member coordinated with one, is what an actor speaks about, not where it comes from.</summary>
    private static bool IsTopicPlace(string text, int start)
    {
        var i = start;
        for (var hops = 0; hops < 3; hops++)
        {
            var (b, e) = WordBefore(text, i);
            if (text.AsSpan(b, e - b).Equals("the", StringComparison.OrdinalIgnoreCase)) (b, e) = WordBefore(text, b);
            var word = text.AsSpan(b, e - b);
            if (word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("over", StringComparison.OrdinalIgnoreCase))
            {
                var (nb, ne) = WordBefore(text, b);
                return IsTopicNoun(text.AsSpan(nb, ne - nb));
            }

            // "peace in Ukraine and Gaza": step back over "X and" (a one-word member) and look again.
            if (!(word.Equals("and", StringComparison.OrdinalIgnoreCase) || word is ",")) return false;
            (i, _) = WordBefore(text, b);
        }

        return false;
    }

    private static bool IsTopicNoun(ReadOnlySpan<char> w) => TopicNouns.Contains(w);

    /// <summary>Where the word (or single punctuation mark) ending right before <paramref name="end"/> starts and ends, spaces skipped.</summary>
    private static (int Start, int End) WordBefore(string text, int end)
    {
        var e = end;
        while (e > 0 && text[e - 1] == ' ') e--;
        if (e == 0) return (0, 0);
        if (!char.IsLetterOrDigit(text[e - 1])) return (e - 1, e);
        var b = e;
        while (b > 0 && (char.IsLetterOrDigit(text[b - 1]) || text[b - 1] is '-' or '\'' or '’')) b--;
        return (b, e);
    }

    private static string? NearestLocation(Mention mention, IReadOnlyList<SentenceLocation>? locations, string text)
    {
        if (locations is null) return null;
        string? best = null;
        var distance = int.MaxValue;
        for (var i = 0; i < locations.Count; i++)
        {
            var l = locations[i];
            if (IsBackerAfter(mention, l.Start, text)) continue;
            var d = Math.Abs(l.Start - mention.Start);
            if (d < distance) (best, distance) = (l.Country, d);
        }

        return best;
    }

    /// <summary>The country of a place phrase that follows <paramref name="mention"/> directly ("forces in northeast Syria":
    /// at most a preposition and a few modifiers between, no punctuation), or null.</summary>
    private static string? LocationRightAfter(Mention mention, IReadOnlyList<SentenceLocation>? locations, string text)
    {
        if (locations is null) return null;
        for (var i = 0; i < locations.Count; i++)
        {
            var l = locations[i];
            if (l.Start < mention.End || l.Start - mention.End > 30) continue;
            var between = text.AsSpan(mention.End, l.Start - mention.End).TrimStart();
            if (between.IndexOfAny(",;.:") >= 0) continue;
            // "an air defence site near Isfahan", "missile batteries in Crimea": the facility noun the agent names stands between.
            between = AfterFacilityNoun(between);
            // The phrase must open with the place's preposition: "drones hit targets in Balochistan" puts the targets there.
            if (between.StartsWith("in ", StringComparison.OrdinalIgnoreCase) || between.StartsWith("inside ", StringComparison.OrdinalIgnoreCase) ||
                between.StartsWith("near ", StringComparison.OrdinalIgnoreCase) || between.StartsWith("across ", StringComparison.OrdinalIgnoreCase) ||
                between.StartsWith("around ", StringComparison.OrdinalIgnoreCase) || between.StartsWith("throughout ", StringComparison.OrdinalIgnoreCase))
                return l.Country;
        }

        return null;
    }

    private static readonly string[] FacilityNouns =
        ["site", "sites", "base", "bases", "position", "positions", "battery", "batteries", "facility", "facilities", "installation",
         "installations", "headquarters", "post", "posts", "depot", "depots", "system", "systems", "unit", "units"];

    /// <summary><paramref name="between"/> without one facility noun and its space at its start ("site near " → "near "), else unchanged.</summary>
    private static ReadOnlySpan<char> AfterFacilityNoun(ReadOnlySpan<char> between)
    {
        var space = between.IndexOf(' ');
        if (space <= 0) return between;
        var word = between[..space];
        foreach (var noun in FacilityNouns)
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase)) return between[(space + 1)..];
        }

        return between;
    }

    /// <summary>Whether <paramref name="agent"/> follows the actor <paramref name="head"/> (or its bracketed acronym) as ", a|an|the
    /// [lower-case words]".</summary>
    private static bool IsAppositionOf(Mention agent, Mention head, string text)
    {
        if (head.Kind != MentionKind.Actor || head.End > agent.Start || agent.Start - head.End > 40) return false;
        var between = text.AsSpan(head.End, agent.Start - head.End);
        // "the Kurdistan Workers party (PKK), a designated terrorist group".
        if (between.StartsWith(")")) between = between[1..];
        if (!(between.StartsWith(", a ", StringComparison.Ordinal) || between.StartsWith(", an ", StringComparison.Ordinal) ||
              between.StartsWith(", the ", StringComparison.Ordinal)))
            return false;
        foreach (var c in between[2..])
        {
            if (!(char.IsLower(c) || c is ' ' or '-')) return false;
        }

        return true;
    }

    /// <summary>States named before <paramref name="mention"/>: the document's so far, then the sentence's, most recent last.</summary>
    private static List<ActorCode> KnownStates(Mention mention, IReadOnlyList<Mention> sentenceMentions, ActorContext context, string? text = null) =>
        StatesBefore(mention, sentenceMentions, new List<ActorCode>(context.Named), text);

    /// <summary>Adds to <paramref name="known"/> the states <paramref name="mention"/>'s sentence names before it, most recent last.</summary>
    private static List<ActorCode> StatesBefore(Mention mention, IReadOnlyList<Mention> sentenceMentions, List<ActorCode> known, string? text)
    {
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start >= mention.Start) break;
            // "Before leaving for Beijing, President Bush ...": where a traveller is going is not where he is from.
            if (text is not null && IsDestination(text, m.Start)) continue;
            // "Israel, which captured the Golan from Syria, placed troops on alert": the relative clause's Syria is not whose troops.
            if (text is not null && ClosedRelative.Encloses(text, m.Start, mention.Start)) continue;
            if (m.Kind == MentionKind.Actor && m.Actor is { } a && (a.Country is not null || a.Org is not null) && !ActorContext.IsPress(a))
                ActorContext.AddPlainMostRecent(known, a);
        }

        return known;
    }

    /// <summary>"the militants", "the attackers": one word that names an armed group's members, right after "the" (no
    /// "Kurdish", no "rebel groups"); or that word's group ("the militant group", "the armed group"). "The rebels" is left out:
    /// it names a state's own insurgents as often as not.</summary>
    private static bool IsDefiniteFighters(Mention m, string text)
    {
        if (m.TokenCount == 2 && text.AsSpan(m.Start, m.End - m.Start) is var pair && pair.EndsWith(" group", StringComparison.OrdinalIgnoreCase))
            return IsFighterGroup(pair[..^6]) && IsAfterThe(m, text);
        if (m.TokenCount != 1 || !IsAfterThe(m, text)) return false;
        var w = text.AsSpan(m.Start, m.End - m.Start);
        return w.Equals("militants", StringComparison.OrdinalIgnoreCase) || w.Equals("insurgents", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("jihadists", StringComparison.OrdinalIgnoreCase) || w.Equals("attackers", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("assailants", StringComparison.OrdinalIgnoreCase) || w.Equals("gunmen", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("extremists", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAfterThe(Mention m, string text)
    {
        var (b, e) = WordBefore(text, m.Start);
        return text.AsSpan(b, e - b).Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsFighterGroup(ReadOnlySpan<char> w) =>
        w.Equals("militant", StringComparison.OrdinalIgnoreCase) || w.Equals("armed", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("jihadist", StringComparison.OrdinalIgnoreCase) || w.Equals("extremist", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("insurgent", StringComparison.OrdinalIgnoreCase);

    /// <summary>The armed group (an organisation without a state) named last before <paramref name="mention"/>, in its sentence
    /// or the three before it; null when a state's own rebels were named after it in the sentence, or none was named.</summary>
    private static string? ArmedGroupBefore(Mention mention, IReadOnlyList<Mention> sentenceMentions, ActorContext context)
    {
        for (var i = sentenceMentions.Count - 1; i >= 0; i--)
        {
            var m = sentenceMentions[i];
            if (m.FirstToken >= mention.FirstToken || m.Kind != MentionKind.Actor || m.Actor is not { } a) continue;
            if (ActorContext.IsArmedGroup(a)) return a.Org;
            if (a.Country is not null && a.Sector is "REB" or "INS") return null;
        }

        return context.ArmedGroupSince(mention.Sentence - 3);
    }

    /// <summary>The key of the organisation (not an armed group) most recently named before <paramref name="mention"/>, or null.</summary>
    private static string? LastOrganisation(Mention mention, IReadOnlyList<Mention> sentenceMentions, ActorContext context, string text)
    {
        var known = KnownStates(mention, sentenceMentions, context, text);
        for (var i = known.Count - 1; i >= 0; i--)
        {
            if (known[i] is { Country: null, Org: { } org } && !context.WasNamedAsArmedGroup(org)) return org;
        }

        return null;
    }

    private static string? FocusState(Mention mention, IReadOnlyList<Mention> sentenceMentions, ActorContext context, string? except,
        IReadOnlyList<Mention>? attacked, string text)
    {
        var known = KnownStates(mention, sentenceMentions, context, text);
        for (var i = known.Count - 1; i >= 0; i--)
        {
            if (known[i].Country is { } c && c != except) return c;
        }

        // "Gunmen opened fire on a police post in Nigeria's Zamfara state": unidentified attackers belong to the
        // country where they act, named later in the sentence. What soldiers or weapons attack is not where they come
        // from: "Drones struck Kyiv" names no attacker, and a Ukrainian one stitched from the target would be worse than
        // none (gunmen who kill "a Mexican mayor" stay local: the caller passes no attacked mentions for them).
        var insertEnd = InsertEnd(mention, text);
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (attacked is not null && Contains(attacked, m)) continue;
            // "The envoy, who has visited Iran twice, met ...": what a comma-set relative clause or apposition about the agent
            // names is someone it dealt with, not whose it is.
            // "The patriarch appealed for peace in Ukraine": clergy are not of the places whose peace or war they speak of
            // (the people of such a place, "refugees fleeing the war in Liberia", are).
            if (m.Start < insertEnd || IsBackerAfter(mention, m.Start, text) || (mention.Actor?.Sector == "REL" && IsTopicPlace(text, m.Start))) continue;
            // "released 24 hostages under a truce deal mediated by Qatar": who brokered or hosted something named later is a
            // third party, not whose the people are.
            if (m.Start > mention.Start && IsBrokerAgent(text, m.Start)) continue;
            // "The envoy met the Saudi foreign minister": an official of the same kind named after him is his counterpart
            // from another state, and what follows is most likely that state's too.
            if (m.Start > mention.Start && m.Kind == MentionKind.Actor && m.Actor?.Sector is { } sector && sector == mention.Actor?.Sector && sector == "GOV")
                return null;
            var c = m.Kind == MentionKind.Place ? m.Place?.Country : m.Kind == MentionKind.Actor ? m.Actor?.Country : null;
            if (c is not null && c != except && m.Start > mention.Start) return c;
        }

        return null;
    }

    /// <summary>Whether the name at <paramref name="start"/> is the agent of "mediated / brokered / facilitated / hosted / convened by".</summary>
    private static bool IsBrokerAgent(string text, int start)
    {
        var (b, e) = WordBefore(text, start);
        if (text.AsSpan(b, e - b) is "the") (b, e) = WordBefore(text, b);
        if (!text.AsSpan(b, e - b).Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        var (vb, ve) = WordBefore(text, b);
        var verb = text.AsSpan(vb, ve - vb);
        return verb is "mediated" or "brokered" or "facilitated" or "hosted" or "convened" or "chaired" or "co-chaired";
    }

    /// <summary>Whether the name at <paramref name="start"/> is a journey's destination: "leaving / departing / bound for X",
    /// "flying / travelling / heading / en route to X".</summary>
    private static bool IsDestination(string text, int start)
    {
        var (b, e) = WordBefore(text, start);
        var preposition = text.AsSpan(b, e - b);
        var (vb, ve) = WordBefore(text, b);
        var verb = text.AsSpan(vb, ve - vb);
        if (preposition.Equals("for", StringComparison.OrdinalIgnoreCase))
            return verb.StartsWith("leav", StringComparison.OrdinalIgnoreCase) || verb.Equals("left", StringComparison.OrdinalIgnoreCase) ||
                   verb.StartsWith("depart", StringComparison.OrdinalIgnoreCase) || verb.Equals("bound", StringComparison.OrdinalIgnoreCase);
        if (!preposition.Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
        // Not "returned to X", which is most often home.
        return verb.Equals("flew", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("fly", StringComparison.OrdinalIgnoreCase) ||
               verb.StartsWith("travel", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("head", StringComparison.OrdinalIgnoreCase) ||
               verb.Equals("route", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Rebels supported by Rwanda", "forces backed by Iran": a state named as the agent's backer right after it is
    /// not its own (dev-README: domestic rebels take their country key; a proxy's country is not its sponsor's).</summary>
    private static bool IsBackerAfter(Mention agent, int start, string text)
    {
        if (start <= agent.End || start - agent.End > 40) return false;
        var between = text.AsSpan(agent.End, start - agent.End).Trim();
        if (between.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) between = between[..^4].TrimEnd();
        if (!between.EndsWith(" by", StringComparison.OrdinalIgnoreCase)) return false;
        between = between[..^3].TrimEnd();
        // "heavily backed by", "armed and trained by": the participle is the phrase's last word before "by".
        var space = between.LastIndexOf(' ');
        var verb = space < 0 ? between : between[(space + 1)..];
        return BackingParticiples.Contains(verb);
    }

    /// <summary>Where a comma-set insert right after <paramref name="mention"/> ends (its closing comma or the sentence's end),
    /// or the mention's own end when a comma does not follow it.</summary>
    private static int InsertEnd(Mention mention, string text)
    {
        var i = mention.End;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] != ',') return mention.End;
        var close = text.AsSpan(i + 1).IndexOfAny(",;.");
        var end = close < 0 ? text.Length : i + 1 + close;
        // "killed six soldiers, Pakistani officials said.", "..., according to the army": the sentence's closing attribution
        // is no aside about the agent; the reporter's state is the story's.
        return IsAttribution(text.AsSpan(i + 1, end - i - 1).Trim()) ? mention.End : end;
    }

    private static bool IsAttribution(ReadOnlySpan<char> insert)
    {
        if (insert.StartsWith("according to", StringComparison.OrdinalIgnoreCase)) return true;
        var space = insert.LastIndexOf(' ');
        var last = space < 0 ? insert : insert[(space + 1)..];
        return WordList.Contains(last, ["said", "says", "told", "reported", "added", "confirmed", "announced"]);
    }

    private static bool Contains(IReadOnlyList<Mention> mentions, Mention mention)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (ReferenceEquals(mentions[i], mention) || (mentions[i].Start == mention.Start && mentions[i].End == mention.End)) return true;
        }

        return false;
    }

    /// <summary>The country named right after "all sides in", "both parties to the conflict in", or null.</summary>
    private static string? SidesIn(Mention collective, IReadOnlyList<Mention> sentenceMentions, string text)
    {
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start < collective.End) continue;
            if (m.Start - collective.End > 32) return null;
            var between = text.AsSpan(collective.End, m.Start - collective.End).Trim();
            if (between.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) between = between[..^4].TrimEnd();
            var opens = between.Equals("in", StringComparison.OrdinalIgnoreCase) ||
                        (between.EndsWith(" in", StringComparison.OrdinalIgnoreCase) &&
                         (between.StartsWith("to the ", StringComparison.OrdinalIgnoreCase) || between.StartsWith("involved ", StringComparison.OrdinalIgnoreCase)));
            // A country's name, not a city's: "hosted both sides in Geneva" says where they met.
            return opens && m.Kind == MentionKind.Actor && m.Actor is { Org: null, Sector: null } a ? a.Country : null;
        }

        return null;
    }

    /// <summary>The states and organisations the sentence names before <paramref name="collective"/>, in order, without the
    /// other side of the event (up to four; none when more are named).</summary>
    private static List<ActorCode> SidesNamedBefore(Mention collective, IReadOnlyList<Mention> sentenceMentions, string? otherCountry, string? otherKey)
    {
        var sides = new List<ActorCode>();
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start >= collective.Start) break;
            if (m.Kind != MentionKind.Actor || m.Actor is not { } a || (a.Country is null && a.Org is null)) continue;
            var plain = ActorContext.Plain(a);
            if (plain.Key == otherKey || plain.Key == otherCountry || (otherKey is not null && a.Key == otherKey)) continue;
            ActorContext.AddPlainMostRecent(sides, a);
        }

        return sides.Count <= 4 ? sides : [];
    }

    private static void CollectiveMembers(Mention collective, IReadOnlyList<Mention> sentenceMentions, ActorContext context, string text, string? except,
        List<ActorSlot> slots)
    {
        if (collective.Members.Count > 0)
        {
            for (var i = 0; i < collective.Members.Count; i++) AddOnce(slots, new ActorSlot(collective.Members[i], collective, "collective"));
            return;
        }

        var known = KnownStates(collective, sentenceMentions, context);
        // "the two countries" counts states only; "both sides" any actor named.
        var phrase = text.AsSpan(collective.Start, collective.End - collective.Start);
        var statesOnly = phrase.Contains("countr", StringComparison.OrdinalIgnoreCase) || phrase.Contains("state", StringComparison.OrdinalIgnoreCase) ||
                         phrase.Contains("nation", StringComparison.OrdinalIgnoreCase) || phrase.Contains("neighbour", StringComparison.OrdinalIgnoreCase) ||
                         phrase.Contains("govern", StringComparison.OrdinalIgnoreCase) || phrase.Contains("capital", StringComparison.OrdinalIgnoreCase);
        if ((collective.Count == 2 || (collective.Count == 0 && phrase.Contains("both", StringComparison.OrdinalIgnoreCase))) && known.Count > 0 &&
            !OfficialsCollective.IsOfficials(phrase))
        {
            PairMembers(collective, sentenceMentions, context, text, except, statesOnly, slots);
            return;
        }

        if (statesOnly)
            known.RemoveAll(k => k.Country is null);
        else if (OfficialsCollective.IsOfficials(phrase))
        {
            OfficialsCollective.DropArmedGroups(known, sentenceMentions, collective, context);
            var wanted = collective.Count > 0 ? collective.Count : 2;
            if (!(OfficialsCollective.IsLeaders(phrase) && OfficialsCollective.PreferNamedLeaders(known, sentenceMentions, collective, context, wanted)))
                OfficialsCollective.PreferOfficials(known, sentenceMentions, collective, context, wanted);
            // "Aliyev and Pashinyan held talks ... The UAE's president welcomed both leaders ... The two leaders agreed": of the
            // officials named, the pair the document last named together is the one meant, not the host named after them.
            if (wanted == 2 && context.Pair is { } pair && collective.Sentence - context.PairSentence <= PairWindow) OfficialsCollective.PairLast(known, pair.A, pair.B);
        }

        // "The US urged both sides": the collective never includes the actor on the other side of the event.
        if (except is not null) known.RemoveAll(k => k.Key == except);

        var count = collective.Count > 0 ? collective.Count : 2;
        // "Both countries agreed to boost trade, Pakistan's commerce minister said after meeting his Uzbek counterpart": with
        // nothing named before, exactly as many states named later in the sentence are the ones meant.
        var cataphoric = known.Count == 0;
        if (cataphoric) known = StatesAfter(collective, sentenceMentions, except);
        if (known.Count < count || (cataphoric && known.Count != count)) return;
        var sector = collective.Actor?.Sector;
        for (var i = known.Count - count; i < known.Count; i++)
        {
            var k = known[i];
            AddOnce(slots, new ActorSlot(sector is null ? k : k with { Code = k.Key + sector, Sector = sector }, collective, "collective"));
        }
    }

    /// <summary>"the two countries", "both sides": the pair named together last, a compound before the collective in its sentence,
    /// else the only two states that sentence named before it, else the document's pair of the last <see cref="PairWindow"/>
    /// sentences (<see cref="ActorContext.Pair"/>), else the only two states those sentences named, else the only two its sentence
    /// names after it; no member when the pair holds
    /// <paramref name="except"/> (the event's other side) or, for <paramref name="statesOnly"/>, an organisation.</summary>
    private static void PairMembers(Mention collective, IReadOnlyList<Mention> sentenceMentions, ActorContext context, string text, string? except,
        bool statesOnly, List<ActorSlot> slots)
    {
        // A pair holding the event's other side ("Saudi Arabia and the US mediated talks between the warring parties") is not the one meant.
        (ActorCode A, ActorCode B)? pair = NamedPair.LastCompound(sentenceMentions, text, collective.Start) is { } c && c.A.Key != except && c.B.Key != except
            ? (c.A, c.B)
            : null;
        var inSentence = StatesBefore(collective, sentenceMentions, [], text);
        RemoveExcluded(inSentence, except, statesOnly);
        if (pair is null && inSentence.Count == 2) pair = (inSentence[0], inSentence[1]);
        // "Cambodia asked the UN Security Council ... The two neighbours": a pair holding an organisation is no pair of states.
        if (pair is null && context.Pair is { } last && last.A.Key != except && last.B.Key != except &&
            collective.Sentence - context.PairSentence <= PairWindow && Fits(last, statesOnly))
            pair = last;
        if (pair is null)
        {
            // "Turkey hosted Russia's foreign minister ... The two countries": with no pair named, two states alone in the last
            // sentences are the pair; a third leaves it unknown.
            var recent = context.NamedSince(collective.Sentence - PairWindow);
            for (var i = 0; i < inSentence.Count; i++) ActorContext.AddMostRecent(recent, inSentence[i]);
            RemoveExcluded(recent, except, statesOnly);
            if (recent.Count == 2) pair = (recent[0], recent[1]);
            // "Ethiopia and Somaliland signed ... . Somalia's cabinet ... . Somalia's president ... . The AU called on both
            // countries ...": the document's pair stays meant while the sentences since have named no other state.
            else if (context.Pair is { } held && held.A.Key != except && held.B.Key != except && Fits(held, statesOnly) &&
                     collective.Sentence - context.PairSentence <= HeldPairWindow && recent.TrueForAll(k => k.Key == held.A.Key || k.Key == held.B.Key))
                pair = held;
        }

        // "Both countries agreed to boost trade, Pakistan's minister said after meeting his Uzbek counterpart": with no pair before
        // it, exactly two states named after it in its sentence are the ones meant.
        if (pair is null && StatesAfter(collective, sentenceMentions, except) is { Count: 2 } after) pair = (after[0], after[1]);

        if (pair is not { } p || (statesOnly && (p.A.Country is null || p.B.Country is null))) return;
        var sector = collective.Actor?.Sector;
        AddOnce(slots, new ActorSlot(sector is null ? p.A : p.A with { Code = p.A.Key + sector, Sector = sector }, collective, "collective"));
        AddOnce(slots, new ActorSlot(sector is null ? p.B : p.B with { Code = p.B.Key + sector, Sector = sector }, collective, "collective"));
    }

    private static bool Fits((ActorCode A, ActorCode B) pair, bool statesOnly) =>
        !statesOnly || (pair.A.Country is not null && pair.B.Country is not null);

    /// <summary>Drops from <paramref name="candidates"/> the event's other side and, for <paramref name="statesOnly"/>, organisations.</summary>
    private static void RemoveExcluded(List<ActorCode> candidates, string? except, bool statesOnly) =>
        candidates.RemoveAll(k => k.Key == except || (statesOnly && k.Country is null));

    /// <summary>The distinct states named after <paramref name="collective"/> in its sentence (not the press, not <paramref name="except"/>).</summary>
    private static List<ActorCode> StatesAfter(Mention collective, IReadOnlyList<Mention> sentenceMentions, string? except)
    {
        var after = new List<ActorCode>();
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start <= collective.Start || m.Kind != MentionKind.Actor || m.Actor is not { Country: { } c } a || ActorContext.IsPress(a) || c == except) continue;
            if (!after.Exists(k => k.Key == c)) after.Add(new ActorCode(c, c, null, null, null));
        }

        return after;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}

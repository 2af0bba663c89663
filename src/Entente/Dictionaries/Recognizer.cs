using System.Buffers;
using Entente.Model;
using Entente.Text;

namespace Entente.Dictionaries;

/// <summary>Finds actor, agent, collective and place mentions by longest dictionary match, then combines neighbouring matches ("Russian ambassador", "Pakistan's army chief", "Gen Qamar Javed Bajwa").</summary>
/// <remarks>
/// Two passes per sentence: greedy longest matches become items; then items are combined left to right into
/// phrases of the shape [modifier] head* [person | unknown name] [of [the] country | collective], where a modifier is
/// an adjective, country, region, organisation, capital or place and a head is an agent or a title. A person's role
/// in force on the document's date wins; otherwise the agent's sector goes with the modifier's country.
/// </remarks>
public sealed class Recognizer : IRecognizer
{
    private static readonly string[] _placePrepositions =
        ["in", "at", "to", "from", "near", "into", "outside", "inside", "across", "around", "via", "toward", "towards", "through", "within", "throughout"];

    private static readonly string[] _notNames =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
         "May", "June", "July", "August", "September", "October", "November", "December", "The", "And", "But", "On", "In", "Of"];

    // Capitalised sentence openers that may stand right before a surname ("When Putin invaded", "As Biden left"): no given name.
    private static readonly string[] _sentenceStarters =
        ["When", "As", "After", "Before", "If", "While", "Although", "Though", "Because", "Since", "Once", "Unless", "Until", "Whether",
         "Like", "Unlike", "For", "With", "Without", "Under", "Then", "Now", "Later", "Earlier", "Meanwhile", "Still", "Yet", "So",
         "Also", "Instead", "Indeed", "Here", "There", "Today", "Yesterday", "Tomorrow", "Last", "Next", "This", "That", "Why", "How",
         "Where", "What", "Did", "Does", "Do", "Will", "Would", "Can", "Could", "Should", "Has", "Had", "Have", "Is", "Was", "Were",
         "Even", "Only", "Both", "Neither", "Either", "Nor", "Or", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Gen", "Col"];

    // Words that may stand between a country cue and its role noun without changing the sector.
    private static readonly string[] _rankWords =
        ["deputy", "vice", "acting", "senior", "top", "new", "then", "interim", "caretaker", "outgoing", "incoming", "chief", "junior", "federal", "provincial", "state", "principal", "special", "assistant", "additional",
         "former", "ousted", "deposed", "exiled", "toppled", "late",
         // Qualifiers of a government or office that leave its sector as it is ("Yemen's internationally recognised government").
         "internationally", "recognised", "recognized", "elected", "newly", "democratically", "ruling", "embattled", "beleaguered",
         "self-declared", "self-proclaimed", "unelected", "civilian-led", "military-led", "military-backed", "army-backed"];

    // Words saying a role is over ("former President X", "Pakistan's ousted prime minister"): the person is an elite (ELI), not the state.
    private static readonly string[] _pastRoleWords = ["former", "ousted", "deposed", "exiled", "toppled", "late"];

    // Nouns that a singular role noun before them only qualifies ("US military aid", "army base", "police station"): the role noun is then no actor.
    private static readonly string[] _qualifiedNouns =
        ["aid", "assistance", "equipment", "hardware", "spending", "budget", "budgets", "sales", "supplies", "base", "bases", "station",
         "stations", "headquarters", "cooperation", "co-operation", "ties", "deal", "deals", "pact", "policy", "policies", "strategy", "doctrine",
         "zone", "zones", "summit", "summits", "meeting", "meetings",
         // "export controls on drone parts", "military technology": wares of a kind, not the role's people.
         "parts", "components", "technology", "technologies", "exports", "imports"];

    // Crafts that a singular civilian or business role noun before them only qualifies ("merchant vessel").
    private static readonly string[] _craftNouns = ["vessel", "vessels", "ship", "ships", "boat", "boats", "tanker", "tankers", "ferry", "ferries"];

    private static readonly string[] _compassWords =
        ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
         "north-eastern", "north-western", "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest",
         "north", "south", "east", "west"];

    // Words before a plural demonym that make its people refugees or migrants ("undocumented Afghans"), not civilians at home.
    private static readonly string[] _migrantWords = ["undocumented", "displaced", "stateless", "deported", "expelled", "fleeing", "illegal"];

    // Last parts of a hyphenated word whose first part is then no actor: where someone is from ("Moscow-based", "Karachi-born"),
    // where or when a thing comes from ("Soviet-era", "Iranian-made", "Russian-speaking"), and who stands behind or holds
    // someone else ("US-backed Kurdish fighters", "Iran-aligned militias", "al-Qaeda-linked JNIM", "Russian-held territory"):
    // the actor is the one backed, not the backer. "-led" and "-brokered" are not here: "the Saudi-led coalition" is Saudi.
    // The backing words proper are BackerWords, shared with the coder.
    private static readonly string[] _notActorSuffixes =
        ["based", "born", "bound", "headquartered", "era", "style", "speaking", "made", "built", "designed",
         "financed", "inspired", "held", "controlled", "occupied", "annexed", "administered", "ruled"];

    // Last parts of a hyphenated word whose first part, with the words before it, may name a state that owns or flags a thing.
    private static readonly string[] _flagSuffixes = ["flagged", "registered", "owned", "operated"];

    private static readonly string[] _nameParticles = ["van", "von", "den", "der", "de", "da", "dos", "das", "du", "di", "del", "la", "le", "bin", "ibn", "al", "el", "ben"];

    // Words joining two modifiers that share one role noun ("Indian and Chinese soldiers", "US, British and French troops").
    private static readonly string[] _coordinators = ["and", "or", ","];

    private readonly CompiledDictionaries _dictionaries;
    private readonly TokenTrie _trie;
    private readonly RoleResolver _roles;
    private readonly RecognizerOptions _options;
    private readonly Dictionary<string, ActorCode> _sectorActors = new(StringComparer.Ordinal);
    private readonly LoneSurnames _surnames = new();

    /// <summary>Creates a recognizer over compiled dictionaries.</summary>
    public Recognizer(CompiledDictionaries dictionaries, RecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        _dictionaries = dictionaries;
        _trie = dictionaries.Trie;
        _roles = dictionaries.Roles;
        _options = options ?? new RecognizerOptions();
        // The sector-only actor of a bare agent or collective ("troops" → MIL) is the same record every time: made once here.
        foreach (var entry in dictionaries.Entries)
        {
            foreach (var sector in entry.Sectors)
            {
                _sectorActors.TryAdd(sector, new ActorCode(sector, null, null, sector, null));
            }

            if (entry.Attribute("sector") is { } collectiveSector)
            {
                _sectorActors.TryAdd(collectiveSector, new ActorCode(collectiveSector, null, null, collectiveSector, null));
            }
        }
    }

    private ActorCode SectorActor(string sector) =>
        _sectorActors.TryGetValue(sector, out var code) ? code : new ActorCode(sector, null, null, sector, null);

    /// <inheritdoc />
    public IReadOnlyList<Mention> Recognize(SegmentedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var date = document.Document.Date
            ?? _options.Today
            ?? DateOnly.FromDateTime(_options.Clock.GetUtcNow().UtcDateTime);
        // Collected in a pooled buffer and copied once into an exact array: a growing List left ≈ half its arrays as garbage.
        using var mentions = new PooledBuffer<Mention>(Math.Max(8, document.Tokens.Count / 6));
        var items = new List<RecognizerItem>();
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            if (tokens.IsEmpty)
            {
                continue;
            }

            var rented = ArrayPool<TokenKeys>.Shared.Rent(tokens.Length);
            try
            {
                var keys = rented.AsSpan(0, tokens.Length);
                _trie.Keys(tokens, document.Text, keys);
                items.Clear();
                var context = new SentenceContext(sentence, tokens, document.Text, date);
                var firstMention = mentions.Count;
                var compounds = 0;
                var matchedUpTo = 0;
                for (var i = 0; i < keys.Length;)
                {
                    if (_trie.TryMatch(keys, i, out var match) || TryTimePrefixed(context, keys, i, out match))
                    {
                        if (!IsLowercaseProperName(context, match.Start, match.End, match.Node) && !IsNamesake(context, match.Start, match.End, match.Node, matchedUpTo)
                            && !IsLowercaseSurname(context, match, items))
                        {
                            items.Add(new RecognizerItem(match.Start, match.TokenCount, match.Node, match.Possessive));
                        }

                        i = match.End;
                        matchedUpTo = i;
                    }
                    else
                    {
                        compounds += HyphenParts(context, i, matchedUpTo, mentions);
                        i++;
                    }
                }

                for (var i = 0; i < items.Count;)
                {
                    i = Phrase(context, items, i, mentions);
                }

                compounds += NumberedCollectives(context, mentions, firstMention);
                if (compounds > 0)
                {
                    // Parts of hyphenated words and counted collectives were added after the phrases: put the sentence's mentions in text order.
                    mentions.AsSpan(firstMention, mentions.Count - firstMention).Sort((a, b) => a.Start.CompareTo(b.Start));
                }

                ShareHeads(context, mentions.AsSpan(firstMention, mentions.Count - firstMention));
            }
            finally
            {
                ArrayPool<TokenKeys>.Shared.Return(rented);
            }
        }

        return _surnames.Add(document, mentions.ToArray());
    }

    /// <summary>A match for a word that starts with "then-" or "ex-" ("then-President", "Then-Angolan", "ex-minister"), as if the prefix
    /// were a word of its own: the rest of the word is matched in place. After "ex-" only a role noun or title counts ("ex-Soviet" is no actor).</summary>
    /// <remarks>The token's keys are restored when nothing matches, so the hyphen rules still see the whole word.</remarks>
    private bool TryTimePrefixed(in SentenceContext c, Span<TokenKeys> keys, int i, out TrieMatch match)
    {
        match = default;
        var token = c.Tokens[i];
        var word = token.Span(c.Text);
        var hyphen = word.IndexOfAny('-', '\u2013');
        if (token.Kind != TokenKind.Word || hyphen <= 0 || hyphen == word.Length - 1)
        {
            return false;
        }

        var prefix = word[..hyphen];
        var then = prefix.Equals("then", StringComparison.OrdinalIgnoreCase);
        if (!then && !prefix.Equals("ex", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var saved = keys[i];
        keys[i] = _trie.Keys(word[(hyphen + 1)..]);
        if (_trie.TryMatch(keys, i, out match) && match.Start == i)
        {
            if (then)
            {
                return true;
            }

            var roleOnly = true;
            foreach (var value in _trie.Values(match.Node))
            {
                roleOnly &= _dictionaries.Entries[value.Entry].Kind is EntryKind.Agent or EntryKind.Title;
            }

            if (roleOnly)
            {
                return true;
            }
        }

        keys[i] = saved;
        match = default;
        return false;
    }

    /// <summary>Whether a match that can only be a person is written all in lowercase with no title before it: "his trump card",
    /// "in the bush" are common words; "President obama" is still the president.</summary>
    private bool IsLowercaseSurname(in SentenceContext c, TrieMatch match, List<RecognizerItem> items)
    {
        foreach (var value in _trie.Values(match.Node))
        {
            if (_dictionaries.Entries[value.Entry].Kind != EntryKind.Person)
            {
                return false;
            }
        }

        for (var t = match.Start; t < match.End; t++)
        {
            foreach (var ch in c.Tokens[t].Span(c.Text))
            {
                if (char.IsUpper(ch))
                {
                    return false;
                }
            }
        }

        return items.Count == 0 || items[^1].End != match.Start || !IsHead(items[^1]);
    }

    /// <summary>The word without a leading "then-" or "ex-" (whose role word decides whether a name follows a title).</summary>
    private static ReadOnlySpan<char> WithoutTimePrefix(ReadOnlySpan<char> word)
    {
        if (word.Length > 5 && word.StartsWith("then-", StringComparison.OrdinalIgnoreCase))
        {
            return word[5..];
        }

        return word.Length > 3 && word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) ? word[3..] : word;
    }

    /// <summary>Whether a match that can only be a country, demonym, capital, region or place is written without any capital letter: "a pole", "turkey", "nice weather" are common words, not names.</summary>
    private bool IsLowercaseProperName(in SentenceContext c, int first, int end, int node)
    {
        foreach (var value in _trie.Values(node))
        {
            if (_dictionaries.Entries[value.Entry].Kind is not (EntryKind.Country or EntryKind.Adjective or EntryKind.Capital or EntryKind.Region or EntryKind.Place))
            {
                return false;
            }
        }

        for (var t = first; t < end; t++)
        {
            foreach (var ch in c.Tokens[t].Span(c.Text))
            {
                if (char.IsUpper(ch))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether a one-word match that can only be a person's surname follows a capitalised given name that person
    /// never goes by: "Emine Erdogan", "Hunter Biden" and "Maryam Nawaz" are relatives or namesakes, not the leader.</summary>
    /// <remarks><paramref name="matchedUpTo"/> is the end of the previous dictionary match: a word inside it ("Secretary of State") is no given name.</remarks>
    private bool IsNamesake(in SentenceContext c, int first, int end, int node, int matchedUpTo)
    {
        if (end - first != 1 || first == 0 || first - 1 < matchedUpTo || c.Sentence.IsHeadline)
        {
            return false;
        }

        var given = c.Tokens[first - 1];
        var word = given.Span(c.Text);
        if (given.Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]) || IsAllCapitals(word) || word.Contains('-') || IsOneOf(word, _notNames)
            || (first - 1 == 0 && IsOneOf(word, _sentenceStarters)))
        {
            return false;
        }

        var sawPerson = false;
        foreach (var value in _trie.Values(node))
        {
            var entry = _dictionaries.Entries[value.Entry];
            if (entry.Kind != EntryKind.Person)
            {
                return false;
            }

            sawPerson = true;
            if (AliasesContainWord(entry, word))
            {
                return false;
            }
        }

        return sawPerson;
    }

    private static bool AliasesContainWord(DictionaryEntry entry, ReadOnlySpan<char> word)
    {
        foreach (var alias in entry.Aliases)
        {
            foreach (var range in alias.AsSpan().Split(' '))
            {
                var part = alias.AsSpan()[range];
                if (part.Equals(word, StringComparison.OrdinalIgnoreCase) || (part.EndsWith('.') && part[..^1].Equals(word, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Actors inside a hyphenated word that matched nothing whole: "India-Pakistan", "Pak-Russia", "US-led", "Iran-backed".</summary>
    private int HyphenParts(in SentenceContext c, int t, int matchedUpTo, PooledBuffer<Mention> mentions)
    {
        var token = c.Tokens[t];
        var word = token.Span(c.Text);
        if (token.Kind != TokenKind.Word || word.IndexOfAny('-', '\u2013') <= 0)
        {
            return 0;
        }

        var lastHyphen = word.LastIndexOfAny('-', '\u2013');
        if (IsPlaceSuffix(word[(lastHyphen + 1)..]))
        {
            // "Moscow-based", "Karachi-born": where someone is from, not an actor.
            return 0;
        }

        var added = 0;
        var offset = 0;
        var partIndex = 0;
        if (LeadingNameFlag(c, t, matchedUpTo, word, lastHyphen) is var (id, code, before))
        {
            // "a Marshall Islands-flagged tanker": the state's name begins in the words before the hyphenated one.
            var first = c.Tokens[t - before];
            mentions.Add(new Mention(MentionKind.Actor, c.Sentence.Index, c.Sentence.FirstToken + t - before, before + 1, first.Start, token.Start + lastHyphen, [id])
            {
                Actor = code,
            });
            return 1;
        }

        while (offset < word.Length)
        {
            var length = word[offset..].IndexOfAny('-', '\u2013');
            if (length < 0)
            {
                length = word.Length - offset;
            }

            var part = word.Slice(offset, length);
            if (partIndex == 0 && IsNegatingPrefix(part))
            {
                // "pro-Russian", "anti-American": the part is not the actor.
                return added;
            }

            if ((PartActor(part, c.Date) ?? CombinedPartActor(word, offset, part, c.Date)) is { } found)
            {
                var start = token.Start + offset;
                mentions.Add(new Mention(MentionKind.Actor, c.Sentence.Index, c.Sentence.FirstToken + t, 1, start, start + length, [found.Id])
                {
                    Actor = found.Code,
                });
                added++;
            }

            offset += length + 1;
            partIndex++;
        }

        return added;
    }

    /// <summary>"Marshall Islands-flagged", "Saint Kitts and Nevis-registered": a state named by the one to three words before
    /// token <paramref name="t"/> (none of them matched already) and its part before a flag or ownership suffix; the entry,
    /// its code and how many words before <paramref name="t"/> the name begins, or null.</summary>
    private (string Id, ActorCode Code, int Before)? LeadingNameFlag(in SentenceContext c, int t, int matchedUpTo, ReadOnlySpan<char> word, int lastHyphen)
    {
        if (lastHyphen <= 0 || word[..lastHyphen].IndexOfAny('-', '\u2013') >= 0 || !IsOneOf(word[(lastHyphen + 1)..], _flagSuffixes)) return null;
        for (var before = Math.Min(3, t - matchedUpTo); before >= 1; before--)
        {
            var node = 0;
            for (var j = t - before; j < t && node >= 0; j++)
            {
                var w = c.Tokens[j].Span(c.Text);
                if (c.Tokens[j].Kind != TokenKind.Word || (j == t - before && !char.IsUpper(w[0]))) node = -1;
                else node = TrieStep(node, w);
            }

            if (node < 0 || TrieStep(node, word[..lastHyphen]) is not (>= 0 and var end)) continue;
            foreach (var value in _trie.Values(end))
            {
                var entry = _dictionaries.Entries[value.Entry];
                if (entry.Kind is EntryKind.Country or EntryKind.Adjective && _roles.CodeOn(value.Entry, c.Date) is { } code) return (entry.Id, code, before);
            }
        }

        return null;
    }

    private int TrieStep(int node, ReadOnlySpan<char> word)
    {
        var keys = _trie.Keys(word);
        var next = _trie.Child(node, keys.Capitals);
        return next >= 0 ? next : _trie.Child(node, keys.Lower);
    }

    /// <summary>"Sino-Russian": the country of the combining form <paramref name="part"/> at <paramref name="offset"/> of
    /// <paramref name="word"/>, when another part of the word is a state; null otherwise ("Indo-Pacific").</summary>
    private (string Id, ActorCode Code)? CombinedPartActor(ReadOnlySpan<char> word, int offset, ReadOnlySpan<char> part, DateOnly date)
    {
        if (CombiningForms.Country(part) is not { } country || CombiningForms.IsRegion(word)) return null;
        for (var other = 0; other < word.Length;)
        {
            var length = word[other..].IndexOfAny('-', '\u2013');
            if (length < 0) length = word.Length - other;
            if (other != offset && PartActor(word.Slice(other, length), date) is not null) return PartActor(country, date);
            other += length + 1;
        }

        return null;
    }

    private (string Id, ActorCode Code)? PartActor(ReadOnlySpan<char> part, DateOnly date)
    {
        var keys = _trie.Keys(part);
        var node = _trie.Child(0, keys.Capitals);
        if (node < 0 || _trie.Values(node).IsEmpty)
        {
            node = _trie.Child(0, keys.Lower);
        }

        if (node < 0)
        {
            return null;
        }

        foreach (var value in _trie.Values(node))
        {
            var entry = _dictionaries.Entries[value.Entry];
            if (entry.Kind is EntryKind.Country or EntryKind.Region or EntryKind.Adjective or EntryKind.Capital or EntryKind.Organisation
                && _roles.CodeOn(value.Entry, date) is { } code)
            {
                return (entry.Id, code);
            }
        }

        return null;
    }

    private static bool IsPlaceSuffix(ReadOnlySpan<char> part) => IsOneOf(part, _notActorSuffixes) || BackerWords.IsBacking(part);

    private static bool IsNegatingPrefix(ReadOnlySpan<char> part) =>
        part.Equals("pro", StringComparison.OrdinalIgnoreCase) || part.Equals("anti", StringComparison.OrdinalIgnoreCase)
        || part.Equals("non", StringComparison.OrdinalIgnoreCase) || part.Equals("ex", StringComparison.OrdinalIgnoreCase)
        || part.Equals("post", StringComparison.OrdinalIgnoreCase) || part.Equals("pre", StringComparison.OrdinalIgnoreCase);

    private int Phrase(in SentenceContext c, List<RecognizerItem> items, int i, PooledBuffer<Mention> mentions)
    {
        var item = items[i];
        if (PersonsBody(c, items, i, mentions) is var taken and > 0)
        {
            return taken;
        }

        var k = i;
        var modifier = -1;
        // "Bosnian Serbs", "Croatian Serb refugees": the first demonym says the country, the second only the community.
        var stacked = IsStackedDemonym(items, i);
        var headAt = stacked ? i + 2 : i + 1;
        if (headAt < items.Count && (Joined(c, items[headAt - 1], items[headAt], allowPeriod: false) || NamedBetween(c, items[headAt - 1], items[headAt])))
        {
            var next = items[headAt];
            if (stacked)
            {
                if (IsHead(next))
                {
                    modifier = i;
                    k = headAt;
                }
            }
            else if (Has(item, EntryKind.Collective) && Has(next, EntryKind.Agent))
            {
                // "both countries' militaries": a collective with the agent's sector.
                AddCollective(c, item, First(next, EntryKind.Agent), item.First, next.End, next, mentions);
                return i + 2;
            }
            else if (OwnOrganisation(c, item, next) is { } own)
            {
                // "Britain's MI6", "Lebanon's Hezbollah": the organisation is the actor, its country only says whose.
                // Its own members right after it belong to the same mention ("Yemen's Houthi rebels"), and so does its government
                // ("Afghanistan's Taliban government", keyed like "the Taliban government"): left alone, the bare agent would take
                // a country from elsewhere in the sentence.
                var ownCode = _roles.CodeOn(own.Entry, c.Date)!;
                if (headAt + 1 < items.Count && items[headAt + 1].First == next.End && !next.Possessive && IsHead(items[headAt + 1])
                    && First(items[headAt + 1], EntryKind.Agent) is { Entry: >= 0 } members && (members.Plural || IsGovernmentBody(members))
                    && !QualifiesNoun(c, items[headAt + 1]))
                {
                    var membersCode = IsGovernmentBody(members) && ownCode is { Sector: not (null or "IGO" or "NGO") }
                        ? _roles.Code(ownCode.Org ?? ownCode.Country ?? ownCode.Code, "GOV", ownCode.Name)
                        : ownCode;
                    Add(c, MentionKind.Actor, item.First, items[headAt + 1].End, items[headAt + 1], [Id(own), Id(First(item, ModifierKind(item))), Id(members)], mentions, membersCode, plural: members.Plural);
                    return headAt + 2;
                }

                Add(c, MentionKind.Actor, item.First, next.End, next, [Id(own), Id(First(item, ModifierKind(item)))], mentions, ownCode, plural: false);
                return i + 2;
            }
            else if (IsModifier(item) && (IsHead(next) || IsPerson(next)))
            {
                modifier = i;
                k = i + 1;
            }
        }

        if (stacked && modifier < 0 && First(items[i + 1], EntryKind.Adjective) is { Plural: true } community && ModifierPart(c, item) is { } home)
        {
            Add(c, MentionKind.Actor, item.First, items[i + 1].End, items[i + 1], [Id(First(item, EntryKind.Adjective)), Id(community)], mentions, _roles.Code(home, "CVL", null), plural: true);
            return i + 2;
        }

        var headStart = k;
        while (k < items.Count && IsHead(items[k]) && (k == headStart || (Joined(c, items[k - 1], items[k], allowPeriod: true) && !VerbBetween(c, items[k - 1], items[k]))))
        {
            k++;
        }

        var heads = k - headStart;
        if (heads > 0 && QualifiesNoun(c, items[k - 1]))
        {
            // "US military aid": the role noun only qualifies the next noun, so it names no one.
            heads--;
            k--;
            if (heads == 0)
            {
                return modifier >= 0 ? Single(c, items, i, mentions) : i + 1;
            }
        }

        if (heads > 0 && k < items.Count && items[k].First == items[k - 1].End && !items[k - 1].Possessive && AnyAgent(items, headStart, heads)
            && First(items[k], EntryKind.Organisation) is { Entry: >= 0 } named && !IsPerson(items[k]) && _roles.CodeOn(named.Entry, c.Date) is { } namedCode
            && (modifier < 0 || BelongsTo(named, namedCode, ModifierPart(c, items[modifier]))))
        {
            // "the paramilitary Rapid Support Forces", "the militant group Hamas": the role noun describes the organisation named after it.
            // Its own members after it belong to the same mention: "Kurdish YPG fighters".
            if (k + 1 < items.Count && items[k + 1].First == items[k].End && !items[k].Possessive && IsHead(items[k + 1])
                && First(items[k + 1], EntryKind.Agent) is { Entry: >= 0 } members && !QualifiesNoun(c, items[k + 1]))
            {
                Add(c, MentionKind.Actor, items[i].First, items[k + 1].End, items[k + 1], [Id(named), Id(members)], mentions, namedCode, members.Plural);
                return k + 2;
            }

            Add(c, MentionKind.Actor, items[i].First, items[k].End, items[k], [Id(named)], mentions, namedCode, plural: false);
            return k + 1;
        }

        var person = -1;
        if (k < items.Count && IsPerson(items[k]) && (k == headStart || (Joined(c, items[k - 1], items[k], allowPeriod: true) && !VerbBetween(c, items[k - 1], items[k]))))
        {
            person = k++;
        }

        var nameStart = -1;
        var nameEnd = -1;
        if (person < 0 && heads > 0 && _options.AbsorbUnknownNames && !c.Sentence.IsHeadline)
        {
            var last = items[k - 1];
            var limit = k < items.Count ? items[k].First : c.Tokens.Length;
            if (IsCapitalised(WithoutTimePrefix(c.Tokens[last.First].Span(c.Text))) && !last.Possessive && !IsPluralHead(last))
            {
                var t = last.End;
                if (t < limit && IsPeriod(c, t))
                {
                    t++;
                }

                var s = t;
                while (t < limit && t - s < _options.MaxNameTokens
                       && (IsNameWord(c, t) || (t > s && ParticlesBeforeName(c, t, limit))))
                {
                    t++;
                }

                if (t > s)
                {
                    nameStart = s;
                    nameEnd = t;
                    if (k < items.Count && items[k].First == t && IsPerson(items[k]))
                    {
                        person = k++;
                    }
                }
            }
        }

        if (heads == 0 && person < 0)
        {
            return Single(c, items, i, mentions);
        }

        // "Prime Minister Narendra Modi's government", "President Putin's spokesman": the titled person's own body.
        var body = -1;
        if (person >= 0 && k < items.Count && PossessiveBody(c, items[person], items[k]))
        {
            body = k++;
        }

        if (person < 0 && nameStart < 0 && !AnyAgent(items, headStart, heads))
        {
            // A title needs a name after it ("a major boost", "Gen" alone); the modifier still counts on its own.
            return modifier >= 0 ? Single(c, items, i, mentions) : i + 1;
        }

        var endToken = Math.Max(items[k - 1].End, nameEnd);
        var lastItem = items[k - 1];
        var ofModifier = false;
        if (modifier < 0 && person < 0 && heads > 0 && (nameEnd >= 0 || Has(lastItem, EntryKind.Agent)) && !lastItem.Possessive)
        {
            // "the foreign minister of India", "the militaries of both the countries", "King Hassan of Morocco".
            var p = nameEnd >= 0 ? nameEnd : lastItem.End;
            // "from" works like "of" for office holders only ("foreign ministers from Saudi Arabia, Egypt and Jordan",
            // "officials from both countries"): "pulled its troops from Mali" names where troops leave, not whose they are.
            if (p < c.Tokens.Length && (IsWord(c, p, "of") || (IsWord(c, p, "from") && nameEnd < 0 && IsOfficeHolder(lastItem))))
            {
                var q = p + 1;
                if (q < c.Tokens.Length && IsWord(c, q, "the"))
                {
                    q++;
                }

                if (k < items.Count && (items[k].First == q || items[k].First == p + 1))
                {
                    var after = items[k];
                    // After "from", only a collective or a list of countries ("recalled its ambassador from France" is where he served).
                    var viaFrom = IsWord(c, p, "from");
                    // "recalled its ambassadors from Ireland and Norway": an owned envoy is the owner's, serving there.
                    if (!viaFrom || (!(IsOwned(c, items[i].First) && IsEnvoy(lastItem)) && (Has(after, EntryKind.Collective) || CountryListFollows(c, items, k))))
                    {
                        if (Has(after, EntryKind.Collective) && nameEnd < 0)
                        {
                            AddCollective(c, after, First(lastItem, EntryKind.Agent), items[i].First, after.End, after, mentions);
                            return k + 1;
                        }

                        if (IsModifier(after) && !Has(after, EntryKind.Adjective) && (nameEnd < 0 || Has(after, EntryKind.Country)))
                        {
                            modifier = k;
                            endToken = after.End;
                            k++;
                            ofModifier = nameEnd < 0;
                        }
                    }
                }
            }
        }

        // Exactly the ids the mention names (person, heads, modifier): an array of the right size, not a growable list.
        var entries = new string[(person >= 0 ? 1 : 0) + heads + (modifier >= 0 ? 1 : 0) + (body >= 0 ? 1 : 0)];
        var entryCount = 0;
        string? sector = null;
        var plural = false;
        if (person >= 0)
        {
            entries[entryCount++] = Id(First(items[person], EntryKind.Person));
        }

        for (var h = headStart; h < headStart + heads; h++)
        {
            var agent = First(items[h], EntryKind.Agent);
            var value = agent.Entry >= 0 ? agent : First(items[h], EntryKind.Title);
            entries[entryCount++] = Id(value);
            if (sector is null && agent.Entry < 0 && _dictionaries.Entries[value.Entry].Sectors is { Count: > 0 } titleSectors)
            {
                sector = titleSectors[0];
            }

            plural = agent.Entry >= 0 && agent.Plural;
        }

        // An agent's sector beats a title's ("Defence Minister Gen X" is GOV although "Gen" is MIL), and the last
        // agent is the head noun ("deputy foreign minister", "Pakistan Army chief") — unless it is a generic role
        // (role=generic: leader, official, spokesman ...), whose body before it says the sector ("opposition
        // leaders" OPP, "rebel commander" REB, "police spokesman" COP).
        var headFound = false;
        for (var h = headStart + heads - 1; h >= headStart; h--)
        {
            var agent = First(items[h], EntryKind.Agent);
            if (agent.Entry < 0 || _dictionaries.Entries[agent.Entry].Sectors.Count == 0) continue;
            var entry = _dictionaries.Entries[agent.Entry];
            var generic = entry.Attribute("role") == "generic";
            if (headFound && generic) continue;
            // A group's own leaders are not a government: "Kurdish leaders" take the group's lead= sector (ELI).
            sector = headFound && entry.Attribute("lead") is { } lead ? lead : entry.Sectors[0];
            // Stop at the head noun unless it is generic; after a generic head, stop at the first body that is not.
            if (!generic)
            {
                if (!headFound && entry.Id is "agent:authorities" or "agent:government" && RebelQualifier(items, headStart, h) is { } rebel)
                {
                    // "separatist authorities", "the rebel government": the body of a rebel or opposition movement is not the state's.
                    sector = rebel;
                }

                break;
            }

            headFound = true;
        }

        if (modifier >= 0)
        {
            entries[entryCount++] = Id(First(items[modifier], ModifierKind(items[modifier])));
        }

        string? name = nameStart >= 0 && person < 0
            ? c.Text[c.Tokens[nameStart].Start..c.Tokens[nameEnd - 1].End]
            : null;
        ActorCode? actor;
        MentionKind kind;
        if (person >= 0)
        {
            var personEntry = First(items[person], EntryKind.Person).Entry;
            var role = _roles.RoleIndexOn(personEntry, c.Date);
            if (role >= 0)
            {
                actor = _roles.CodeOf(personEntry, role);
                if (actor.Sector == "ELI" && heads > 0 && sector is not null and not "ELI" && AnyAgent(items, headStart, heads))
                {
                    // A former official the text calls by an office noun ("President Yeltsin", "Foreign Minister Kozyrev"; not a rank like "Gen") is
                    // written about as holding it: the story's own title beats a record date after the term ("former" still wins below).
                    actor = _roles.Code(actor.Country ?? actor.Org ?? actor.Code, sector, actor.Name);
                }
            }
            else if (modifier >= 0 && sector is not null && ModifierPart(c, items[modifier]) is { } modifierPart)
            {
                actor = _roles.Code(modifierPart, sector, _dictionaries.Entries[personEntry].Name);
            }
            else
            {
                actor = _roles.CodeOn(personEntry, c.Date);
            }

            kind = MentionKind.Actor;
            plural = false;
        }
        else if (modifier >= 0)
        {
            var mod = items[modifier];
            var org = First(mod, EntryKind.Organisation);
            if (org.Entry >= 0 && ModifierKind(mod) == EntryKind.Organisation)
            {
                actor = _roles.CodeOn(org.Entry, c.Date);
                if (actor is { Sector: not (null or "IGO" or "NGO") } own && ActorCode.IsStateSector(sector) && !GenericHeadOnly(items, headStart, heads))
                {
                    // "Taliban border guards", "Hamas police": a state-like body of the organisation keeps the organisation's key with its own sector.
                    actor = _roles.Code(own.Org ?? own.Country ?? own.Code, sector, own.Name);
                }
                else if (actor is { Sector: "IGO" } igo && sector == "MIL" && !GenericHeadOnly(items, headStart, heads))
                {
                    // "UN troops", "NATO peacekeepers": the body's forces, keyed by the body.
                    actor = _roles.Code(igo.Org ?? igo.Code, sector, igo.Name);
                }
            }
            else
            {
                var part = ModifierPart(c, mod);
                actor = part is null ? null : _roles.Code(part, sector, name);
            }

            kind = MentionKind.Actor;
        }
        else
        {
            // "the shadow home secretary": an opposition politician whose state the role noun does not say; no office holder.
            if (sector is null || (items[i].First > 0 && IsWord(c, items[i].First - 1, "shadow")))
            {
                return k;
            }

            actor = name is null ? SectorActor(sector) : new ActorCode(sector, null, null, sector, name);
            kind = MentionKind.Agent;
            if (name is null && sector != "MIL" && !IsMission(lastItem) && LocatedIn(c, items, k, lastItem) is { } where)
            {
                // "rebels in the Ivory Coast", "demonstrators in Baghdad": people named by where they are belong to that country
                // (not troops, which are often abroad). The place keeps its own mention.
                actor = _roles.Code(where, sector, null);
                kind = MentionKind.Actor;
            }
        }

        if (actor is null)
        {
            return k;
        }

        if (person < 0 && modifier >= 0 && GenericHeadOnly(items, headStart, heads)
            && _dictionaries.Entries[First(items[modifier], ModifierKind(items[modifier])).Entry].Attribute("lead") is { } groupLead)
        {
            // "Yoruba leaders", "Tamil officials": an ethnic or religious group's leaders are elites of its country, not its government.
            actor = _roles.Code(actor.Country ?? actor.Org ?? actor.Code, groupLead, actor.Name);
        }

        if (HasPastRoleWord(c, items[i].First, endToken))
        {
            actor = PastRole(c, items, person, actor);
        }

        var endItem = modifier > person && modifier >= headStart ? items[modifier] : (person >= 0 ? items[person] : lastItem);
        if (body >= 0)
        {
            var bodyAgent = First(items[body], EntryKind.Agent);
            entries[entryCount++] = Id(bodyAgent);
            actor = _roles.Code(actor.Country ?? actor.Org ?? actor.Code, _dictionaries.Entries[bodyAgent.Entry].Sectors[0], null);
            plural = bodyAgent.Plural;
            endToken = items[body].End;
            endItem = items[body];
        }

        Add(c, kind, items[i].First, endToken, endItem, entries, mentions, actor, plural);
        return ofModifier && sector is not null ? MoreOfCountries(c, items, k, sector, entries, plural, mentions) : k;
    }

    /// <summary>Whether <paramref name="next"/> is a role noun right after the possessive of <paramref name="person"/> ("Modi's government").</summary>
    private bool PossessiveBody(in SentenceContext c, RecognizerItem person, RecognizerItem next)
    {
        if (!IsHead(next) || IsPerson(next) || First(next, EntryKind.Agent) is not { Entry: >= 0 } agent
            || _dictionaries.Entries[agent.Entry].Sectors.Count == 0 || QualifiesNoun(c, next))
        {
            return false;
        }

        return person.Possessive
            ? next.First == person.End
            : next.First == person.End + 1 && TokenNormalizer.IsPossessiveToken(c.Tokens[person.End].Span(c.Text));
    }

    /// <summary>Whether items[k] is a country followed by a coordinated country ("Saudi Arabia, Egypt and Jordan").</summary>
    private bool CountryListFollows(in SentenceContext c, List<RecognizerItem> items, int k)
    {
        if (k + 1 >= items.Count || !Has(items[k], EntryKind.Country) || !Has(items[k + 1], EntryKind.Country) || items[k].Possessive)
        {
            return false;
        }

        for (var t = items[k].End; t < items[k + 1].First; t++)
        {
            var word = c.Tokens[t].Span(c.Text);
            if (!IsCoordinator(word) && !word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return items[k + 1].First > items[k].End;
    }

    /// <summary>Whether an organisation is of the country a modifier names (its code's country or its home=): "Sudan's paramilitary
    /// Rapid Support Forces" is one actor, "the Malaysia Airlines Boeing 777" is not Boeing.</summary>
    private bool BelongsTo(TrieValue org, ActorCode code, string? country) =>
        country is null || code.Country == country || code.Org == country || _dictionaries.Entries[org.Entry].Attribute("home") == country;

    /// <summary>The REB or OPP sector of a role noun among items[from..to) (before a government noun), else null.</summary>
    private string? RebelQualifier(List<RecognizerItem> items, int from, int to)
    {
        for (var h = from; h < to; h++)
        {
            var agent = First(items[h], EntryKind.Agent);
            if (agent.Entry >= 0 && _dictionaries.Entries[agent.Entry].Sectors is { Count: > 0 } sectors && sectors[0] is "REB" or "OPP")
            {
                return sectors[0];
            }
        }

        return null;
    }

    /// <summary>Whether a role noun names holders of a state or legislative office (its first sector is GOV or LEG).</summary>
    private bool IsOfficeHolder(RecognizerItem item)
    {
        var agent = First(item, EntryKind.Agent);
        return agent.Entry >= 0 && _dictionaries.Entries[agent.Entry].Sectors is { Count: > 0 } sectors && sectors[0] is "GOV" or "LEG";
    }

    /// <summary>A named person right before a role noun of their own state or group ("the Trump administration", "Putin's
    /// government", "Netanyahu's office"): one mention with the person's country and the role noun's sector; returns the item
    /// index after it, or 0 when the items do not have that shape.</summary>
    private int PersonsBody(in SentenceContext c, List<RecognizerItem> items, int i, PooledBuffer<Mention> mentions)
    {
        var item = items[i];
        if (i + 1 >= items.Count || !IsPerson(item) || Has(item, EntryKind.Agent) || Has(item, EntryKind.Title))
        {
            return 0;
        }

        var next = items[i + 1];
        var agent = First(next, EntryKind.Agent);
        var adjacent = next.First == item.End
            || (next.First == item.End + 1 && TokenNormalizer.IsPossessiveToken(c.Tokens[item.End].Span(c.Text)));
        if (agent.Entry < 0 || IsPerson(next) || !adjacent || QualifiesNoun(c, next) || _dictionaries.Entries[agent.Entry].Sectors is not { Count: > 0 } sectors)
        {
            return 0;
        }

        var person = First(item, EntryKind.Person).Entry;
        if (_roles.CodeOn(person, c.Date) is not { } code || (code.Country ?? code.Org) is not { } part)
        {
            return 0;
        }

        // The person's own name is not the mention's: the body acts, so the code carries no name.
        Add(c, MentionKind.Actor, item.First, next.End, next, [_dictionaries.Entries[person].Id, Id(agent)], mentions,
            _roles.Code(part, sectors[0], null), agent.Plural);
        return i + 2;
    }

    /// <summary>"the defence ministers of Kenya and Angola", "the presidents of A, B and C": each further country coordinated
    /// after "of" gets the role noun too, one mention each; returns the item index after the last one taken.</summary>
    private int MoreOfCountries(in SentenceContext c, List<RecognizerItem> items, int k, string sector, string[] entries, bool plural, PooledBuffer<Mention> mentions)
    {
        while (k < items.Count && ModifierKind(items[k]) == EntryKind.Country && !Has(items[k], EntryKind.Agent) && !IsPerson(items[k]))
        {
            var t = items[k - 1].End;
            var coordinated = t < items[k].First && IsCoordinator(c.Tokens[t].Span(c.Text));
            t++;
            if (t < items[k].First && IsWord(c, t, "and"))
            {
                t++;
            }

            if (t < items[k].First && IsWord(c, t, "the"))
            {
                t++;
            }

            if (!coordinated || t != items[k].First || items[k].Possessive
                || (k + 1 < items.Count && IsHead(items[k + 1]) && Joined(c, items[k], items[k + 1], allowPeriod: false))
                || ModifierPart(c, items[k]) is not { } part)
            {
                break;
            }

            var ids = new string[entries.Length];
            ids[0] = Id(First(items[k], EntryKind.Country));
            var n = 1;
            foreach (var id in entries)
            {
                if (n < ids.Length && id.StartsWith("agent:", StringComparison.Ordinal))
                {
                    ids[n++] = id;
                }
            }

            Add(c, MentionKind.Actor, items[k].First, items[k].End, items[k], n == ids.Length ? ids : ids[..n], mentions, _roles.Code(part, sector, null), plural);
            k++;
        }

        return k;
    }

    // Past participles that are also finite verbs: after a role noun ("Sudan's military ousted President X") they are the verb.
    private static readonly string[] _ousterVerbs = ["ousted", "deposed", "toppled", "exiled", "overthrew", "removed"];

    /// <summary>Whether a verb of ouster stands between two role nouns or at the start of the second ("the military ousted
    /// President X"): the role nouns are then two actors, not one chain of titles.</summary>
    private static bool VerbBetween(in SentenceContext c, RecognizerItem a, RecognizerItem b)
    {
        if (a.Possessive)
        {
            return false;
        }

        for (var t = a.End; t <= b.First && t < c.Tokens.Length; t++)
        {
            if (IsOneOf(c.Tokens[t].Span(c.Text), _ousterVerbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a possessive country and a role noun have exactly one capitalised word between them that the
    /// dictionaries do not know, the name of a party or faction: "Nicaragua's Sandinista government", "Israel's Likud government".</summary>
    private bool NamedBetween(in SentenceContext c, RecognizerItem a, RecognizerItem b)
    {
        var t = a.End;
        if (!a.Possessive)
        {
            if (t >= c.Tokens.Length || !TokenNormalizer.IsPossessiveToken(c.Tokens[t].Span(c.Text)))
            {
                return false;
            }

            t++;
        }

        if (b.First != t + 1 || !Has(a, EntryKind.Country) || !Has(b, EntryKind.Agent) || IsPerson(b))
        {
            return false;
        }

        var word = c.Tokens[t].Span(c.Text);
        // A capitalised name ("Sandinista"), or a hyphenated modifier ("opposition-controlled", "military-backed").
        return c.Tokens[t].Kind == TokenKind.Word && word.Length > 2 && !IsOneOf(word, _notNames)
            && (IsCapitalised(word) || word[1..^1].Contains('-'));
    }

    /// <summary>The organisation of <paramref name="next"/> when <paramref name="item"/> is the country it belongs to (its code's country or its home=).</summary>
    private TrieValue? OwnOrganisation(in SentenceContext c, RecognizerItem item, RecognizerItem next)
    {
        var org = First(next, EntryKind.Organisation);
        if (org.Entry < 0 || Has(next, EntryKind.Agent) || !(Has(item, EntryKind.Country) || Has(item, EntryKind.Adjective)) || Has(item, EntryKind.Organisation))
        {
            return null;
        }

        var country = ModifierPart(c, item);
        var code = _roles.CodeOn(org.Entry, c.Date);
        var entry = _dictionaries.Entries[org.Entry];
        return country is not null && code is not null && (code.Country == country || entry.Attribute("home") == country) ? org : null;
    }

    /// <summary>Whether items[i] is a demonym directly followed by a second, plain demonym ("Bosnian Serbs", "Iraqi Turkmen").</summary>
    private bool IsStackedDemonym(List<RecognizerItem> items, int i)
    {
        if (i + 1 >= items.Count)
        {
            return false;
        }

        var a = items[i];
        var b = items[i + 1];
        return b.First == a.End && !a.Possessive && ModifierKind(a) == EntryKind.Adjective && !Has(a, EntryKind.Agent)
            && Has(b, EntryKind.Adjective) && !Has(b, EntryKind.Country) && !Has(b, EntryKind.Agent) && !Has(b, EntryKind.Organisation)
            && !Has(b, EntryKind.Person) && !Has(b, EntryKind.Title) && First(a, EntryKind.Adjective).Entry != First(b, EntryKind.Adjective).Entry;
    }

    /// <summary>Whether the role noun is a diplomatic mission's (<see cref="DiplomaticMission"/>).</summary>
    private bool IsMission(RecognizerItem head) => First(head, EntryKind.Agent) is { Entry: >= 0 } agent && DiplomaticMission.IsEntry(Id(agent));

    /// <summary>The country of "in [the] X" right after a role noun, when X is a country, capital or place; else null.</summary>
    private string? LocatedIn(in SentenceContext c, List<RecognizerItem> items, int k, RecognizerItem last)
    {
        var t = last.End;
        if (last.Possessive || k >= items.Count || t >= c.Tokens.Length || !IsWord(c, t, "in"))
        {
            return null;
        }

        t++;
        if (t < c.Tokens.Length && IsWord(c, t, "the"))
        {
            t++;
        }

        var place = items[k];
        // "rebels in eastern Congo", "protesters in central Baghdad": a compass word before the place keeps it theirs.
        var compass = t < c.Tokens.Length && place.First == t + 1 && IsOneOf(c.Tokens[t].Span(c.Text), _compassWords);
        if (place.First != t && place.First != t - 1 && !compass)
        {
            return null;
        }

        return ModifierKind(place) is EntryKind.Country or EntryKind.Capital or EntryKind.Place ? ModifierPart(c, place) : null;
    }

    /// <summary>Whether a singular role noun is followed by a noun it only qualifies ("military aid", "army base").</summary>
    private bool QualifiesNoun(in SentenceContext c, RecognizerItem head)
    {
        if (head.Possessive || head.End >= c.Tokens.Length || !Has(head, EntryKind.Agent) || First(head, EntryKind.Agent).Plural)
        {
            return false;
        }

        var next = c.Tokens[head.End].Span(c.Text);
        if (IsOneOf(next, _qualifiedNouns)) return true;
        // "a merchant vessel", "a passenger ship": a civilian or business role noun before a craft names its kind, not
        // people; "a navy vessel", "a coast guard ship" keep their force.
        return IsOneOf(next, _craftNouns) && _dictionaries.Entries[First(head, EntryKind.Agent).Entry].Sectors is [var sector, ..] &&
               sector is "BUS" or "CVL";
    }

    /// <summary>Whether every agent among the heads is a generic role (leader, official, spokesman), so the modifier says whose.</summary>
    private bool GenericHeadOnly(List<RecognizerItem> items, int headStart, int heads)
    {
        var any = false;
        for (var h = headStart; h < headStart + heads; h++)
        {
            var agent = First(items[h], EntryKind.Agent);
            if (agent.Entry < 0)
            {
                continue;
            }

            if (_dictionaries.Entries[agent.Entry].Attribute("role") != "generic")
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Whether "former", "ousted" ... stands just before the phrase or inside it.</summary>
    private static bool HasPastRoleWord(in SentenceContext c, int first, int end)
    {
        for (var t = Math.Max(0, first - 1); t < end; t++)
        {
            var word = c.Tokens[t].Span(c.Text);
            if (IsOneOf(word, _pastRoleWords) || (t >= first && word.Length > 3 && word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The elite (ELI) code of a role the text says is over; a named person whose role in force is still a state office keeps it ("former President X, now deputy head of ...").</summary>
    private ActorCode PastRole(in SentenceContext c, List<RecognizerItem> items, int person, ActorCode actor)
    {
        if (person >= 0)
        {
            var personEntry = First(items[person], EntryKind.Person).Entry;
            if (_roles.RoleOn(personEntry, c.Date) is { } role && ActorCode.IsStateSector(role.Sector))
            {
                return actor;
            }
        }
        else if (!ActorCode.IsStateSector(actor.Sector))
        {
            return actor;
        }

        var part = actor.Country ?? actor.Org;
        return part is null
            ? (actor.Name is null ? SectorActor("ELI") : new ActorCode("ELI", null, null, "ELI", actor.Name))
            : _roles.Code(part, "ELI", actor.Name);
    }

    private static bool IsMigrantWord(in SentenceContext c, int t)
    {
        if (t < 0)
        {
            return false;
        }

        var word = c.Tokens[t].Span(c.Text);
        return IsOneOf(word, _migrantWords);
    }

    /// <summary>Whether the agent is a government as a whole (the dictionary's "government" and "authorities" entries).</summary>
    private bool IsGovernmentBody(TrieValue agent) => Id(agent) is "agent:government" or "agent:authorities";

    /// <summary>Coordinated modifiers share the role noun after the last one: "Indian and Chinese soldiers", "U.S. and Russian negotiators".</summary>
    private void ShareHeads(in SentenceContext c, Span<Mention> sentence)
    {
        for (var j = sentence.Length - 2; j >= 0; j--)
        {
            var m = sentence[j];
            var n = sentence[j + 1];
            if (m.Kind != MentionKind.Actor || m.Plural || m.Actor is not { Sector: null, Org: null } bare || m.Entries.Count != 1
                || n.Kind != MentionKind.Actor || n.Actor is not { Sector: { } sector and not ("IGO" or "NGO") } || !SharesHead(c, n))
            {
                continue;
            }

            var mFirst = m.FirstToken - c.Sentence.FirstToken;
            var mEnd = mFirst + m.TokenCount;
            var gap = n.FirstToken - c.Sentence.FirstToken - mEnd;
            if (gap is < 1 or > 2 || !(IsBareModifier(c, m, mFirst, mEnd) || SharesPossessive(c, m, n)))
            {
                continue;
            }

            var joined = true;
            for (var t = mEnd; t < mEnd + gap; t++)
            {
                joined &= IsCoordinator(c.Tokens[t].Span(c.Text));
            }

            if (!joined)
            {
                continue;
            }

            var agents = 0;
            foreach (var id in n.Entries)
            {
                agents += id.StartsWith("agent:", StringComparison.Ordinal) ? 1 : 0;
            }

            var entries = new string[1 + agents];
            entries[0] = m.Entries[0];
            var e = 1;
            foreach (var id in n.Entries)
            {
                if (id.StartsWith("agent:", StringComparison.Ordinal))
                {
                    entries[e++] = id;
                }
            }

            sentence[j] = m with { Actor = _roles.Code(bare.Country ?? bare.Code, sector, null), Plural = n.Plural, Entries = entries };
        }
    }

    /// <summary>A mention made of a modifier and a role noun (no person), starting with the capitalised modifier, whose role noun can be shared.</summary>
    private static bool SharesHead(in SentenceContext c, Mention n)
    {
        bool agent = false, modifier = false;
        foreach (var id in n.Entries)
        {
            if (id.StartsWith("person:", StringComparison.Ordinal))
            {
                return false;
            }

            agent |= id.StartsWith("agent:", StringComparison.Ordinal);
            modifier |= id.StartsWith("adj:", StringComparison.Ordinal) || id.StartsWith("country:", StringComparison.Ordinal) || id.StartsWith("org:", StringComparison.Ordinal);
        }

        return agent && modifier && IsCapitalised(c.Tokens[n.FirstToken - c.Sentence.FirstToken].Span(c.Text));
    }

    /// <summary>A country coordinated before another country's possessive role noun: "Kenya and Angola's foreign ministers" are both countries' ministers.</summary>
    private static bool SharesPossessive(in SentenceContext c, Mention m, Mention n)
    {
        if (!m.Entries[0].StartsWith("country:", StringComparison.Ordinal))
        {
            return false;
        }

        var first = n.FirstToken - c.Sentence.FirstToken;
        var firstWord = c.Tokens[first].Span(c.Text);
        var possessive = TokenNormalizer.PossessiveLength(firstWord) > 0
            || (first + 1 < c.Tokens.Length && c.Tokens[first + 1].Span(c.Text) is "'s" or "\u2019s");
        if (!possessive)
        {
            return false;
        }

        foreach (var id in n.Entries)
        {
            if (id.StartsWith("country:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lone adjective ("Indian"), or a country written in capitals and without an article ("US", "U.S."), that can qualify a later role noun.</summary>
    private static bool IsBareModifier(in SentenceContext c, Mention m, int first, int end)
    {
        if (m.Entries[0].StartsWith("adj:", StringComparison.Ordinal))
        {
            return true;
        }

        if (!m.Entries[0].StartsWith("country:", StringComparison.Ordinal) || (first > 0 && IsWord(c, first - 1, "the")))
        {
            return false;
        }

        for (var t = first; t < end; t++)
        {
            if (!TokenNormalizer.IsCapitals(c.Tokens[t].Span(c.Text)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words, StringComparison comparison = StringComparison.OrdinalIgnoreCase) =>
        WordList.Contains(word, words, comparison);

    private static bool IsCoordinator(ReadOnlySpan<char> word)
    {
        return IsOneOf(word, _coordinators);
    }

    private int Single(in SentenceContext c, List<RecognizerItem> items, int i, PooledBuffer<Mention> mentions)
    {
        var item = items[i];
        var collective = First(item, EntryKind.Collective);
        if (collective.Entry >= 0)
        {
            AddCollective(c, item, default, item.First, item.End, item, mentions, noAgent: true);
            return i + 1;
        }

        var place = First(item, EntryKind.Place);
        // "fighting in Transnistria", "the breakaway region of South Ossetia": a breakaway region's name is both its authorities
        // and its territory; after a preposition it is where, as a capital is ("Transnistria asked Russia for help" keeps the actor).
        var regionAsPlace = place.Entry >= 0 && First(item, EntryKind.Organisation).Entry >= 0 && item.First > 0 &&
                            (IsPreposition(c, item.First - 1) || c.Tokens[item.First - 1].Span(c.Text).Equals("of", StringComparison.OrdinalIgnoreCase));
        foreach (var kind in (ReadOnlySpan<EntryKind>)[EntryKind.Country, EntryKind.Region, EntryKind.Organisation])
        {
            if (regionAsPlace && kind == EntryKind.Organisation) break;
            var value = First(item, kind);
            if (value.Entry >= 0 && _roles.CodeOn(value.Entry, c.Date) is { } code)
            {
                Add(c, MentionKind.Actor, item.First, item.End, item, [Id(value)], mentions, code, plural: false);
                return i + 1;
            }
        }

        var capital = First(item, EntryKind.Capital);
        if (capital.Entry >= 0 || place.Entry >= 0)
        {
            // "in central Baghdad", "in northern Kabul": a part of the city after the preposition is still the place.
            var afterPreposition = item.First > 0 && (IsPreposition(c, item.First - 1) || ContinuesPlaceList(c, item.First, item.End, mentions) ||
                                                      (item.First > 1 && IsCityPart(c.Tokens[item.First - 1].Span(c.Text)) && IsPreposition(c, item.First - 2)));
            if (capital.Entry >= 0 && !afterPreposition && _roles.CodeOn(capital.Entry, c.Date) is { } code)
            {
                Add(c, MentionKind.Actor, item.First, item.End, item, [Id(capital)], mentions, code, plural: false);
                return i + 1;
            }

            var placeValue = place.Entry >= 0 ? place : capital;
            var entry = _dictionaries.Entries[placeValue.Entry];
            var (start, end) = Range(c, item.First, item.End, item);
            var placeRef = new PlaceRef(
                entry.Name,
                entry.Roles.Count > 0 ? entry.Roles[0].Part : null,
                _dictionaries.Latitude(placeValue.Entry),
                _dictionaries.Longitude(placeValue.Entry),
                start,
                end);
            mentions.Add(new Mention(MentionKind.Place, c.Sentence.Index, c.Sentence.FirstToken + item.First, item.Count, start, end, [Id(placeValue)])
            {
                Place = placeRef,
            });
            return i + 1;
        }

        var adjective = First(item, EntryKind.Adjective);
        if (adjective.Entry >= 0)
        {
            var part = _roles.CodeOn(adjective.Entry, c.Date);
            if (part is not null)
            {
                var home = part.Country ?? part.Org ?? part.Code;
                if (adjective.Plural && item.First > 0 && IsWord(c, item.First - 1, "ethnic") && LocatedIn(c, items, i + 1, item) is { } where)
                {
                    // "ethnic Albanians in Macedonia", "ethnic Russians in eastern Ukraine": a community living in another state is that state's.
                    home = where;
                }

                var code = adjective.Plural ? _roles.Code(home, IsMigrantWord(c, item.First - 1) ? "REF" : "CVL", null) : part;
                Add(c, MentionKind.Actor, item.First, item.End, item, [Id(adjective)], mentions, code, adjective.Plural);
            }

            return i + 1;
        }

        var agent = First(item, EntryKind.Agent);
        if (agent.Entry >= 0 && _dictionaries.Entries[agent.Entry].Sectors is { Count: > 0 } sectors)
        {
            Add(c, MentionKind.Agent, item.First, item.End, item, [Id(agent)], mentions, SectorActor(sectors[0]), agent.Plural);
        }

        return i + 1;
    }

    /// <summary>Adds the counted phrases the collectives dictionary does not list ("the three military governments", "the two
    /// nuclear-armed neighbours"), in place of the agent or demonym mentions inside them; returns how many were added.</summary>
    /// <remarks>A phrase that overlaps a collective, a named actor or a person is left alone: "the two countries" is the dictionary's.</remarks>
    private int NumberedCollectives(in SentenceContext c, PooledBuffer<Mention> mentions, int firstMention)
    {
        var added = 0;
        for (var t = 0; t < c.Tokens.Length; t++)
        {
            if (c.Tokens[t].End - c.Tokens[t].Start is not (3 or 4) || !NumberedCollective.TryMatch(c.Tokens, c.Text, t, out var phrase)) continue;
            var start = c.Tokens[phrase.First].Start;
            var end = c.Tokens[phrase.End - 1].End;
            if (!OnlyReplaceable(mentions, firstMention, start, end)) continue;
            for (var i = mentions.Count - 1; i >= firstMention; i--)
            {
                if (mentions[i].Start < end && mentions[i].End > start) mentions.RemoveAt(i);
            }

            mentions.Add(new Mention(MentionKind.Collective, c.Sentence.Index, c.Sentence.FirstToken + phrase.First, phrase.End - phrase.First, start, end,
                [NumberedCollective.RuleId])
            {
                Actor = phrase.Sector is null ? null : SectorActor(phrase.Sector),
                Count = phrase.Count,
                Plural = true,
            });
            added++;
            t = phrase.End - 1;
        }

        return added;
    }

    /// <summary>Whether every mention overlapping [<paramref name="start"/>, <paramref name="end"/>) is a bare agent ("governments"),
    /// which the counted phrase replaces. A demonym inside says whose they are ("the two Somali sides" are both Somali), so it stays.</summary>
    private static bool OnlyReplaceable(PooledBuffer<Mention> mentions, int firstMention, int start, int end)
    {
        for (var i = firstMention; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Start >= end || m.End <= start) continue;
            if (m.Kind != MentionKind.Agent) return false;
        }

        return true;
    }

    private void AddCollective(in SentenceContext c, RecognizerItem collectiveItem, TrieValue agent, int first, int end, RecognizerItem endItem, PooledBuffer<Mention> mentions, bool noAgent = false)
    {
        var collective = First(collectiveItem, EntryKind.Collective);
        var entry = _dictionaries.Entries[collective.Entry];
        var sector = !noAgent && agent.Entry >= 0 && _dictionaries.Entries[agent.Entry].Sectors.Count > 0
            ? _dictionaries.Entries[agent.Entry].Sectors[0]
            : entry.Attribute("sector");
        IReadOnlyList<string> ids = !noAgent && agent.Entry >= 0 ? [entry.Id, Id(agent)] : [entry.Id];
        var (start, stop) = Range(c, first, end, endItem);
        mentions.Add(new Mention(MentionKind.Collective, c.Sentence.Index, c.Sentence.FirstToken + first, end - first, start, stop, ids)
        {
            Actor = sector is null ? null : SectorActor(sector),
            Count = entry.Count ?? 0,
            Plural = true,
            Members = entry.Roles.Count == 0 ? [] : FixedMembers(entry, sector),
            Fits = entry.Attribute("fits") is { } fits ? fits.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [],
            Reach = entry.Attribute("reach") is { } reach && int.TryParse(reach, System.Globalization.CultureInfo.InvariantCulture, out var back) ? back : 0,
        });
    }

    /// <summary>The parties a collective names itself ("CPEC" → China, Pakistan), with the phrase's sector if any.</summary>
    private ActorCode[] FixedMembers(DictionaryEntry entry, string? sector)
    {
        var members = new ActorCode[entry.Roles.Count];
        for (var i = 0; i < members.Length; i++)
        {
            var role = entry.Roles[i];
            members[i] = _roles.Code(role.Part, sector ?? role.Sector, null);
        }

        return members;
    }

    private static void Add(in SentenceContext c, MentionKind kind, int first, int end, RecognizerItem endItem, IReadOnlyList<string> entries, PooledBuffer<Mention> mentions, ActorCode actor, bool plural)
    {
        var (start, stop) = Range(c, first, end, endItem);
        mentions.Add(new Mention(kind, c.Sentence.Index, c.Sentence.FirstToken + first, end - first, start, stop, entries)
        {
            Actor = actor,
            Plural = plural,
        });
    }

    /// <summary>Character range of tokens [first, end); a possessive ending on the last token stays outside.</summary>
    private static (int Start, int End) Range(in SentenceContext c, int first, int end, RecognizerItem endItem)
    {
        var stop = c.Tokens[end - 1].End;
        if (endItem.Possessive && endItem.End == end)
        {
            stop -= TokenNormalizer.PossessiveLength(c.Tokens[end - 1].Span(c.Text));
        }

        return (c.Tokens[first].Start, stop);
    }

    private string? ModifierPart(in SentenceContext c, RecognizerItem item)
    {
        var kind = ModifierKind(item);
        var value = First(item, kind);
        if (value.Entry < 0)
        {
            return null;
        }

        var entry = _dictionaries.Entries[value.Entry];
        if (kind == EntryKind.Place)
        {
            return entry.Roles.Count > 0 ? entry.Roles[0].Part : null;
        }

        var role = _roles.NearestRoleIndex(value.Entry, c.Date);
        return role < 0 ? null : entry.Roles[role].Part;
    }

    private EntryKind ModifierKind(RecognizerItem item)
    {
        foreach (var kind in (ReadOnlySpan<EntryKind>)[EntryKind.Adjective, EntryKind.Country, EntryKind.Region, EntryKind.Organisation, EntryKind.Capital, EntryKind.Place])
        {
            if (Has(item, kind))
            {
                return kind;
            }
        }

        return EntryKind.Place;
    }

    private bool IsModifier(RecognizerItem item) =>
        Has(item, EntryKind.Adjective) || Has(item, EntryKind.Country) || Has(item, EntryKind.Region)
        || Has(item, EntryKind.Organisation) || Has(item, EntryKind.Capital) || Has(item, EntryKind.Place);

    private bool IsHead(RecognizerItem item) =>
        (Has(item, EntryKind.Agent) || Has(item, EntryKind.Title)) && !IsPerson(item);

    private bool IsPerson(RecognizerItem item) => Has(item, EntryKind.Person) && !Has(item, EntryKind.Country);

    /// <summary>A plural role noun is not a title: "Kings College" is no king's name.</summary>
    private bool IsPluralHead(RecognizerItem item)
    {
        var agent = First(item, EntryKind.Agent);
        return agent.Entry >= 0 && agent.Plural && First(item, EntryKind.Title).Entry < 0;
    }

    private bool AnyAgent(List<RecognizerItem> items, int first, int count)
    {
        for (var h = first; h < first + count; h++)
        {
            if (Has(items[h], EntryKind.Agent))
            {
                return true;
            }
        }

        return false;
    }

    private bool Has(RecognizerItem item, EntryKind kind) => First(item, kind).Entry >= 0;

    private TrieValue First(RecognizerItem item, EntryKind kind)
    {
        foreach (var value in _trie.Values(item.Node))
        {
            if (_dictionaries.Entries[value.Entry].Kind == kind)
            {
                return value;
            }
        }

        return new TrieValue(-1, false);
    }

    private string Id(TrieValue value) => _dictionaries.Entries[value.Entry].Id;

    /// <summary>Whether b follows a directly, or after a possessive, a title's period, or up to two modifiers of rank ("Russian Deputy Foreign Minister", "Pakistan's new army chief").</summary>
    private static bool Joined(in SentenceContext c, RecognizerItem a, RecognizerItem b, bool allowPeriod)
    {
        var gap = b.First - a.End;
        if (gap == 0)
        {
            return true;
        }

        if (gap < 0 || gap > 3)
        {
            return false;
        }

        var t = a.End;
        var between = c.Tokens[t].Span(c.Text);
        if (TokenNormalizer.IsPossessiveToken(between) || (allowPeriod && between is "."))
        {
            t++;
        }

        var rankWords = 0;
        for (; t < b.First; t++)
        {
            var word = c.Tokens[t].Span(c.Text);
            if (!IsRankWord(word) || ++rankWords > 2)
            {
                return false;
            }

            // "The United States recognised opposition candidate X": a participle right after a bare name (no possessive, no
            // adverb before it) is the name's verb; "Yemen's recognised government", "its newly elected president" join.
            if (t == a.End && IsVerbLikeRankWord(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVerbLikeRankWord(ReadOnlySpan<char> word) =>
        word is "recognised" or "recognized" or "elected";

    private static bool IsRankWord(ReadOnlySpan<char> word)
    {
        return IsOneOf(word, _rankWords);
    }

    private static bool IsPeriod(in SentenceContext c, int t) => c.Tokens[t].Span(c.Text) is ".";

    private static bool IsWord(in SentenceContext c, int t, string word) =>
        c.Tokens[t].Span(c.Text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the item names an ambassador or a diplomat (whose "from X" may be where they serve).</summary>
    private bool IsEnvoy(RecognizerItem item) =>
        First(item, EntryKind.Agent) is { Entry: >= 0 } agent && Id(agent) is "agent:ambassador" or "agent:diplomat";

    /// <summary>Whether the token before <paramref name="first"/> is a possessive determiner ("its", "their", "his", "her", "our").</summary>
    private static bool IsOwned(in SentenceContext c, int first) =>
        first > 0 && (IsWord(c, first - 1, "its") || IsWord(c, first - 1, "their") || IsWord(c, first - 1, "his") ||
                      IsWord(c, first - 1, "her") || IsWord(c, first - 1, "our"));

    /// <summary>"lobbying in Washington, Brussels and London": a capital listed right after a place (itself after "in", or
    /// listed so) is another place where someone acts, not the government seated there.</summary>
    private static bool ContinuesPlaceList(in SentenceContext c, int first, int end, PooledBuffer<Mention> mentions)
    {
        if (first < 2 || mentions.Count == 0) return false;
        var previous = mentions[mentions.Count - 1];
        var separator = c.Tokens[first - 1].Span(c.Text);
        var last = first - 1;
        if (separator is "and" or "or")
        {
            if (c.Tokens[first - 2].Span(c.Text) is ",") last = first - 2;
        }
        else if (!(separator is ",") || end >= c.Tokens.Length || !IsCoordinator(c.Tokens[end].Span(c.Text)))
        {
            // "After the summit in Paris, Berlin condemned ...": after a bare comma the list must go on.
            return false;
        }

        return previous.Kind == MentionKind.Place && previous.FirstToken + previous.TokenCount == c.Sentence.FirstToken + last;
    }

    /// <summary>A lower-case word naming a part of a city before its name: "central", "downtown", "northern", "south-eastern".</summary>
    private static bool IsCityPart(ReadOnlySpan<char> w) =>
        w is "central" or "downtown" || (w.Length > 4 && char.IsAsciiLetterLower(w[0]) && w.EndsWith("ern", StringComparison.Ordinal) &&
                                         (w.EndsWith("northern", StringComparison.Ordinal) || w.EndsWith("southern", StringComparison.Ordinal) ||
                                          w.EndsWith("eastern", StringComparison.Ordinal) || w.EndsWith("western", StringComparison.Ordinal)));

    private static bool IsPreposition(in SentenceContext c, int t)
    {
        var span = c.Tokens[t].Span(c.Text);
        return IsOneOf(span, _placePrepositions);
    }

    /// <summary>Whether tokens from <paramref name="t"/> are name particles followed by a capitalised name word before <paramref name="limit"/>.</summary>
    private static bool ParticlesBeforeName(in SentenceContext c, int t, int limit)
    {
        var u = t;
        while (u < limit && IsNameParticle(c.Tokens[u].Span(c.Text)))
        {
            u++;
        }

        return u > t && u < limit && IsNameWord(c, u);
    }

    /// <summary>Lowercase words inside names ("Hans van den Broek", "Ursula von der Leyen", "Lula da Silva").</summary>
    private static bool IsNameParticle(ReadOnlySpan<char> word)
    {
        return IsOneOf(word, _nameParticles, StringComparison.Ordinal);
    }

    private static bool IsCapitalised(ReadOnlySpan<char> token) => token.Length > 0 && char.IsUpper(token[0]);

    private static bool IsNameWord(in SentenceContext c, int t)
    {
        var token = c.Tokens[t];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var span = token.Span(c.Text);
        if (!IsCapitalised(span) || TokenNormalizer.PossessiveLength(span) > 0)
        {
            return false;
        }

        if (IsOneOf(span, _notNames, StringComparison.Ordinal))
        {
            return false;
        }

        return true;
    }

    /// <summary>What every step of one sentence needs.</summary>
    private readonly ref struct SentenceContext(Sentence sentence, ReadOnlySpan<Token> tokens, string text, DateOnly date)
    {
        public Sentence Sentence { get; } = sentence;

        public ReadOnlySpan<Token> Tokens { get; } = tokens;

        public string Text { get; } = text;

        public DateOnly Date { get; } = date;
    }
}

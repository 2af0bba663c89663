using Entente.Model;

namespace Entente.Syntax;

/// <summary>
/// Tags the words of one sentence with their part of speech: a lexicon reading per word (WordNet weights, regular
/// inflections, suffixes for unknown words), then context rules for words that can be more than one class
/// ("the attack" vs "they attack", "peace talks with" vs "Russia talks to"). Spans only; no allocation per token.
/// </summary>
public sealed class PosTagger
{
    private const int MaxWord = 64;
    private readonly PosLexicon _lexicon;

    /// <summary>Creates a tagger over a compiled lexicon.</summary>
    public PosTagger(PosLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>Tags <paramref name="tokens"/> (one sentence of <paramref name="text"/>) into <paramref name="tags"/> (same length).</summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, Span<PartOfSpeech> tags)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tags.Length < tokens.Length) throw new ArgumentException("tags must be as long as tokens", nameof(tags));
        Span<PosWeights> readings = tokens.Length <= 256 ? stackalloc PosWeights[tokens.Length] : new PosWeights[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            readings[i] = default;
            tags[i] = FirstPass(text, tokens, i, out readings[i]);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsAmbiguous(readings[i]))
            {
                tags[i] = InContext(text, tokens, tags, readings, i);
            }
        }
    }

    /// <summary>The lexicon reading of one word, with its regular inflections (plural/3rd person -s, -ed, -ing) and suffix guesses.</summary>
    public PosWeights Reading(ReadOnlySpan<char> word)
    {
        var reading = _lexicon.Listed(word).Add(Inflected(word));
        return reading.IsEmpty ? Suffix(word) : reading;
    }

    private PartOfSpeech FirstPass(string text, ReadOnlySpan<Token> tokens, int i, out PosWeights reading)
    {
        reading = default;
        var token = tokens[i];
        switch (token.Kind)
        {
            case TokenKind.Number: return PartOfSpeech.Number;
            case TokenKind.Punctuation: return IsPluralPossessive(text, tokens, i) ? PartOfSpeech.Determiner : PartOfSpeech.Punctuation;
            case TokenKind.Symbol: return PartOfSpeech.Symbol;
        }

        var word = token.Span(text);
        if (word is "'s" or "’s" or "'" or "’")
        {
            // The possessive marker the segmenter splits off ("Pakistan 's army"): it binds its noun group to the next.
            return PartOfSpeech.Determiner;
        }

        if (EndsWithApostrophe(word, "t") && word.Length > 3 && (word[^3] is 'n' or 'N'))
        {
            // "didn't", "won't", "can't": an auxiliary or modal carrying the negation.
            var stem = word[..^3];
            return stem.Equals("wo", StringComparison.OrdinalIgnoreCase) || stem.Equals("ca", StringComparison.OrdinalIgnoreCase)
                || (_lexicon.TryClosed(stem, out var c) && c == PartOfSpeech.Modal)
                ? PartOfSpeech.Modal
                : PartOfSpeech.Auxiliary;
        }

        if (EndsWithApostrophe(word, "s"))
        {
            return char.IsUpper(word[0]) ? PartOfSpeech.ProperNoun : PartOfSpeech.Noun;
        }

        var capitalised = char.IsUpper(word[0]);
        var sentenceInitial = i == 0 || (tokens[i - 1].Kind == TokenKind.Punctuation && OpensSentence(text[tokens[i - 1].Start]));
        if (capitalised && IsNameParticipleCompound(word) && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word &&
            char.IsLower(text[tokens[i + 1].Start]))
        {
            // "Houthi-controlled ports", "Iranian-made drones", "Marshall Islands-flagged tanker": a name joined to a participle
            // modifies the noun after it, which then heads the noun group instead of reading as a verb ("ports", "drones").
            reading = new PosWeights(0, 0, 1, 0);
            return PartOfSpeech.Adjective;
        }

        if (capitalised && IsAllCaps(word) && word.Length > 1)
        {
            return PartOfSpeech.ProperNoun;
        }

        if (capitalised && !sentenceInitial)
        {
            // A capitalised demonym or other adjective ("Russian ambassador", "Western powers") stays an adjective
            // when the context says so; every other capitalised word inside a sentence is a name.
            var listed = _lexicon.Listed(word);
            var nextIsLowerWord = i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[i + 1].Start]);
            if (listed.Adjective == 0 || !nextIsLowerWord) return PartOfSpeech.ProperNoun;
            reading = new PosWeights(listed.Noun, 0, listed.Adjective, 0);
            return listed.Adjective >= listed.Noun ? PartOfSpeech.Adjective : PartOfSpeech.ProperNoun;
        }

        if (_lexicon.TryClosed(word, out var closed))
        {
            return closed;
        }

        var known = _lexicon.Listed(word).Add(Inflected(word));
        if (capitalised && known.IsEmpty)
        {
            // A capitalised sentence-initial word the lexicon does not know is a name ("Islamabad said ...").
            return PartOfSpeech.ProperNoun;
        }

        reading = known.IsEmpty ? Suffix(word) : known;
        return reading.Best();
    }

    private static PartOfSpeech InContext(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<PartOfSpeech> tags, ReadOnlySpan<PosWeights> readings, int i)
    {
        var r = readings[i];
        var prev = i > 0 ? tags[i - 1] : PartOfSpeech.Punctuation;
        var prev2 = i > 1 ? tags[i - 2] : PartOfSpeech.Punctuation;
        var next = i + 1 < tags.Length ? tags[i + 1] : PartOfSpeech.Punctuation;
        var word = tokens[i].Span(text);

        if (r.Noun > 0 && i + 1 < tokens.Length && tokens[i + 1].Span(text) is "'s" or "’s" && prev is not (PartOfSpeech.Modal or PartOfSpeech.To or PartOfSpeech.Pronoun))
        {
            // "Chinese survey ship's entry": a word with a possessive after it owns something, a noun.
            return PartOfSpeech.Noun;
        }

        if (r.Noun > 0 && prev is PartOfSpeech.To && i + 1 < tokens.Length && DisasterVictims.Modifies(word, tokens[i + 1].Span(text)))
        {
            // "sent aid to flood victims": the disaster noun qualifies the people after it; no infinitive.
            return PartOfSpeech.Noun;
        }

        if (r.Verb > 0 && (prev is PartOfSpeech.Modal or PartOfSpeech.To
            || (prev is PartOfSpeech.Adverb or PartOfSpeech.Negation && prev2 is PartOfSpeech.Modal or PartOfSpeech.To or PartOfSpeech.Auxiliary)))
        {
            return PartOfSpeech.Verb;
        }

        if (prev is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Number
            || (prev is PartOfSpeech.Noun or PartOfSpeech.ProperNoun && IsPossessive(tokens[i - 1].Span(text))))
        {
            if (r.Adjective > 0 && next is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective) return PartOfSpeech.Adjective;
            return r.Noun > 0 ? PartOfSpeech.Noun : r.Adjective > 0 ? PartOfSpeech.Adjective : r.Best();
        }

        if (r.Verb > 0 && prev is PartOfSpeech.Pronoun) return PartOfSpeech.Verb;

        if (prev is PartOfSpeech.Auxiliary)
        {
            if (r.Verb > 0 && (EndsWith(word, "ed") || EndsWith(word, "en") || EndsWith(word, "ing") || r.Verb >= r.Adjective)) return PartOfSpeech.Verb;
            if (r.Adjective > 0) return PartOfSpeech.Adjective;
        }

        if (prev is PartOfSpeech.Preposition)
        {
            if (r.Verb > 0 && EndsWith(word, "ing") && next is not (PartOfSpeech.Preposition or PartOfSpeech.Punctuation)) return PartOfSpeech.Verb;
            if (r.Adjective > 0 && next is PartOfSpeech.Noun or PartOfSpeech.ProperNoun) return PartOfSpeech.Adjective;
            return r.Noun > 0 ? PartOfSpeech.Noun : r.Best();
        }

        if (r.Noun > 0 && prev is PartOfSpeech.Verb && EndsWith(word, "s") && next is PartOfSpeech.Preposition or PartOfSpeech.Punctuation)
        {
            // "hosts talks on Syria", "slapped sanctions on Iran": an -s word between a verb and a preposition is its object.
            return PartOfSpeech.Noun;
        }

        if (r.Noun > 0 && r.Verb > 0 && r.Adverb == 0 && prev is PartOfSpeech.Verb && next is PartOfSpeech.Preposition && EndsWith(tokens[i - 1].Span(text), "ed") &&
            !EndsWith(word, "ed") && !EndsWith(word, "ing") && !EndsWith(word, "s") && !EndsWith(tokens[i - 1].Span(text), "helped"))
        {
            // "such a step enjoyed support from Moscow", "gained ground in": a bare word right after a past verb and before a
            // preposition is the verb's object, not a second verb.
            return PartOfSpeech.Noun;
        }

        if (r.Noun > 0 && prev is PartOfSpeech.ProperNoun && next is PartOfSpeech.Auxiliary or PartOfSpeech.Modal && EndsWith(word, "s"))
        {
            // "Three US soldiers were killed", "Russian forces have entered": an -s word between a name and an auxiliary is the
            // head of the subject, not a verb ("soldiers on", "forces through").
            return PartOfSpeech.Noun;
        }

        if (r.Verb > 0 && prev is PartOfSpeech.ProperNoun && next is PartOfSpeech.Verb && EndsWith(word, "s") && i + 1 < tokens.Length &&
            EndsWith(tokens[i + 1].Span(text), "s") && readings[i + 1].Noun > 0 && !ClauseHasVerb(text, tokens, tags, i))
        {
            // "Russia hosts talks on Syria", "US slaps sanctions on ...": two -s words after a name, the second also a noun, are
            // a verb and its plural object when the clause has no verb yet.
            return PartOfSpeech.Verb;
        }

        if (r.Verb > 0 && prev is PartOfSpeech.ProperNoun && next is not PartOfSpeech.Verb)
        {
            // "Pakistan air force jets struck ..." and "bought S-400 air defence systems": a word that is almost only a noun,
            // before another noun, modifies it when the clause has its verb already or gets one after the noun group.
            return next is PartOfSpeech.Noun && r.Noun >= 8 * r.Verb && (ClauseHasVerb(text, tokens, tags, i) || VerbFollows(tags, i + 1))
                ? PartOfSpeech.Noun
                : PartOfSpeech.Verb;
        }

        if (r.Verb > 0 && prev is PartOfSpeech.Noun)
        {
            // "the army attacks the ..." is a verb; "peace talks with ..." closes a compound noun; "the general left."
            // ends a clause that has no verb yet.
            var objectFollows = next is PartOfSpeech.Determiner or PartOfSpeech.ProperNoun or PartOfSpeech.Pronoun or PartOfSpeech.Number;
            var clauseEnds = i + 1 == tokens.Length || (next == PartOfSpeech.Punctuation && text[tokens[i + 1].Start] is '.' or '!' or '?' or ';');
            return objectFollows || (clauseEnds && !ClauseHasVerb(text, tokens, tags, i)) || r.Noun == 0
                ? PartOfSpeech.Verb
                : PartOfSpeech.Noun;
        }

        if (r.Noun > 0 && r.Adjective > 0 && r.Verb == 0)
        {
            // "the chief" / "army chief did": a noun unless another noun-group word follows ("chief negotiator").
            return next is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective ? PartOfSpeech.Adjective : PartOfSpeech.Noun;
        }

        return r.Best();
    }

    private static bool ClauseHasVerb(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<PartOfSpeech> tags, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal) return true;
            if (tags[k] is PartOfSpeech.Subordinator || (tags[k] == PartOfSpeech.Punctuation && text[tokens[k].Start] is ',' or ';' or ':')) return false;
        }

        return false;
    }

    // Whether the noun group starting at <paramref name="first"/> (first-pass tags) is followed directly by a verb: "force jets struck".
    private static bool VerbFollows(ReadOnlySpan<PartOfSpeech> tags, int first)
    {
        var k = first;
        while (k < tags.Length && tags[k] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun)
        {
            k++;
        }

        return k > first && k < tags.Length && tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal;
    }

    private PosWeights Inflected(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > MaxWord) return default;
        Span<char> buffer = stackalloc char[MaxWord];
        var result = default(PosWeights);
        if (EndsWith(word, "ies"))
        {
            var stem = Stem(word, 3, "y", buffer);
            var w = _lexicon.Listed(stem);
            result = result.Add(new PosWeights(w.Noun, w.Verb, 0, 0));
        }
        else if (EndsWith(word, "s") && !EndsWith(word, "ss") && !EndsWith(word, "us") && !EndsWith(word, "is"))
        {
            var w = _lexicon.Listed(word[..^1]);
            if (w.IsEmpty && EndsWith(word, "es")) w = _lexicon.Listed(word[..^2]);
            result = result.Add(new PosWeights(w.Noun > 0 || (w.Verb == 0 && w.Adjective == 0) ? Math.Max(w.Noun, w.IsEmpty ? 0 : 1) : 0, w.Verb, 0, 0));
        }
        else if (EndsWith(word, "ied"))
        {
            var w = _lexicon.Listed(Stem(word, 3, "y", buffer));
            result = result.Add(new PosWeights(0, w.Verb, w.Verb > 0 ? 1 : 0, 0));
        }
        else if (EndsWith(word, "ed"))
        {
            var w = _lexicon.Listed(word[..^1]);                       // "used" -> use
            if (w.Verb == 0) w = _lexicon.Listed(word[..^2]);          // "attacked" -> attack
            if (w.Verb == 0 && word.Length > 4 && word[^3] == word[^4]) w = _lexicon.Listed(word[..^3]); // "planned" -> plan
            result = result.Add(new PosWeights(0, w.Verb, w.Verb > 0 ? 1 : 0, 0));
        }
        else if (EndsWith(word, "ing") && word.Length > 4)
        {
            var w = _lexicon.Listed(word[..^3]);                       // "meeting" -> meet
            if (w.Verb == 0) w = _lexicon.Listed(Stem(word, 3, "e", buffer)); // "raising" -> raise
            if (w.Verb == 0 && word[^4] == word[^5]) w = _lexicon.Listed(word[..^4]); // "planning" -> plan
            result = result.Add(new PosWeights(w.Verb > 0 ? 1 : 0, w.Verb, 0, 0));
        }

        return result;
    }

    // Last parts of hyphenated compounds that describe a place's plight ("earthquake-hit Morocco", "flood-ravaged Libya"):
    // the compound is an adjective, so the name after it heads the noun group (a preposition's object).
    private static readonly string[] PlightEnds = ["-hit", "-torn", "-stricken", "-ravaged", "-affected", "-battered", "-wracked", "-racked", "-devastated"];

    // Last parts of hyphenated compounds that make a name a modifier ("US-led", "Iranian-made", "Greek-owned", "Houthi-held").
    private static readonly string[] ParticipleEnds =
        ["-led", "-backed", "-made", "-held", "-controlled", "-owned", "-flagged", "-run", "-built", "-supplied", "-funded", "-financed",
         "-occupied", "-allied", "-aligned", "-linked", "-affiliated", "-brokered", "-sponsored", "-armed", "-trained", "-registered",
         "-operated", "-administered", "-ruled", "-dominated", "-designed", "-produced", "-manufactured", "-drafted", "-mediated"];

    // Only the part after the last hyphen is compared: most capitalised words have none and cost one scan.
    private static bool IsNameParticipleCompound(ReadOnlySpan<char> word)
    {
        var dash = word.LastIndexOf('-');
        if (dash < 2) return false;
        var end = word[dash..];
        foreach (var e in ParticipleEnds)
        {
            if (end.Equals(e, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static PosWeights Suffix(ReadOnlySpan<char> word)
    {
        if (EndsWith(word, "ly")) return new PosWeights(0, 0, 0, 1);
        foreach (var end in PlightEnds)
        {
            if (word.Length > end.Length && EndsWith(word, end)) return new PosWeights(0, 0, 1, 0);
        }

        if (EndsWith(word, "ous") || EndsWith(word, "ful") || EndsWith(word, "ive") || EndsWith(word, "ic")
            || EndsWith(word, "al") || EndsWith(word, "able") || EndsWith(word, "ible") || EndsWith(word, "ian") || EndsWith(word, "ese"))
        {
            return new PosWeights(0, 0, 1, 0);
        }

        if (EndsWith(word, "ize") || EndsWith(word, "ise") || EndsWith(word, "ized") || EndsWith(word, "ised")
            || EndsWith(word, "izes") || EndsWith(word, "ises") || EndsWith(word, "izing") || EndsWith(word, "ising"))
        {
            return new PosWeights(0, 1, 0, 0);
        }

        if (EndsWith(word, "ed")) return new PosWeights(0, 1, 1, 0);
        if (EndsWith(word, "ing")) return new PosWeights(1, 1, 0, 0);
        return new PosWeights(1, 0, 0, 0);
    }

    private static bool IsAmbiguous(PosWeights r)
    {
        var classes = (r.Noun > 0 ? 1 : 0) + (r.Verb > 0 ? 1 : 0) + (r.Adjective > 0 ? 1 : 0) + (r.Adverb > 0 ? 1 : 0);
        return classes > 1;
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, int drop, string add, Span<char> buffer)
    {
        var keep = word.Length - drop;
        word[..keep].CopyTo(buffer);
        add.AsSpan().CopyTo(buffer[keep..]);
        return buffer[..(keep + add.Length)];
    }

    private static bool EndsWith(ReadOnlySpan<char> word, string suffix) => word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static bool EndsWithApostrophe(ReadOnlySpan<char> word, string letter) =>
        word.Length > 2 && (word[^2] is '\'' or '’') && word[^1..].Equals(letter, StringComparison.OrdinalIgnoreCase);

    /// <summary>"the protesters' demands": an apostrophe right after a word in -s, with a word after a space and no opening
    /// single quote it could close, is the plural possessive marker, which binds its noun group to the next as "'s" does.</summary>
    private static bool IsPluralPossessive(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.End - t.Start != 1 || text[t.Start] is not ('\'' or '’') || i == 0 || i + 1 >= tokens.Length) return false;
        var before = tokens[i - 1];
        if (before.Kind != TokenKind.Word || before.End != t.Start || text[before.End - 1] is not ('s' or 'S')) return false;
        var after = tokens[i + 1];
        if (after.Kind != TokenKind.Word || after.Start != t.End + 1 || text[t.End] != ' ' || !char.IsLower(text[after.Start])) return false;
        for (var k = i - 2; k >= 0 && k >= i - 8; k--)
        {
            // An opening quote (a space before it, a word right after) earlier in the phrase: this one closes it.
            var q = tokens[k];
            if (q.Kind == TokenKind.Punctuation && q.End - q.Start == 1 && text[q.Start] is '\'' or '‘' or '’' &&
                (q.Start == 0 || text[q.Start - 1] == ' ') && tokens[k + 1].Start == q.End) return false;
        }

        return true;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) => EndsWithApostrophe(word, "s") || (word.Length > 1 && word[^1] is '\'' or '’');

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    private static bool OpensSentence(char c) => c is '"' or '“' or '\'' or '‘' or '(' or ':' or '—' or '-';
}

using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>Splits a sentence's tokens into clauses at strong punctuation and at subordinators after a comma.</summary>
public sealed class ClauseSplitter
{
    private readonly WordSets _words;

    /// <summary>Creates a splitter over the shared word sets.</summary>
    public ClauseSplitter(WordSets words) => _words = words;

    /// <summary>Fills <paramref name="clauseOf"/> (one slot per token) with a clause number starting at 0; returns the clause count.</summary>
    public int Split(string text, ReadOnlySpan<Token> tokens, Span<int> clauseOf)
    {
        var clause = 0;
        var last = 0; // highest clause number given so far: a closed relative clause returns to an earlier number
        var outer = -1; // the clause a ", which|who ..." relative interrupts, until its closing comma
        // An introductory phrase ("With India getting closer to the US, Pakistan ...", "After the talks, ...",
        // "According to Ukrainian officials, ...") ends at its first comma: what follows is the main clause.
        var introductory = tokens.Length > 0 && tokens[0].Kind == TokenKind.Word &&
            (_words.IsPreposition(tokens[0].Span(text)) || _words.IsClauseOpener(tokens[0].Span(text)) ||
             tokens[0].Span(text).Equals("according", StringComparison.OrdinalIgnoreCase));
        for (var i = 0; i < tokens.Length; i++)
        {
            if (introductory && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Span(text) is ",")
            {
                introductory = false;
                clauseOf[i] = clause;
                clause = ++last;
                continue;
            }

            var s = tokens[i].Span(text);
            if (tokens[i].Kind == TokenKind.Punctuation && s is "(" && ShortGlossEnd(text, tokens, i) is var close and > 0)
            {
                // "The International Labour Organization (ILO) criticised ...": a short gloss in brackets leaves the clause
                // whole, so the name before it is still the verb's subject.
                for (; i <= close; i++) clauseOf[i] = clause;
                i = close;
                continue;
            }

            if (tokens[i].Kind == TokenKind.Punctuation && s is ";" or ":" or "—" or "–" or "(" or ")")
            {
                outer = -1;
                clause = ++last;
                clauseOf[i] = clause;
                continue;
            }

            if (tokens[i].Kind == TokenKind.Punctuation && s is "," && IsClosingAttribution(text, tokens, i))
            {
                // "North Korea fired a missile into the sea, Seoul said.": who reports it is no party to the act, and the
                // clause of the act ends here (the reporter is still found as its speaker).
                outer = -1;
                clauseOf[i] = clause;
                clause = ++last;
                for (i++; i < tokens.Length; i++) clauseOf[i] = clause;
                break;
            }

            if (outer >= 0 && tokens[i].Kind == TokenKind.Punctuation && s is ",")
            {
                // "Brazil, which borders both countries, reinforced ...": the relative clause ends at its comma and the
                // clause it interrupted goes on.
                clauseOf[i] = clause;
                clause = outer;
                outer = -1;
                continue;
            }

            // A subordinator opens a clause when it follows a comma or stands first after "that"-less speech.
            if (i > 0 && tokens[i].Kind == TokenKind.Word && _words.IsClauseOpener(s) &&
                tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].Span(text) is ",")
            {
                outer = s is "which" or "who" or "whom" or "whose" ? clause : -1;
                clause = ++last;
            }
            else if (i > 0 && tokens[i].Kind == TokenKind.Word && s is "which" or "who" or "whom" or "whose")
            {
                // "The father of Omar, a teenager who joined IS, urged ...": a relative inside a comma-set apposition ends at the
                // apposition's closing comma, and the clause of the head noun phrase goes on.
                outer = AppositionOpening(text, tokens, i) >= 0 ? clause : -1;
                clause = ++last;
            }
            else if (i > 0 && OpensPronounClause(text, tokens, i))
            {
                // "Two bombers killed 20 people when they blew themselves up": a subordinate clause with a pronoun subject starts
                // there even without a comma, so the main clause's object is not taken for the pronoun's verb's subject.
                clause = ++last;
            }

            clauseOf[i] = clause;
        }

        return last + 1;
    }

    /// <summary>When the relative pronoun at <paramref name="relative"/> ends a short apposition (", a teenager who",
    /// ", the group which": a comma, then "a", "an" or "the" and at most four more words), the index of that comma; else -1.</summary>
    public static int AppositionOpening(string text, ReadOnlySpan<Token> tokens, int relative)
    {
        for (var k = relative - 1; k >= 1 && relative - k <= 5; k--)
        {
            if (tokens[k].Kind != TokenKind.Word) return -1;
            if (tokens[k - 1].Kind != TokenKind.Punctuation) continue;
            var opening = tokens[k].Span(text);
            return k >= 2 && tokens[k - 1].Span(text) is "," && tokens[k - 2].Kind == TokenKind.Word &&
                   (opening.Equals("a", StringComparison.OrdinalIgnoreCase) || opening.Equals("an", StringComparison.OrdinalIgnoreCase) ||
                    opening.Equals("the", StringComparison.OrdinalIgnoreCase))
                ? k - 1
                : -1;
        }

        return -1;
    }

    /// <summary>The index of the ")" closing the "(" at <paramref name="open"/> when it glosses a subject's name: an acronym
    /// between the brackets ("(ILO)", "(APEC)"; not "(Conservatives)"), a capitalised name right before them that no preposition governs, and a
    /// word after them other than "to" ("The International Labour Organization (ILO) criticised ..."); else -1.</summary>
    private int ShortGlossEnd(string text, ReadOnlySpan<Token> tokens, int open)
    {
        var close = open + 2;
        if (open < 1 || close + 1 >= tokens.Length || !IsAcronym(tokens[open + 1], text) || tokens[close].Span(text) is not ")" ||
            tokens[close + 1].Kind != TokenKind.Word || tokens[close + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            return -1;
        // The name: capitalised words, with "of", "for", "the" and "and" inside ("Organisation for the Prohibition of ...").
        var k = open - 1;
        if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(tokens[k].Span(text)[0])) return -1;
        while (k > 0 && tokens[k - 1].Kind == TokenKind.Word &&
               (char.IsUpper(tokens[k - 1].Span(text)[0]) || tokens[k - 1].Span(text) is "of" or "for" or "the" or "and" or "'s" or "’s"))
            k--;
        return k > 0 && tokens[k - 1].Kind == TokenKind.Word && _words.IsPreposition(tokens[k - 1].Span(text)) ? -1 : close;
    }

    /// <summary>Whether token <paramref name="i"/> is a subordinator ("when", "after", "while" ...) followed by "they".</summary>
    private static bool OpensPronounClause(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Word || i + 1 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Word) return false;
        var s = tokens[i].Span(text);
        if (!(s is "when" or "after" or "before" or "while" or "because" or "since" or "until" or "once")) return false;
        // Only "they": a plural main-clause object is what the walk back to a subject wrongly takes; a singular pronoun's
        // clause is left whole, its subject found the usual way ("urged Russia and the US ... when he urged").
        return tokens[i + 1].Span(text) is "they";
    }

    private static bool IsAcronym(Token token, string text)
    {
        var word = token.Span(text);
        if (token.Kind != TokenKind.Word || word.Length < 2) return false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    /// <summary>Whether the comma at <paramref name="comma"/> opens the sentence's closing attribution: "according to X", or a
    /// few words naming a speaker and a reporting verb (", Seoul says", ", the ministry said in a statement", ", said X"),
    /// with only a short tail after the verb and no other comma.</summary>
    private static bool IsClosingAttribution(string text, ReadOnlySpan<Token> tokens, int comma)
    {
        var first = comma + 1;
        if (first >= tokens.Length) return false;
        if (tokens[first].Span(text).Equals("according", StringComparison.OrdinalIgnoreCase))
            return first + 1 < tokens.Length && tokens[first + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase) && NoCommaFrom(text, tokens, first);
        for (var j = first; j < tokens.Length && j <= first + 8; j++)
        {
            var word = tokens[j].Span(text);
            if (IsReportingVerb(word))
            {
                // The tail after the verb: the speaker after ", said", or when and how ("on Monday", "in a statement"); a
                // tail with words of its own is what is said (", Thueng Ngor says he plans to visit ...").
                return tokens.Length - j <= 12 && NoCommaFrom(text, tokens, j) && IsAttributionTail(text, tokens, j + 1);
            }

            if (tokens[j].Kind != TokenKind.Word && word is not ("'s" or "’s" or "." or "-")) return false;
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase) ||
                word.Equals("that", StringComparison.OrdinalIgnoreCase))
                return false;
        }

        return false;
    }

    /// <summary>Whether the tokens from <paramref name="from"/> to the sentence's end only say who reported, when or how:
    /// names (capitalised), numbers, final punctuation and a few words of time and manner.</summary>
    private static bool IsAttributionTail(string text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Length; k++)
        {
            var word = tokens[k].Span(text);
            if (tokens[k].Kind == TokenKind.Punctuation) continue;
            if (tokens[k].Kind == TokenKind.Number || (word.Length > 0 && char.IsUpper(word[0]))) continue;
            if (!WordList.Contains(word, TailWords)) return false;
        }

        return true;
    }

    private static readonly string[] TailWords =
    [
        "on", "in", "at", "a", "an", "the", "its", "his", "her", "their", "of", "to", "'s", "’s", "statement", "news", "conference",
        "briefing", "interview", "late", "early", "earlier", "later", "yesterday", "today", "tonight", "night", "morning",
        "afternoon", "evening", "reporters", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister",
        "ministry", "agency", "army", "military", "police", "media", "state", "television", "radio", "website", "channel",
        "post", "social", "told", "citing", "sources", "source", "local", "senior", "foreign", "defence", "defense", "office",
    ];

    private static bool NoCommaFrom(string text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Span(text) is "," or ";" or ":") return false;
        }

        return true;
    }

    private static bool IsReportingVerb(ReadOnlySpan<char> word) =>
        word is "said" or "says" or "reported" or "reports" or "told" or "added" or "stated" or "alleged" or "claimed" or "confirmed";
}

using Entente.Model;

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
            if (tokens[i].Kind == TokenKind.Punctuation && s is ";" or ":" or "—" or "–" or "(" or ")")
            {
                outer = -1;
                clause = ++last;
                clauseOf[i] = clause;
                continue;
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
                clause = ++last;
            }

            clauseOf[i] = clause;
        }

        return last + 1;
    }
}

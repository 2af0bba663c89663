using Entente.Model;

namespace Entente.Tests.Dictionaries;

/// <summary>A tiny whitespace-and-punctuation tokenizer for dictionary tests (the real segmenter lives in Text/).</summary>
/// <remarks>
/// Words keep inner apostrophes, hyphens and periods ("U.S.", "Pakistan's", "al-Qaeda"; with splitPossessive the "'s" is its own
/// token, as in the real segmenter), a final apostrophe after
/// "s" ("countries'"), and the final period of a known abbreviation ("Gen.", "Mr."). Sentences end at ". ", "! ", "? ".
/// </remarks>
internal static class TestSegmenter
{
    private static readonly string[] _abbreviations = ["Gen", "Lt", "Maj", "Mr", "Mrs", "Ms", "Dr", "St", "Col", "Brig", "Adm", "Sen", "Rep", "Prof", "Capt", "Gov"];

    /// <param name="text">The text.</param>
    /// <param name="date">The document date.</param>
    /// <param name="splitPossessive">Cut a possessive "'s" off as its own token, as the real segmenter does (default false: kept on the word).</param>
    public static SegmentedDocument Segment(string text, DateOnly? date = null, bool splitPossessive = false)
    {
        var document = new Document("test", date, null, null, null, text);
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var sentenceStart = -1;
        var firstToken = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (sentenceStart < 0)
            {
                sentenceStart = i;
                firstToken = tokens.Count;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (splitPossessive && IsPossessiveS(text, i))
                    {
                        // As the real segmenter does: "Pakistan's" → "Pakistan" "'s".
                        break;
                    }
                    else if ((d is '\'' or '\u2019' or '-' or '.') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else if (d is '\'' or '\u2019' && text[i - 1] is 's')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        break;
                    }
                }

                // "U.S." and "Gen." keep their final period.
                if (i < text.Length && text[i] == '.')
                {
                    var word = text.Substring(start, i - start);
                    if (word.Contains('.', StringComparison.Ordinal) || Array.IndexOf(_abbreviations, word) >= 0)
                    {
                        i++;
                    }
                }

                var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(start, i, kind));
                continue;
            }

            if (splitPossessive && IsPossessiveS(text, i) && tokens.Count > 0 && tokens[^1].End == i && tokens[^1].Kind == TokenKind.Word)
            {
                i += 2;
                tokens.Add(new Token(start, i, TokenKind.Word));
                continue;
            }

            i++;
            tokens.Add(new Token(start, i, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            if (c is '.' or '!' or '?' && (i >= text.Length || char.IsWhiteSpace(text[i])))
            {
                sentences.Add(new Sentence(sentences.Count, sentenceStart, i, firstToken, tokens.Count - firstToken));
                sentenceStart = -1;
            }
        }

        if (sentenceStart >= 0)
        {
            sentences.Add(new Sentence(sentences.Count, sentenceStart, text.Length, firstToken, tokens.Count - firstToken));
        }

        return new SegmentedDocument(document, [.. sentences], [.. tokens]);
    }

    private static bool IsPossessiveS(string text, int i) =>
        text[i] is '\'' or '\u2019' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
}

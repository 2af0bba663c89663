using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Entente.Model;

namespace Entente.Text;

/// <summary>Rule-based sentence and token splitter for news English, one pass over the characters of each kept range.</summary>
/// <remarks>
/// Tokens are found first (with what preceded them: spaces, line breaks, line start, bullet marker), then sentence
/// ends are decided on the token stream with one token of look-ahead. A blank line always ends a sentence; a single
/// line break ends one after final punctuation, around bullet lines, and after a headline-like line (a line that is
/// a whole sentence so far and ends in a word). After a period, a sentence ends only before something that can
/// begin one (capital, digit, opening quote or bracket); after an abbreviation that can end a sentence ("U.S.",
/// "etc."), only before a listed sentence-starting word; after a title ("Gen.", "Mr.") never.
/// </remarks>
public sealed class Segmenter : ISegmenter
{
    private readonly SegmenterOptions _options;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _headlineBlockers;

    /// <summary>Compiles <paramref name="options"/> (defaults when null) into frozen lookups.</summary>
    public Segmenter(SegmenterOptions? options = null)
    {
        _options = options ?? new SegmenterOptions();
        _titles = _options.TitleAbbreviations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _abbreviations = _options.Abbreviations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = _options.SentenceStarters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _headlineBlockers = _options.HeadlineEndBlockers.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [Flags]
    private enum Marks : ushort
    {
        None = 0,
        LineStart = 1,
        Bullet = 2,
        BulletPart = 4,
        Terminal = 8,
        Title = 16,
        Abbreviation = 32,
        Closer = 64,
        Opener = 128,
    }

    /// <inheritdoc/>
    public SegmentedDocument Segment(Document document, IReadOnlyList<TextRange> kept)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kept);
        string text = document.Text;
        var raw = new RawBuffer(Math.Max(16, text.Length / 5));
        using var sentences = new PooledBuffer<Sentence>(Math.Max(4, text.Length / 120));
        try
        {
            int previousEnd = 0;
            for (int r = 0; r < kept.Count; r++)
            {
                int start = Math.Max(kept[r].Start, previousEnd);
                int end = Math.Min(kept[r].End, text.Length);
                if (start >= end)
                {
                    continue;
                }

                previousEnd = end;
                int first = raw.Count;
                Tokenize(text, start, end, ref raw);
                SplitSentences(text, raw, first, sentences, lastRange: r == kept.Count - 1);
            }

            var tokens = new Token[raw.Count];
            for (int i = 0; i < tokens.Length; i++)
            {
                tokens[i] = raw.Items[i].Token;
            }

            return new SegmentedDocument(document, sentences.ToArray(), tokens);
        }
        finally
        {
            raw.Dispose();
        }
    }

    private void Tokenize(string text, int start, int end, ref RawBuffer raw)
    {
        int i = start, newlines = 0;
        bool space = true, lineStart = true;
        int previousEnd = -1;
        while (i < end)
        {
            char c = text[i];
            if (c == '\n')
            {
                newlines++;
                space = true;
                lineStart = true;
                i++;
                continue;
            }

            if (IsSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            int tokenStart = i;
            TokenKind kind;
            Marks marks = Marks.None;
            if (lineStart && TryBullet(text, i, end, out int markerEnd, out bool numbered))
            {
                if (numbered)
                {
                    Add(ref raw, new Token(i, markerEnd - 1, TokenKind.Number), Marks.Bullet | Marks.LineStart, newlines, space);
                    Add(ref raw, new Token(markerEnd - 1, markerEnd, TokenKind.Punctuation), Marks.BulletPart, 0, false);
                }
                else
                {
                    Add(ref raw, new Token(i, markerEnd, KindOf(c)), Marks.Bullet | Marks.LineStart, newlines, space);
                }

                i = markerEnd;
                previousEnd = i;
                newlines = 0;
                space = false;
                lineStart = false;
                continue;
            }

            if (IsWordStart(c))
            {
                i = ScanWord(text, i, end, out kind, out marks);
            }
            else if (c is '\'' or '’' && previousEnd == i && i + 1 < end && text[i + 1] is 's' or 'S'
                     && (i + 2 >= end || !IsWordChar(text[i + 2])) && raw.Count > 0 && raw.Last.Token.Kind == TokenKind.Word)
            {
                // The possessive (or contracted) "'s" is its own token: "Pakistan's" → "Pakistan" "'s".
                i += 2;
                kind = TokenKind.Word;
            }
            else if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                while (i < end && text[i] == '.') i++;
                kind = TokenKind.Punctuation;
                marks = Marks.Terminal;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                i += 2;
                kind = Rune.IsLetterOrDigit(rune) ? TokenKind.Word : TokenKind.Symbol;
            }
            else
            {
                i++;
                kind = KindOf(c);
                marks = MarksOf(c);
            }

            if (lineStart)
            {
                marks |= Marks.LineStart;
            }

            Add(ref raw, new Token(tokenStart, i, kind), marks, newlines, space);
            previousEnd = i;
            newlines = 0;
            space = false;
            lineStart = false;
        }
    }

    /// <summary>Scans a word or number starting at <paramref name="i"/>; returns its end.</summary>
    private int ScanWord(string text, int i, int end, out TokenKind kind, out Marks marks)
    {
        int start = i;
        bool letters = false, innerPeriods = false;
        int segment = 0;
        marks = Marks.None;
        while (true)
        {
            while (i < end && IsWordChar(text[i]))
            {
                letters |= !char.IsAsciiDigit(text[i]) && !char.IsDigit(text[i]);
                segment++;
                i++;
            }

            if (i + 1 >= end)
            {
                break;
            }

            char c = text[i], next = text[i + 1];
            if (c is '-' or '\u2010' or '\u2011' && IsWordChar(next))
            {
                i++;
                segment = 0;
                continue;
            }

            if (c is '\'' or '’' && letters && char.IsLetter(next))
            {
                if (next is 's' or 'S' && (i + 2 >= end || !IsWordChar(text[i + 2])))
                {
                    break;
                }

                i++;
                segment = 0;
                continue;
            }

            if (c == '.' && letters && segment == 1 && char.IsLetter(next) && (i + 2 >= end || !IsWordChar(text[i + 2])))
            {
                // Letter-period runs: "U.S", "a.m", "e.g".
                i++;
                segment = 0;
                innerPeriods = true;
                continue;
            }

            if (c is ',' or '.' or ':' && !letters && char.IsAsciiDigit(next) && char.IsAsciiDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            break;
        }

        kind = letters ? TokenKind.Word : TokenKind.Number;
        if (!letters || i >= end || text[i] != '.')
        {
            return i;
        }

        var word = text.AsSpan(start, i - start);
        if (innerPeriods)
        {
            i++;
            marks = _titles.Contains(word) ? Marks.Title : Marks.Abbreviation;
            if (i + 1 < end && text[i] == '-' && IsWordChar(text[i + 1]))
            {
                // "U.S.-led" stays one word.
                marks = Marks.None;
                i = ScanWord(text, i + 1, end, out _, out _);
            }
        }
        else if (_titles.Contains(word))
        {
            i++;
            marks = Marks.Title;
        }
        else if (_abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])) || _abbreviations.Contains(LastHyphenPart(word)))
        {
            i++;
            marks = Marks.Abbreviation;
        }

        return i;
    }

    /// <summary>The part after the last hyphen ("31-Dec" → "Dec"), so that ranges of abbreviated dates keep their period.</summary>
    private static ReadOnlySpan<char> LastHyphenPart(ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOfAny('-', '\u2010', '\u2011');
        return hyphen < 0 ? [] : word[(hyphen + 1)..];
    }

    /// <remarks>
    /// The closing line of a document is not marked as a headline unless it is the whole document: an unpunctuated
    /// last line is far more often a cut-off sentence than a title with nothing under it.
    /// </remarks>
    private void SplitSentences(string text, RawBuffer raw, int first, PooledBuffer<Sentence> sentences, bool lastRange)
    {
        var items = raw.Items;
        int count = raw.Count;
        int sentenceStart = first;
        bool lineBullet = false, multiLine = false;
        for (int k = first; k < count; k++)
        {
            ref readonly var current = ref items[k];
            if ((current.Marks & Marks.LineStart) != 0)
            {
                lineBullet = (current.Marks & Marks.Bullet) != 0;
                multiLine |= k > sentenceStart;
            }

            bool last = k == count - 1;
            if (!last && !EndsAfter(text, items, sentenceStart, k, lineBullet, multiLine))
            {
                continue;
            }

            int end = Terminator(items, sentenceStart, k);
            bool punctuated = (items[end].Marks & (Marks.Terminal | Marks.Abbreviation | Marks.Title)) != 0
                && (items[end].Marks & Marks.BulletPart) == 0;
            bool atLineEnd = last || items[k + 1].Newlines > 0;
            bool closesDocument = last && lastRange && sentences.Count > 0;
            bool headline = !punctuated && !multiLine && atLineEnd && !closesDocument
                && (items[sentenceStart].Marks & (Marks.LineStart | Marks.Bullet)) == Marks.LineStart
                && k - sentenceStart + 1 <= _options.MaxHeadlineTokens
                && EndsLikeHeadline(text, items[k]);
            sentences.Add(new Sentence(sentences.Count, items[sentenceStart].Token.Start, items[k].Token.End, sentenceStart, k - sentenceStart + 1, headline));
            sentenceStart = k + 1;
            multiLine = false;
        }
    }

    /// <summary>Whether a sentence ends after token <paramref name="k"/>.</summary>
    private bool EndsAfter(string text, RawToken[] items, int sentenceStart, int k, bool lineBullet, bool multiLine)
    {
        ref readonly var next = ref items[k + 1];
        if (next.Newlines >= 2 || k - sentenceStart + 1 >= _options.MaxSentenceTokens)
        {
            return true;
        }

        // Closing quotes and brackets, and "?!" runs, stay with the mark before them.
        bool attached = !next.Space;
        if (attached && (next.Marks & (Marks.Closer | Marks.Terminal)) != 0 && (items[k].Marks & (Marks.Closer | Marks.Terminal | Marks.Abbreviation | Marks.Title)) != 0)
        {
            return false;
        }

        int end = Terminator(items, sentenceStart, k);
        var marks = items[end].Marks;
        bool terminal = (marks & Marks.Terminal) != 0 && (marks & Marks.BulletPart) == 0;

        if (next.Newlines == 1)
        {
            if (lineBullet || (next.Marks & Marks.Bullet) != 0 || terminal)
            {
                return true;
            }

            if ((marks & Marks.Abbreviation) != 0)
            {
                return CanStart(text, next);
            }

            if ((marks & Marks.Title) != 0)
            {
                return false;
            }

            return !multiLine && (items[sentenceStart].Marks & Marks.LineStart) != 0
                && EndsLikeHeadline(text, items[k]) && CanStart(text, next);
        }

        if ((marks & Marks.Abbreviation) != 0 && !attached)
        {
            return (next.Token.Kind == TokenKind.Word && _starters.Contains(next.Token.Span(text)))
                || (next.Marks & Marks.Opener) != 0 && next.Token.Kind == TokenKind.Punctuation && text[next.Token.Start] is '“' or '"' or '‘';
        }

        if (!terminal)
        {
            return false;
        }

        if (attached)
        {
            // Scraped text loses spaces: "said.The" still ends a sentence, "example.com" does not.
            return end == k && next.Token.End - next.Token.Start > 1 && text[items[k].Token.Start] is '.' or '?' or '!' && end > sentenceStart
                && items[k - 1].Token.Kind == TokenKind.Word && items[k - 1].Token.End - items[k - 1].Token.Start > 1
                && char.IsLower(text[items[k - 1].Token.End - 1]) && next.Token.Kind == TokenKind.Word
                && char.IsUpper(text[next.Token.Start]);
        }

        return CanStart(text, next);
    }

    /// <summary>The index of the last token before any attached closing quotes or brackets.</summary>
    private static int Terminator(RawToken[] items, int sentenceStart, int k)
    {
        int m = k;
        while (m > sentenceStart && (items[m].Marks & Marks.Closer) != 0 && !items[m].Space)
        {
            m--;
        }

        return m;
    }

    /// <summary>Whether a token can begin a sentence: a capital, an uncased letter, a digit, an opening mark, a symbol, a bullet.</summary>
    private static bool CanStart(string text, in RawToken next)
    {
        char c = text[next.Token.Start];
        if (char.IsLetter(c))
        {
            return !char.IsLower(c);
        }

        return char.IsDigit(c) || (next.Marks & (Marks.Opener | Marks.Bullet)) != 0 || next.Token.Kind == TokenKind.Symbol;
    }

    /// <summary>Whether a line ending in this token can be a headline: it ends in a word that is not a function word, a number or a closing mark.</summary>
    private bool EndsLikeHeadline(string text, in RawToken token) => token.Token.Kind switch
    {
        TokenKind.Word => !_headlineBlockers.Contains(token.Token.Span(text)),
        TokenKind.Number => true,
        _ => (token.Marks & Marks.Closer) != 0,
    };

    /// <summary>"- ", "• ", "* " or "12. " / "3) " at the start of a line.</summary>
    private static bool TryBullet(string text, int i, int end, out int markerEnd, out bool numbered)
    {
        markerEnd = i;
        numbered = false;
        char c = text[i];
        if (c is '-' or '•' or '*' or '·' or '▪' or '‣' or '◦' or '●' or '–' or '—' or '→' or '►' or '■')
        {
            if (i + 1 < end && text[i + 1] is ' ' or '\t' or '\u00A0')
            {
                markerEnd = i + 1;
                return true;
            }

            return false;
        }

        int j = i;
        while (j < end && j - i < 3 && char.IsAsciiDigit(text[j])) j++;
        if (j > i && j + 1 < end && text[j] is '.' or ')' && text[j + 1] is ' ' or '\t' or '\u00A0')
        {
            markerEnd = j + 1;
            numbered = true;
            return true;
        }

        return false;
    }

    private static Marks MarksOf(char c) => c switch
    {
        '.' or '?' or '!' or '…' or '‽' or '。' or '？' or '！' => Marks.Terminal,
        '"' or '\'' => Marks.Closer | Marks.Opener,
        '”' or '’' or '»' or ')' or ']' or '}' => Marks.Closer,
        '“' or '‘' or '«' or '(' or '[' or '{' => Marks.Opener,
        _ => Marks.None,
    };

    private static TokenKind KindOf(char c)
    {
        if (c is '%' or '&' or '#' or '@' or '$' or '€' or '£' or '¥' or '°' or '+' or '=' or '<' or '>' or '|' or '~' or '^')
        {
            return TokenKind.Symbol;
        }

        return char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
    }

    private static bool IsWordStart(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\u007F' && char.IsLetterOrDigit(c));

    private static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }

        if (c <= '\u007F')
        {
            return false;
        }

        if (char.IsLetterOrDigit(c) || c is '\u00AD' or '\u200C' or '\u200D')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' || (c > ' ' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')) || char.IsControl(c);

    private static void Add(ref RawBuffer raw, Token token, Marks marks, int newlines, bool space) =>
        raw.Add(new RawToken(token, marks, (byte)Math.Min(newlines, 2), space));

    /// <summary>A token with what the sentence splitter needs to know about its surroundings.</summary>
    private readonly record struct RawToken(Token Token, Marks Marks, byte Newlines, bool Space);

    /// <summary>A growable pooled array of raw tokens; one per call, so the segmenter stays thread-safe.</summary>
    private struct RawBuffer : IDisposable
    {
        public RawBuffer(int capacity)
        {
            Items = ArrayPool<RawToken>.Shared.Rent(capacity);
        }

        public RawToken[] Items { get; private set; }

        public int Count { get; private set; }

        public readonly ref readonly RawToken Last => ref Items[Count - 1];

        public void Add(in RawToken token)
        {
            if (Count == Items.Length)
            {
                var larger = ArrayPool<RawToken>.Shared.Rent(Items.Length * 2);
                Array.Copy(Items, larger, Count);
                ArrayPool<RawToken>.Shared.Return(Items);
                Items = larger;
            }

            Items[Count++] = token;
        }

        public void Dispose()
        {
            ArrayPool<RawToken>.Shared.Return(Items);
            Items = [];
        }
    }
}

namespace Entente.Dates;

/// <summary>Splits a sentence into words for the date resolver, without allocating and without the segmenter's tokens.</summary>
internal static class DateWordScanner
{
    /// <summary>Upper bound on the words of a text of <paramref name="length"/> characters.</summary>
    public static int MaxWords(int length) => (length / 2) + 1;

    /// <summary>Scans <paramref name="text"/> (which starts at document offset <paramref name="offset"/>) into <paramref name="words"/>; returns the count.</summary>
    public static int Scan(ReadOnlySpan<char> text, int offset, Span<DateWord> words, DateLexicon lexicon)
    {
        var count = 0;
        var gap = GapKind.Start;
        var i = 0;
        while (i < text.Length && count < words.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                gap = Merge(gap, c);
                i++;
                continue;
            }

            var start = i++;
            while (i < text.Length)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d))
                {
                    i++;
                }
                else if (i + 1 < text.Length && IsInner(text[i - 1], d, text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            words[count++] = Classify(text[start..i], offset + start, gap, lexicon);
            gap = GapKind.Space;
        }

        return count;
    }

    private static GapKind Merge(GapKind gap, char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return gap;
        }

        if (gap != GapKind.Space)
        {
            return gap == GapKind.Start ? GapKind.Start : GapKind.Other;
        }

        return c switch
        {
            ',' => GapKind.Comma,
            '-' => GapKind.Hyphen,
            '/' => GapKind.Slash,
            '.' => GapKind.Period,
            _ => GapKind.Other,
        };
    }

    // Keeps "Monday’s", "U.S", "1,200", "10:30" and "2016-03-03" whole, but splits "mid-March" so that
    // "mid" and "March" are looked up separately.
    private static bool IsInner(char before, char c, char after) => c switch
    {
        '\'' or '’' or 'ʼ' => char.IsLetterOrDigit(before) && char.IsLetter(after),
        '.' => char.IsLetterOrDigit(after),
        ',' or ':' or '-' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };

    private static DateWord Classify(ReadOnlySpan<char> word, int start, GapKind gap, DateLexicon lexicon)
    {
        var flags = char.IsUpper(word[0]) ? DateWordFlags.Capitalized : DateWordFlags.None;
        var stem = word;
        if (word.Length >= 3 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '’' or 'ʼ')
        {
            stem = word[..^2];
            flags |= DateWordFlags.Possessive;
        }

        var end = start + stem.Length;
        if (!char.IsDigit(stem[0]))
        {
            var lex = lexicon.Find(stem);
            return new DateWord(start, end, lex.Kind, lex.Value, lex.Flag, gap, flags);
        }

        var digits = 0;
        var value = 0;
        while (digits < stem.Length && digits < 9 && char.IsAsciiDigit(stem[digits]))
        {
            value = (value * 10) + (stem[digits] - '0');
            digits++;
        }

        var suffix = stem[digits..];
        if (suffix.IsEmpty)
        {
            return new DateWord(start, end, DateLexKind.Number, value, false, gap, flags);
        }

        if (suffix.Length == 2 && digits <= 2 && IsOrdinalSuffix(suffix))
        {
            return new DateWord(start, end, DateLexKind.Number, value, false, gap, flags | DateWordFlags.Ordinal);
        }

        if (digits == 4 && value % 10 == 0 && suffix is "s" or "S")
        {
            return new DateWord(start, end, DateLexKind.Decade, value, false, gap, flags);
        }

        if (digits == 4 && TryIso(stem, value, out var iso))
        {
            return new DateWord(start, end, DateLexKind.IsoDate, iso, false, gap, flags);
        }

        return new DateWord(start, end, DateLexKind.None, 0, false, gap, flags);
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);

    // "2016-03-03" only; the value is yyyymmdd, checked for a real calendar date.
    private static bool TryIso(ReadOnlySpan<char> s, int year, out int packed)
    {
        packed = 0;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !char.IsAsciiDigit(s[5]) || !char.IsAsciiDigit(s[6]) || !char.IsAsciiDigit(s[8]) || !char.IsAsciiDigit(s[9]))
        {
            return false;
        }

        var month = ((s[5] - '0') * 10) + (s[6] - '0');
        var day = ((s[8] - '0') * 10) + (s[9] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        packed = (year * 10000) + (month * 100) + day;
        return true;
    }
}

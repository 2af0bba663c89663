using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Entente.Dictionaries;

namespace Entente.Petrarch;

/// <summary>Lexical rules shared by the PETRARCH/TABARI file kinds: comments, phrases, codes and dates.</summary>
internal static class PetrarchText
{
    // Short words that are ordinary English, not acronyms: they are matched in any case.
    private static readonly FrozenSet<string> ShortWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "of", "for", "in", "on", "to", "at", "by", "and", "or", "de", "la", "el", "al", "du", "le",
        "des", "del", "los", "las", "man", "men", "war", "new", "old", "oil", "top", "aid", "ex", "pro", "vs", "its",
        "his", "her", "our", "who", "all", "one", "two", "big", "red", "bay", "sea", "gas", "air", "law", "tax", "day",
        "non", "out", "off", "up", "as", "is", "was", "be", "do", "did", "has", "had", "not", "no", "n't", "will",
        "can", "may", "now", "so", "if", "eid");

    /// <summary>The content lines of a file: <c>&lt;!-- --&gt;</c> blocks (which may span lines) and <c>#</c> comments removed, blank lines skipped.</summary>
    public static IEnumerable<PetrarchLine> Lines(TextReader reader)
    {
        var number = 0;
        var inComment = false;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw;
            var kept = new StringBuilder();
            var pos = 0;
            while (pos < line.Length)
            {
                if (inComment)
                {
                    var end = line.IndexOf("-->", pos, StringComparison.Ordinal);
                    if (end < 0) { pos = line.Length; break; }
                    inComment = false;
                    pos = end + 3;
                    continue;
                }

                var start = line.IndexOf("<!", pos, StringComparison.Ordinal);
                if (start < 0) { kept.Append(line, pos, line.Length - pos); break; }
                kept.Append(line, pos, start - pos);
                inComment = true;
                pos = start + 2;
            }

            var text = kept.ToString();
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) text = text[..hash];
            text = text.Trim();
            if (text.Length > 0) yield return new PetrarchLine(number, text);
        }
    }

    /// <summary>The words of a PETRARCH phrase: <c>_</c> and spaces separate words; a trailing <c>_</c> (exact word) is dropped.</summary>
    public static string[] Words(string phrase) =>
        phrase.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An alias in Entente's form: words joined by spaces, lowercase except acronyms ("UN", "U.S.", a lone "IMF"),
    /// which stay in capitals so that they match capitals only. In a longer phrase a three-letter word is more often a
    /// name ("Ivo Josipovic") and the phrase itself rarely matches by accident, so only two-letter and dotted words stay.</summary>
    public static string Alias(string phrase)
    {
        var words = Words(phrase);
        var maxLetters = words.Length == 1 ? 3 : 2;
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = IsAcronym(words[i], maxLetters) ? words[i].ToUpperInvariant() : words[i].ToLowerInvariant();
        }

        return string.Join(' ', words);
    }

    private static bool IsAcronym(string word, int maxLetters)
    {
        if (ShortWords.Contains(word)) return false;
        var letters = 0;
        var dotted = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) letters++;
            else if (c == '.') dotted = true;
        }

        return letters >= 2 && (letters <= maxLetters || (dotted && letters <= 6));
    }

    /// <summary>A slug for ids: lowercase letters and digits, other runs as one '-'.</summary>
    public static string Slug(string phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        foreach (var c in phrase)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }

        while (sb.Length > 0 && sb[^1] == '-') sb.Length--;
        if (sb.Length > 48) sb.Length = 48;
        return sb.Length == 0 ? "x" : sb.ToString();
    }

    /// <summary>Parses a PETRARCH date: <c>YYMMDD</c> (years below 30 are 20YY) or <c>YYYYMMDD</c>.</summary>
    public static DateOnly ParseDate(string text, string file, int line)
    {
        int year, month, day;
        if (text.Length == 6 && IsDigits(text))
        {
            var yy = Number(text, 0, 2);
            year = yy < 30 ? 2000 + yy : 1900 + yy;
            month = Number(text, 2, 2);
            day = Number(text, 4, 2);
        }
        else if (text.Length == 8 && IsDigits(text))
        {
            year = Number(text, 0, 4);
            month = Number(text, 4, 2);
            day = Number(text, 6, 2);
        }
        else
        {
            throw new DictionaryException(file, line, "malformed date '" + text + "' (expected YYMMDD or YYYYMMDD)");
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new DictionaryException(file, line, "invalid date '" + text + "'");
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>Whether the text is all ASCII digits.</summary>
    public static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return text.Length > 0;
    }

    /// <summary>Whether <paramref name="code"/> is a null code (<c>---</c>, <c>+++</c>, <c>###</c>): recognised, never coded.</summary>
    public static bool IsNullCode(string code) => code is "---" or "+++" or "###";

    /// <summary>Splits a CAMEO actor code into part and sector: "ARNGOV" → ARN + GOV; "PSEREBHMS" → PSE + REBHMS; a code whose letters 4–6 are no known sector stays whole ("IGOUNO").</summary>
    public static (string Part, string? Sector) SplitCode(string code)
    {
        if (code.Length >= 6 && Sectors.IsKnown(code.Substring(3, 3)))
        {
            return (code[..3], code[3..]);
        }

        return (code, null);
    }

    /// <summary>The text between the first '[' and its ']', and the index after it; throws when unclosed.</summary>
    public static (string Inside, int Next) Bracket(string text, int open, string file, int line)
    {
        var close = text.IndexOf(']', open + 1);
        if (close < 0) throw new DictionaryException(file, line, "unclosed '[' in '" + text + "'");
        return (text[(open + 1)..close].Trim(), close + 1);
    }

    private static int Number(string text, int start, int length) =>
        int.Parse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}

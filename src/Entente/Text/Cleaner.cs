using System.Buffers;
using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Text;

/// <summary>Line-based removal of scraped debris; keeps every line that reads as article prose.</summary>
/// <remarks>
/// Each line is judged alone, except that a related-links header ("Related", "Read more") also removes the short
/// unpunctuated lines after it. A line of <see cref="CleanerOptions.ProtectedSentenceWords"/> or more words ending in
/// sentence punctuation is never removed (only cookie-notice prefixes override that), so rules can be keyword-greedy
/// on short lines without risking article sentences. Kept ranges are maximal runs of kept lines, trimmed of edge
/// whitespace; offsets are never shifted.
/// </remarks>
public sealed class Cleaner : ICleaner
{
    private const string RelatedHeaderReason = "related-links header";
    private const string RelatedLinkReason = "related link";
    private readonly CleanerOptions _options;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _wholeLines;
    private readonly (string Prefix, string Reason)[] _prefixes;
    private readonly string[] _cookiePrefixes;
    private readonly string[] _copyrightPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _timestampWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bylineWords;

    /// <summary>Compiles <paramref name="options"/> (defaults when null) into lookup tables.</summary>
    public Cleaner(CleanerOptions? options = null)
    {
        _options = options ?? new CleanerOptions();
        var whole = new Dictionary<string, string>(StringComparer.Ordinal);
        AddAll(whole, _options.SocialLines, "share/social button");
        AddAll(whole, _options.NavigationLines, "navigation");
        AddAll(whole, _options.AdvertisementLines, "advertisement");
        AddAll(whole, _options.ConsentLines, "cookie notice");
        AddAll(whole, _options.RelatedHeaders, RelatedHeaderReason);
        _wholeLines = whole.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        var prefixes = new List<(string, string)>();
        AddPrefixes(prefixes, _options.SocialPrefixes, "share/social button");
        AddPrefixes(prefixes, _options.CallToActionPrefixes, "call to action");
        AddPrefixes(prefixes, _options.CreditPrefixes, "credit");
        AddPrefixes(prefixes, _options.RelatedPrefixes, RelatedLinkReason);
        _prefixes = [.. prefixes];
        _cookiePrefixes = [.. _options.CookiePrefixes.Select(Key)];
        _copyrightPrefixes = [.. _options.CopyrightPrefixes.Select(p => p.Trim().ToLowerInvariant())];
        _timestampWords = _options.TimestampWords.Select(Key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _bylineWords = _options.BylineWords.Select(Key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc/>
    public CleanedText Clean(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var kept = new List<TextRange>();
        var removed = new List<RemovedLine>();
        int runStart = -1, runEnd = -1, relatedLeft = 0, position = 0;
        while (true)
        {
            int newline = text.IndexOf('\n', position);
            int lineEnd = newline < 0 ? text.Length : newline;
            int start = position, end = lineEnd;
            while (start < end && IsSpace(text[start])) start++;
            while (end > start && IsSpace(text[end - 1])) end--;
            if (start < end)
            {
                string? reason = Judge(text.AsSpan(start, end - start), ref relatedLeft);
                if (reason is null)
                {
                    runStart = runStart < 0 ? start : runStart;
                    runEnd = end;
                }
                else
                {
                    if (runStart >= 0)
                    {
                        kept.Add(new TextRange(runStart, runEnd));
                        runStart = -1;
                    }

                    removed.Add(new RemovedLine(new TextRange(start, end), reason));
                }
            }

            if (newline < 0)
            {
                break;
            }

            position = newline + 1;
        }

        if (runStart >= 0)
        {
            kept.Add(new TextRange(runStart, runEnd));
        }

        return new CleanedText(kept, removed);
    }

    /// <summary>Why the (trimmed, non-empty) line is debris, or null to keep it.</summary>
    private string? Judge(ReadOnlySpan<char> line, ref int relatedLeft)
    {
        if (!HasWordChar(line))
        {
            return "no words";
        }

        if (line.Length > _options.MaxDebrisChars)
        {
            // Only the opening words matter for a cookie prefix.
            relatedLeft = 0;
            return StartsWithAny(NormalizedCore(line[..Math.Min(line.Length, 256)], stackalloc char[256], out _), _cookiePrefixes) ? "cookie notice" : null;
        }

        char[]? rented = null;
        Span<char> buffer = line.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(line.Length));
        try
        {
            return Judge(line, buffer, ref relatedLeft);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private string? Judge(ReadOnlySpan<char> line, Span<char> buffer, ref int relatedLeft)
    {
        ReadOnlySpan<char> core = NormalizedCore(line, buffer, out ReadOnlySpan<char> normalized);
        if (StartsWithAny(core, _cookiePrefixes))
        {
            return "cookie notice";
        }

        int words = CountWords(core);
        bool endsSentence = EndsSentence(line);

        // Wire footers ("Copyright 2016 The Associated Press. All rights reserved. This material may not be ...")
        // are punctuated like prose, but no article sentence starts with a copyright sign.
        if (words <= _options.MaxPromptWords && IsCopyrightStart(normalized, core))
        {
            return "copyright notice";
        }
        if (words >= _options.ProtectedSentenceWords && endsSentence)
        {
            relatedLeft = 0;
            return null;
        }

        if (_wholeLines.TryGetValue(core, out string? reason))
        {
            if (ReferenceEquals(reason, RelatedHeaderReason))
            {
                relatedLeft = _options.MaxRelatedLinks;
            }

            return reason;
        }

        if (relatedLeft > 0)
        {
            if (words <= _options.MaxRelatedLinkWords && !endsSentence)
            {
                relatedLeft--;
                return RelatedLinkReason;
            }

            relatedLeft = 0;
        }

        string? verdict = words <= _options.MaxDebrisWords ? JudgeShort(line, core, normalized, endsSentence)
            : !endsSentence && words <= _options.MaxPromptWords ? MatchPrefix(core) : null;
        if (verdict is null)
        {
            relatedLeft = 0;
        }

        return verdict;
    }

    private string? MatchPrefix(ReadOnlySpan<char> core)
    {
        foreach (var (prefix, reason) in _prefixes)
        {
            if (StartsWithWord(core, prefix))
            {
                return reason;
            }
        }

        return null;
    }

    private string? JudgeShort(ReadOnlySpan<char> line, ReadOnlySpan<char> core, ReadOnlySpan<char> normalized, bool endsSentence)
    {
        if (MatchPrefix(core) is { } prefixReason)
        {
            return prefixReason;
        }

        if (IsLink(line))
        {
            return "link";
        }

        foreach (string marker in _options.CreditMarkers)
        {
            if (normalized.Contains(marker, StringComparison.Ordinal))
            {
                return "credit";
            }
        }

        foreach (string phrase in _options.CopyrightPhrases)
        {
            if (normalized.Contains(phrase, StringComparison.Ordinal))
            {
                return "copyright notice";
            }
        }

        if (!endsSentence && StartsWithAny(core, _copyrightPrefixes))
        {
            return "copyright notice";
        }

        if (!endsSentence && IsByline(line))
        {
            return "byline";
        }

        if (IsTimestamp(core))
        {
            return "lone date or time";
        }

        if (!endsSentence && IsBreadcrumb(line))
        {
            return "breadcrumb";
        }

        return null;
    }

    /// <summary>"© 2017 ...", "(c) Example Media", "Copyright 2016 ...", "Copyright © ...": a notice whatever follows.</summary>
    private bool IsCopyrightStart(ReadOnlySpan<char> normalized, ReadOnlySpan<char> core)
    {
        foreach (string prefix in _copyrightPrefixes)
        {
            var start = normalized.StartsWith(prefix, StringComparison.Ordinal) ? normalized
                : StartsWithWord(core, prefix) ? core
                : [];
            if (start.IsEmpty)
            {
                continue;
            }

            if (!char.IsLetter(prefix[^1]))
            {
                return true;
            }

            var rest = start[prefix.Length..].TrimStart();
            if (!rest.IsEmpty && (char.IsAsciiDigit(rest[0]) || rest[0] == '©' || rest.StartsWith("(c)", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bare address on its own line: "https://...", "www.example.com/...".</summary>
    private static bool IsLink(ReadOnlySpan<char> line) =>
        (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        && line.IndexOfAny(" \t") < 0;

    /// <summary>"By John Smith", "By Staff Reporter", "By JANE DOE and Ali Khan, Reuters".</summary>
    private bool IsByline(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || (line[0] is not ('B' or 'b')) || (line[1] is not ('y' or 'Y')) || !IsSpace(line[2]))
        {
            return false;
        }

        int words = 0;
        var rest = line[3..];
        Span<char> lower = stackalloc char[64];
        while (!rest.IsEmpty)
        {
            int i = 0;
            while (i < rest.Length && !char.IsLetterOrDigit(rest[i])) i++;
            rest = rest[i..];
            if (rest.IsEmpty)
            {
                break;
            }

            int j = 0;
            while (j < rest.Length && (char.IsLetter(rest[j]) || rest[j] is '\'' or '’' or '-' or '.')) j++;
            if (j == 0 || j > lower.Length)
            {
                return false;
            }

            var word = rest[..j];
            rest = rest[j..];
            int n = word.ToLowerInvariant(lower);
            var key = lower[..n].TrimEnd('.');
            if (words == 0 && _timestampWords.Contains(key))
            {
                return false;
            }

            if (!char.IsUpper(word[0]) && !_bylineWords.Contains(key))
            {
                return false;
            }

            if (++words > 8)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>A line made only of numbers and date/time words, with at least one number: "Updated 10:32 GMT".</summary>
    private bool IsTimestamp(ReadOnlySpan<char> core)
    {
        bool number = false;
        int i = 0;
        while (i < core.Length)
        {
            if (!IsTimestampChar(core[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < core.Length && IsTimestampChar(core[i])) i++;
            var token = core[start..i].Trim("./-:");
            if (token.IsEmpty)
            {
                continue;
            }

            if (char.IsAsciiDigit(token[0]))
            {
                number = true;
            }
            else if (!_timestampWords.Contains(token))
            {
                return false;
            }
        }

        return number;
    }

    /// <summary>"Home > World > Asia", "News | Sport | Business": short segments between separators.</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        int strong = line.IndexOfAny(">»›→") >= 0 ? 1 : 0;
        int segments = 0, wordsInSegment = 0;
        bool firstIsHome = false, inWord = false;
        int segmentStart = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            char c = i < line.Length ? line[i] : '>';
            bool separator = c is '>' or '»' or '›' or '→' or '|' or '/' or '\\';
            if (separator)
            {
                var segment = line[segmentStart..i].Trim();
                if (!segment.IsEmpty)
                {
                    if (wordsInSegment == 0 || wordsInSegment > 4)
                    {
                        return false;
                    }

                    if (segments == 0)
                    {
                        firstIsHome = segment.Equals("home", StringComparison.OrdinalIgnoreCase);
                    }

                    segments++;
                }

                wordsInSegment = 0;
                inWord = false;
                segmentStart = i + 1;
                continue;
            }

            bool wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                wordsInSegment++;
            }

            inWord = wordChar || (inWord && !IsSpace(c));
        }

        return strong == 1 ? segments >= 2 : segments >= 3 || (firstIsHome && segments >= 2);
    }

    /// <summary>Lower-cases, maps curly quotes, collapses spaces into <paramref name="buffer"/>, then trims edge punctuation.</summary>
    private static ReadOnlySpan<char> NormalizedCore(ReadOnlySpan<char> line, Span<char> buffer, out ReadOnlySpan<char> normalized)
    {
        int n = 0;
        bool space = false;
        foreach (char raw in line)
        {
            if (n == buffer.Length)
            {
                break;
            }

            if (IsSpace(raw))
            {
                space = n > 0;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
                if (n == buffer.Length)
                {
                    break;
                }
            }

            buffer[n++] = raw switch
            {
                '’' or '‘' or 'ʼ' or '`' => '\'',
                '“' or '”' => '"',
                _ => char.ToLowerInvariant(raw),
            };
        }

        normalized = buffer[..n];
        int start = 0, end = n;
        while (start < end && IsEdge(buffer[start])) start++;
        while (end > start && IsEdge(buffer[end - 1])) end--;
        return buffer[start..end];
    }

    private static bool StartsWithAny(ReadOnlySpan<char> core, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (StartsWithWord(core, prefix))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithWord(ReadOnlySpan<char> core, string prefix) =>
        core.StartsWith(prefix, StringComparison.Ordinal)
        && (core.Length == prefix.Length || !char.IsLetterOrDigit(prefix[^1]) || !char.IsLetterOrDigit(core[prefix.Length]));

    private static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (IsSpace(c))
            {
                inWord = false;
            }
            else if (!inWord && char.IsLetterOrDigit(c))
            {
                inWord = true;
                words++;
            }
        }

        return words;
    }

    /// <summary>Whether the line ends in . ! ? or an ellipsis, before any closing quotes or brackets.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd("\"'”’»)] \t");
        return !trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or '…';
    }

    private static bool HasWordChar(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTimestampChar(char c) => char.IsLetterOrDigit(c) || c is ':' or '.' or '/' or '-';

    private static bool IsEdge(char c) => !char.IsLetterOrDigit(c) && c != '©';

    // Called for every character of a document: printable ASCII, nearly all of them, is answered by two comparisons
    // (white space below U+0085 is at most U+0020).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' ? char.IsWhiteSpace(c) : c >= '\u0085' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF');

    private static string Key(string phrase) => NormalizedCore(phrase, new char[phrase.Length], out _).ToString();

    private static void AddAll(Dictionary<string, string> into, IReadOnlyList<string> phrases, string reason)
    {
        foreach (string phrase in phrases)
        {
            into.TryAdd(Key(phrase), reason);
        }
    }

    private static void AddPrefixes(List<(string, string)> into, IReadOnlyList<string> prefixes, string reason)
    {
        foreach (string prefix in prefixes)
        {
            // Prefixes keep their trailing ':' ("photo:"): only whitespace and case are normalised.
            into.Add((prefix.Trim().ToLowerInvariant(), reason));
        }
    }
}

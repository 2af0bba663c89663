namespace Entente.Dictionaries;

/// <summary>The matching form of tokens: lowercase unless written in capitals, one apostrophe, no final period.</summary>
/// <remarks>
/// A token of two or more letters with no lowercase letter ("US", "U.S.", "PML-N") keeps its capitals, so that
/// such aliases match only text written in capitals. Curly apostrophes become straight ones, and a final period is
/// dropped so that "Gen." and "Gen", "St." and "St" are the same token whichever way the segmenter cut them.
/// </remarks>
public static class TokenNormalizer
{
    /// <summary>Longest token that can be looked up; longer tokens never match.</summary>
    public const int MaxTokenLength = 64;

    /// <summary>Whether the token has two or more letters and none in lowercase.</summary>
    public static bool IsCapitals(ReadOnlySpan<char> token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>Writes the matching form of <paramref name="token"/> into <paramref name="destination"/>; returns its length.</summary>
    /// <param name="token">The token as written.</param>
    /// <param name="destination">At least as long as <paramref name="token"/>.</param>
    /// <param name="lower">Lowercase the letters (false keeps the capitals of a capitals-only token).</param>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> destination, bool lower)
    {
        var length = token.Length;
        if (length > 1 && token[length - 1] == '.')
        {
            length--;
        }

        for (var i = 0; i < length; i++)
        {
            var c = token[i];
            if (c is '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4')
            {
                c = '\'';
            }
            else if (lower)
            {
                c = char.ToLowerInvariant(c);
            }

            destination[i] = c;
        }

        return length;
    }

    /// <summary>The matching form of one alias token, as stored in the trie.</summary>
    public static string NormalizeAliasToken(string token)
    {
        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        var length = Normalize(token, buffer, lower: !IsCapitals(token));
        return new string(buffer[..length]);
    }

    /// <summary>Splits an alias into its tokens the way text is tokenised for matching: on white space, and an inner possessive "'s" apart ("People's Protection Units" → "People" "'s" "Protection" "Units"), as the segmenter cuts it.</summary>
    public static string[] SplitAlias(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var words = alias.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var possessives = 0;
        foreach (var word in words)
        {
            possessives += HasPossessiveS(word) ? 1 : 0;
        }

        if (possessives == 0)
        {
            return words;
        }

        var tokens = new string[words.Length + possessives];
        var t = 0;
        foreach (var word in words)
        {
            if (HasPossessiveS(word))
            {
                tokens[t++] = word[..^2];
                tokens[t++] = "'s";
            }
            else
            {
                tokens[t++] = word;
            }
        }

        return tokens;
    }

    // "People's" but not "'s" alone: the segmenter makes the ending its own token only after letters.
    private static bool HasPossessiveS(string word) =>
        word.Length > 2 && (word[^1] == 's' || word[^1] == 'S') && IsApostrophe(word[^2]) && char.IsLetter(word[^3]);

    /// <summary>The matching key of a whole alias: its normalised tokens joined by single spaces.</summary>
    public static string AliasKey(string alias)
    {
        var tokens = SplitAlias(alias);
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = NormalizeAliasToken(tokens[i]);
        }

        return string.Join(' ', tokens);
    }

    /// <summary>Length of a possessive ending ("'s", "’s" = 2; "s'" = 1, keeping the s) or 0.</summary>
    public static int PossessiveLength(ReadOnlySpan<char> token)
    {
        if (token.Length > 2 && (token[^1] == 's' || token[^1] == 'S') && IsApostrophe(token[^2]))
        {
            return 2;
        }

        if (token.Length > 2 && IsApostrophe(token[^1]) && (token[^2] == 's' || token[^2] == 'S'))
        {
            return 1;
        }

        return 0;
    }

    /// <summary>Whether the token is a detached possessive ("'s", "’s", "'").</summary>
    public static bool IsPossessiveToken(ReadOnlySpan<char> token) =>
        (token.Length == 2 && IsApostrophe(token[0]) && (token[1] == 's' || token[1] == 'S'))
        || (token.Length == 1 && IsApostrophe(token[0]));

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}

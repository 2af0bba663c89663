namespace Entente.Dictionaries;

/// <summary>Regular English plurals for role nouns ("ambassador" → "ambassadors", "militia" → "militias", "policeman" → "policemen").</summary>
public static class Inflector
{
    /// <summary>The regular plural of a phrase: its last word is inflected, unless the phrase has "of" (then null: "chief of army staff").</summary>
    public static string? PluralOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var words = TokenNormalizer.SplitAlias(phrase);
        if (words.Length == 0 || Array.IndexOf(words, "of") >= 0)
        {
            return null;
        }

        var last = words[^1];
        if (last.Length < 2 || TokenNormalizer.IsCapitals(last) || !char.IsLetter(last[^1]))
        {
            return null;
        }

        words[^1] = PluralOfWord(last);
        return string.Join(' ', words);
    }

    /// <summary>The regular plural of one word.</summary>
    public static string PluralOfWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.EndsWith("man", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("human", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^3] + "men";
        }

        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z')
            || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            return word + "es";
        }

        if (word.Length > 1 && word[^1] == 'y' && !IsVowel(word[^2]))
        {
            return word[..^1] + "ies";
        }

        return word + "s";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

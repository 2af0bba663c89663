namespace Entente.Text;

/// <summary>Membership of a word in a short literal list, on spans: the small fixed lists of the recogniser and the coder
/// (days, heads, particles) where a frozen set would cost more than it saves.</summary>
internal static class WordList
{
    /// <summary>Whether <paramref name="word"/> equals one of <paramref name="words"/> (case-insensitive by default).</summary>
    public static bool Contains(ReadOnlySpan<char> word, ReadOnlySpan<string> words, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, comparison)) return true;
        }

        return false;
    }
}

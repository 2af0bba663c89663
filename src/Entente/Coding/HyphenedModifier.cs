namespace Entente.Coding;

/// <summary>"a two-hour meeting", "a closed-door meeting", "the four-year campaign": a lower-case word with a hyphen inside
/// that stands between an article and a noun modifies the noun, which is not a verb form there.</summary>
internal static class HyphenedModifier
{
    /// <summary>Whether <paramref name="word"/> is a lower-case hyphened compound ("two-hour", not "Saudi-led", nor a name inside
    /// one: "Iraq's al-Qaeda-affiliate claimed" is a noun and its verb).</summary>
    public static bool Is(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsLower(word[0]) && word.IndexOf('-') is > 0 and var dash && dash < word.Length - 1 && !HasCapital(word);

    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c)) return true;
        }

        return false;
    }
}

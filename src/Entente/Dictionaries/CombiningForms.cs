namespace Entente.Dictionaries;

/// <summary>First parts of a hyphenated pair of states that are Latin combining forms of a country, not its name ("the
/// Sino-Russian summit", "Indo-US talks"). They stand for the country only beside another state in the same word: a bare
/// "Indo" or "Sino" is no alias, so "Indo-Pacific" and "Sino-Tibetan" name no state, and "Indo-China" is the peninsula.</summary>
public static class CombiningForms
{
    private static readonly (string Form, string Country)[] Forms = [("Sino", "China"), ("Indo", "India")];

    // Whole words in which a combining form with a state is a region.
    private static readonly string[] Regions = ["Indo-China", "Indo-Chinese", "Indochina"];

    /// <summary>Whether <paramref name="word"/> is a region spelled like a pair of states ("Indo-China").</summary>
    public static bool IsRegion(ReadOnlySpan<char> word)
    {
        foreach (var region in Regions)
        {
            if (word.Equals(region, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>The country name for the combining form <paramref name="part"/> (any case), or null.</summary>
    public static string? Country(ReadOnlySpan<char> part)
    {
        foreach (var (form, country) in Forms)
        {
            if (part.Equals(form, StringComparison.OrdinalIgnoreCase)) return country;
        }

        return null;
    }
}

namespace Entente.Dictionaries;

/// <summary>Last parts of a hyphenated word by which a state or group stands behind someone else ("US-backed Kurdish
/// fighters", "Iran-aligned militias"): the first part names the backer, not the actor. One list for the recogniser
/// (which then makes no mention of the backer) and the coder (which never lets a backer fill a slot).</summary>
public static class BackerWords
{
    private static readonly string[] Words =
        ["backed", "sponsored", "funded", "supported", "allied", "aligned", "affiliated", "linked", "leaning", "friendly", "trained", "armed"];

    /// <summary>Whether <paramref name="part"/> (the text after the hyphen) is one of the backing words, in any case.</summary>
    public static bool IsBacking(ReadOnlySpan<char> part)
    {
        foreach (var word in Words)
        {
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}

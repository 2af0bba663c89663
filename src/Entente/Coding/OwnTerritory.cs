using Entente.Model;

namespace Entente.Coding;

/// <summary>"Estonia said a Russian fighter jet violated its airspace", "Manila accused Chinese vessels of entering its
/// waters": a trigger that holds "its" or "their" before a word of territory names whose territory it is only by the pronoun;
/// the owner is the nearest state named before the trigger that is not the actor's own.</summary>
internal static class OwnTerritory
{
    /// <summary>The mention of the state owning the territory inside the trigger [<paramref name="start"/>, <paramref name="end"/>);
    /// null when the trigger has no "its/their" + territory word, or no other state is named before it in the sentence.</summary>
    public static Mention? Owner(string text, int start, int end, IReadOnlyList<Mention> sentenceMentions, string? actorCountry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        if (!HasOwnedTerritory(text.AsSpan(start, end - start))) return null;
        Mention? found = null;
        foreach (var m in sentenceMentions)
        {
            if (m.Start >= start) break;
            // Only a state named as itself ("Estonia", "Manila"), not a demonym on someone's agent ("a Russian jet").
            if (m.Kind == MentionKind.Actor && m.Actor is { Country: { } c, Org: null, Sector: null } && c != actorCountry) found = m;
        }

        return found;
    }

    private static bool HasOwnedTerritory(ReadOnlySpan<char> trigger)
    {
        foreach (var pronoun in (ReadOnlySpan<string>)["its ", "their "])
        {
            var at = trigger.IndexOf(pronoun, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = trigger[(at + pronoun.Length)..];
            foreach (var word in (ReadOnlySpan<string>)["airspace", "waters", "territory", "territorial", "border", "borders", "soil", "air defence", "air defense"])
            {
                if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }
}

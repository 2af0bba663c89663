using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Estonia said a Russian fighter jet violated its airspace", "Manila accused Chinese vessels of entering its
/// waters": a trigger that holds "its" or "their" before a word of territory names whose territory it is only by the pronoun;
/// the owner is the nearest state named before the trigger that is not the actor's own.</summary>
internal static class OwnTerritory
{
    /// <summary>The mention of the state owning the territory inside the trigger [<paramref name="start"/>, <paramref name="end"/>);
    /// null when the trigger has no "its/their" + territory word, or no other state is named before it in the sentence.</summary>
    /// <remarks>With <paramref name="vessels"/> (an act of force), "its/their" before a word of shipping counts too ("Manila said
    /// Chinese coastguard vessels rammed two of its ships"): the rammed or fired-on ships are the reporting state's.</remarks>
    public static Mention? Owner(string text, int start, int end, IReadOnlyList<Mention> sentenceMentions, string? actorCountry, bool vessels = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trigger = text.AsSpan(start, end - start);
        if (HasOwnedTerritory(trigger)) return StateBefore(start, sentenceMentions, actorCountry, capitals: false);
        return vessels && HasOwnedVessel(trigger) ? StateBefore(start, sentenceMentions, actorCountry, capitals: true) : null;
    }

    /// <summary>The last state named as itself before <paramref name="start"/> that is not <paramref name="actorCountry"/>, or null;
    /// with <paramref name="capitals"/> a capital's metonym counts ("Manila said ... rammed its ships"). Not for territory: "Manila
    /// charged that Beijing had violated its waters" is an accusation, whose content the capital would turn into an act.</summary>
    private static Mention? StateBefore(int start, IReadOnlyList<Mention> sentenceMentions, string? actorCountry, bool capitals)
    {
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        Mention? found = null;
        foreach (var m in sentenceMentions)
        {
            if (m.Start >= start) break;
            // Only a state named as itself ("Estonia"), not a demonym on someone's agent ("a Russian jet").
            if (m.Kind == MentionKind.Actor && m.Actor is { Country: { } c, Org: null } a && (a.Sector is null || (capitals && IsCapital(m))) && c != actorCountry) found = m;
        }

        return found;
    }

    private static bool IsCapital(Mention m) => m.Entries.Count == 1 && m.Entries[0].StartsWith("capital:", StringComparison.Ordinal);

    /// <summary>"Pakistan condemned an Iranian missile strike on its territory": as <see cref="Owner"/>, for a territory named
    /// right after the trigger ending at <paramref name="end"/> by "on", "against", "into", "in" or "inside" and "its/their";
    /// for these acts of force a word of shipping counts too ("a drone attack on its ships").</summary>
    public static Mention? OwnerAfter(string text, int start, int end, IReadOnlyList<Mention> sentenceMentions, string? actorCountry)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trigger = text.AsSpan(start, end - start).TrimEnd();
        var tail = text.AsSpan(end, Math.Min(40, text.Length - end)).TrimStart();
        ReadOnlySpan<string> prepositions = ["on", "against", "into", "in", "inside"];
        foreach (var preposition in prepositions)
        {
            ReadOnlySpan<char> owned;
            // "air strike on" may end with its own preposition; "missile strike" has it right after.
            if (trigger.EndsWith(preposition, StringComparison.OrdinalIgnoreCase) && trigger.Length > preposition.Length && trigger[^(preposition.Length + 1)] == ' ')
                owned = tail;
            else if (tail.StartsWith(preposition, StringComparison.OrdinalIgnoreCase) && tail.Length > preposition.Length && tail[preposition.Length] == ' ')
                owned = tail[(preposition.Length + 1)..];
            else
                continue;
            if (!owned.StartsWith("its ", StringComparison.OrdinalIgnoreCase) && !owned.StartsWith("their ", StringComparison.OrdinalIgnoreCase)) return null;
            if (HasOwnedTerritory(owned)) return StateBefore(start, sentenceMentions, actorCountry, capitals: false);
            return HasOwnedVessel(owned) ? StateBefore(start, sentenceMentions, actorCountry, capitals: true) : null;
        }

        return null;
    }

    /// <summary>Whether <paramref name="owned"/> opens with "its" or "their" and a word of territory ("its airspace ...").</summary>
    public static bool IsOwned(ReadOnlySpan<char> owned) =>
        (owned.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || owned.StartsWith("their ", StringComparison.OrdinalIgnoreCase)) &&
        HasOwnedTerritory(owned);

    /// <summary>Whether "its" or "their" in <paramref name="trigger"/> is followed by a word of shipping ("its ships", "their
    /// fishing boats", "its coastguard vessel"), as a whole word.</summary>
    private static bool HasOwnedVessel(ReadOnlySpan<char> trigger)
    {
        foreach (var pronoun in (ReadOnlySpan<string>)["its ", "their "])
        {
            var at = trigger.IndexOf(pronoun, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var rest = trigger[(at + pronoun.Length)..];
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (WordList.Contains(word, ["ship", "ships", "vessel", "vessels", "boat", "boats", "warship", "warships", "coastguard", "fishing", "patrol", "supply", "naval", "navy"])) return true;
        }

        return false;
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

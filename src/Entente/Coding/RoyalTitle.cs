using Entente.Dates;
using Entente.Model;

namespace Entente.Coding;

/// <summary>"Prince Mohammed", "the crown prince", "the emir": a royal named by title alone is of the state a royal was last named
/// with ("Saudi Arabia's crown prince ... the crown prince"), never the story's focus; with none named, it names no actor.</summary>
internal static class RoyalTitle
{
    /// <summary>Whether <paramref name="m"/> was recognised through a royal title or noun ("emir", "crown prince", "Prince").</summary>
    public static bool IsRoyal(Mention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (m.Entries[i] is "agent:monarch" or "agent:royal" or "title:king" or "title:prince") return true;
        }

        return false;
    }

    /// <summary>Whether the agent <paramref name="m"/> is a royal named by title alone: not a surname that looks like a title right
    /// after a first name ("Defence Secretary Tom King": a capitalised word before it that no mention but a named person covers).</summary>
    public static bool IsTitleOnly(Mention m, IReadOnlyList<Mention> sentenceMentions, string text)
    {
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(text);
        if (!IsRoyal(m)) return false;
        var end = m.Start;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (start == end || start == m.Start || !char.IsUpper(text[start])) return true;
        // "On Monday King Salman": a weekday or month is no first name.
        if (DateLexicon.English.Find(text.AsSpan(start, end - start)).Kind is DateLexKind.Weekday or DateLexKind.Month) return true;
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var before = sentenceMentions[i];
            if (before.Start < end && before.End >= end) return !(before.Kind == MentionKind.Actor && before.Actor?.Name is not null);
        }

        // A capitalised word opening the sentence ("Then King Salman") is no first name.
        var open = start;
        while (open > 0 && text[open - 1] == ' ') open--;
        return open == 0 || text[open - 1] is '.' or '!' or '?' or '"' or '“' or '\n';
    }

    /// <summary>Whether <paramref name="name"/> is the first word of <paramref name="full"/>, spelt alike or in another
    /// transliteration ("Mohammed" for "Mohamed bin Zayed": the same consonants).</summary>
    private static bool IsFirstName(string name, string full)
    {
        var space = full.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? full.AsSpan() : full.AsSpan(0, space);
        if (first.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        Span<char> a = stackalloc char[32];
        Span<char> b = stackalloc char[32];
        var na = Consonants(name, a);
        return na >= 3 && Consonants(first, b) == na && a[..na].SequenceEqual(b[..na]);
    }

    /// <summary>Writes the word's consonants, lower-cased and with doubles collapsed, into <paramref name="into"/>; their count,
    /// or 0 when the word is too long.</summary>
    private static int Consonants(ReadOnlySpan<char> word, Span<char> into)
    {
        if (word.Length > into.Length) return 0;
        var n = 0;
        foreach (var ch in word)
        {
            var c = char.ToLowerInvariant(ch);
            if (!char.IsLetter(c) || c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || (n > 0 && into[n - 1] == c)) continue;
            into[n++] = c;
        }

        return n;
    }

    /// <summary>The country of a person named before whose first name the title carries ("Prince Mohammed" after "Mohammed bin
    /// Salman"), else of the nearest royal named with a state before <paramref name="royal"/> in its sentence, else of the state a
    /// royal was most recently named with (<see cref="ActorContext.NamedRoyals"/>); never <paramref name="except"/>; null when none.</summary>
    public static string? Referent(Mention royal, IReadOnlyList<Mention> sentenceMentions, ActorContext context, string? except)
    {
        ArgumentNullException.ThrowIfNull(royal);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(context);
        // "Mohammed bin Salman ... Prince Mohammed": a title with a name is the person of that first name named before.
        if (royal.Actor?.Name is { Length: > 0 } name)
        {
            var people = context.NamedPeople;
            for (var i = people.Count - 1; i >= 0; i--)
            {
                if (people[i].Country is { } c && c != except && people[i].Name is { } full && IsFirstName(name, full)) return c;
            }
        }

        var royalStates = context.NamedRoyals;
        for (var i = sentenceMentions.Count - 1; i >= 0; i--)
        {
            var m = sentenceMentions[i];
            if (m.Start < royal.Start && m.Kind == MentionKind.Actor && m.Actor?.Country is { } c && c != except && IsRoyal(m)) return c;
        }

        for (var i = royalStates.Count - 1; i >= 0; i--)
        {
            if (royalStates[i].Country is { } c && c != except) return c;
        }

        return null;
    }
}

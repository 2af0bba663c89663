using Entente.Model;

namespace Entente.Coding;

/// <summary>"prevented 53,000 foreign fighters reaching Syria", "foreign volunteers travelled to Syria to fight Isis": people
/// named as foreign belong neither to the state the story is about nor to the place they are in; without an "of" or "from"
/// phrase of their own, whose they are is not said. Officials ("the foreign minister"), agencies and firms, and those with a
/// possessive before them ("its foreign fighters") are not meant.</summary>
internal static class ForeignPeople
{
    /// <summary>Whether the bare agent <paramref name="m"/> opens with "foreign" or "overseas" or follows one of them, is no
    /// fighter, soldier, criminal or private person, and has no possessive word right before it.</summary>
    public static bool Are(Mention m, ActorCode agent, string text)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(text);
        // Only fighters, troops and private people: "foreign aid agencies" or "foreign firms" work where they are named.
        if (agent.Sector is not ("REB" or "MIL" or "CVL" or "CRM")) return false;
        var before = WordBefore(text, m.Start, out var start);
        if (!(Opens(text, m.Start, "foreign ") || Opens(text, m.Start, "overseas ")))
        {
            if (!(before.Equals("foreign", StringComparison.OrdinalIgnoreCase) || before.Equals("overseas", StringComparison.OrdinalIgnoreCase))) return false;
            before = WordBefore(text, start, out start);
        }

        return !(before.Equals("its", StringComparison.OrdinalIgnoreCase) || before.Equals("their", StringComparison.OrdinalIgnoreCase) ||
                 before.Equals("his", StringComparison.OrdinalIgnoreCase) || before.Equals("her", StringComparison.OrdinalIgnoreCase) ||
                 before.Equals("our", StringComparison.OrdinalIgnoreCase) || before.EndsWith("'s", StringComparison.Ordinal) ||
                 before.EndsWith("’s", StringComparison.Ordinal));
    }

    /// <summary>"ten foreign fighters captured while fighting for Russia", "foreign volunteers who fought for Ukraine": the state the
    /// people are said to fight for, named within a short reach after them (no sentence punctuation between); null when none.</summary>
    public static string? Side(Mention m, IReadOnlyList<Mention> sentenceMentions, string text)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(text);
        const int reach = 60;
        var end = Math.Min(text.Length, m.End + reach);
        var window = text.AsSpan(m.End, end - m.End);
        var stop = window.IndexOfAny(';', ',', '.');
        if (stop >= 0) window = window[..stop];
        foreach (var cue in (ReadOnlySpan<string>)["fighting for ", "fought for ", "fight for ", "fighting on behalf of ", "fighting alongside "])
        {
            var at = window.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var i = m.End + at + cue.Length;
            if (Opens(text, i, "the ")) i += 4;
            for (var k = 0; k < sentenceMentions.Count; k++)
            {
                var named = sentenceMentions[k];
                if (named.Start == i && named.Kind == MentionKind.Actor && named.Actor is { Country: { } country }) return country;
            }
        }

        return null;
    }

    // The word (letters and apostrophes) ending before the spaces before `at`; its start goes to `start`.
    private static ReadOnlySpan<char> WordBefore(string text, int at, out int start)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ') end--;
        start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’')) start--;
        return text.AsSpan(start, end - start);
    }

    private static bool Opens(string text, int at, string word) =>
        at + word.Length <= text.Length && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}

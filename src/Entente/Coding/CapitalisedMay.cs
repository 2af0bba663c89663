using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Donald Trump and Theresa May discussed ...", "Mrs May said ...", "met on 2 May": a capitalised "May" that is a
/// surname or a month is no modal, so it makes no act hypothetical.</summary>
/// <remarks>
/// Inside a sentence the modal is written in lower case; a capitalised "May" there follows a name or title ("Theresa May",
/// "Mrs May") and is a surname unless the next word is capitalised too (a headline in title case, "Iran May Strike Back",
/// keeps its modal). At the start of a sentence "May" is the surname when a finite verb follows ("May said", "May has
/// promised"); the modal's wish ("May God ...") is followed by its subject.
/// </remarks>
internal static class CapitalisedMay
{
    private static readonly string[] FiniteAfterName =
        ["said", "says", "told", "tells", "has", "had", "is", "was", "will", "would", "could", "insisted", "added", "wrote", "met", "urged", "called", "warned"];

    /// <summary>Whether token <paramref name="i"/> is "March"/"May" of a date or the surname "May", so no modal and no verb.</summary>
    public static bool IsNoModal(string text, ReadOnlySpan<Token> tokens, int i) =>
        MonthWord.IsMonth(text, tokens, i) || IsSurname(text, tokens, i);

    private static bool IsSurname(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (!tokens[i].Span(text).SequenceEqual("May")) return false;
        var next = i + 1 < tokens.Length ? tokens[i + 1].Span(text) : [];
        if (next.Length > 0 && char.IsUpper(next[0])) return false;
        if (i == 0) return WordList.Contains(next, FiniteAfterName);
        var before = tokens[i - 1].Span(text);
        return before.Length > 0 && char.IsUpper(before[0]);
    }
}

using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"held talks in Dhaka on 12 March": the month "March" is no march, and "met on 2 May" holds no modal "may".
/// Capitalised, with a number beside it or a date preposition before it, either is a date: no trigger word, no modality cue.</summary>
internal static class MonthWord
{
    private static readonly string[] DateWords = ["in", "on", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "before", "after", "through"];

    /// <summary>Whether token <paramref name="i"/> is the month "March" or "May" of a date.</summary>
    public static bool IsMonth(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var w = tokens[i].Span(text);
        if (!w.SequenceEqual("March") && !w.SequenceEqual("May")) return false;
        return (i > 0 && (IsNumber(tokens[i - 1].Span(text)) || WordList.Contains(tokens[i - 1].Span(text), DateWords))) ||
               (i + 1 < tokens.Length && IsNumber(tokens[i + 1].Span(text)));
    }

    private static bool IsNumber(ReadOnlySpan<char> w) => w.Length > 0 && char.IsAsciiDigit(w[0]);
}

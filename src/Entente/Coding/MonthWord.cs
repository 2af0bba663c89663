using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"held talks in Dhaka on 12 March": the month "March" is no march. Capitalised, with a number beside it or a
/// date preposition before it, it is a date and gives no trigger word.</summary>
internal static class MonthWord
{
    private static readonly string[] DateWords = ["in", "on", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from", "before", "after", "through"];

    /// <summary>Whether token <paramref name="i"/> is the month "March" of a date.</summary>
    public static bool IsMonth(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (!tokens[i].Span(text).SequenceEqual("March")) return false;
        return (i > 0 && (IsNumber(tokens[i - 1].Span(text)) || WordList.Contains(tokens[i - 1].Span(text), DateWords))) ||
               (i + 1 < tokens.Length && IsNumber(tokens[i + 1].Span(text)));
    }

    private static bool IsNumber(ReadOnlySpan<char> w) => w.Length > 0 && char.IsAsciiDigit(w[0]);
}

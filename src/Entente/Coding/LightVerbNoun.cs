using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Turkey made an offer to host talks", "Pakistan issued an urgent appeal for aid", "Kyiv made a fresh request
/// to its allies": a light verb (make, issue, extend, renew) with an article and at most two adjectives before an act noun
/// that is also a verb form. The noun carries the act and the light verb's subject does it, so the verb pattern on the
/// noun is not a nominal use.</summary>
internal static class LightVerbNoun
{
    /// <summary>Whether the token at <paramref name="first"/> (sentence-local) is an act noun after a light verb and an article.</summary>
    public static bool Holds(string text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first < 2 || first >= tokens.Length || !WordList.Contains(tokens[first].Span(text), ActNouns)) return false;
        var k = first - 1;
        // "an urgent", "a fresh, direct": up to two words between the article and the noun (adjectives, not names).
        for (var skipped = 0; skipped < 2 && k > 0 && !IsArticle(tokens[k].Span(text)); skipped++, k--)
        {
            if (tokens[k].Kind != TokenKind.Word || char.IsUpper(tokens[k].Span(text)[0])) return false;
        }

        return k > 0 && IsArticle(tokens[k].Span(text)) && WordList.Contains(tokens[k - 1].Span(text), LightVerbs);
    }

    private static bool IsArticle(ReadOnlySpan<char> w) => w is "a" or "an" or "A" or "An";

    private static readonly string[] ActNouns =
        ["offer", "pledge", "promise", "appeal", "request", "demand"];

    private static readonly string[] LightVerbs =
    [
        "make", "makes", "made", "making", "issue", "issues", "issued", "issuing", "extend", "extends", "extended", "extending",
        "renew", "renews", "renewed", "renewing", "repeat", "repeated", "repeats",
    ];
}

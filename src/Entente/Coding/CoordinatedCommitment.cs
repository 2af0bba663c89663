using Entente.Model;

namespace Entente.Coding;

/// <summary>"Egypt agreed to open the crossing and send aid", "India vowed to cut ties and expel the envoy": a verb joined by
/// "and"/"or" to an infinitive shares that infinitive's governor, so a promise or agreement covers the second act too.</summary>
internal static class CoordinatedCommitment
{
    private const int Reach = 12;

    /// <summary>The promising or agreeing word whose "to" governs the infinitive that the verb trigger at
    /// <paramref name="triggerStart"/> is coordinated with ("agreed to A ... and B"); null when the word right before the
    /// trigger (a modifier aside) is not "and"/"or" or no such governor stands within twelve words with no punctuation.</summary>
    public static string? Governor(WordSets words, string text, ReadOnlySpan<Token> tokens, int triggerStart)
    {
        var k = triggerStart - 1;
        if (k >= 0 && words.IsModifier(tokens[k].Span(text))) k--;
        if (k < 3 || !(tokens[k].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase) || tokens[k].Span(text).Equals("or", StringComparison.OrdinalIgnoreCase)))
            return null;
        for (var i = k - 1; i >= 1 && i >= k - Reach; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return null;
            if (!tokens[i].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            var g = i - 1;
            if (g >= 1 && words.IsModifier(tokens[g].Span(text))) g--;
            var w = tokens[g].Span(text);
            if (words.IsCommitment(w) || IsAgreeing(w)) return w.ToString();
            // An earlier "to" ("agreed to talks to end ...") is not the governor of this coordination.
            return null;
        }

        return null;
    }

    /// <summary>"agreed to open": agreeing to an act is a commitment to it (dev-README: commitment speech acts are asserted).</summary>
    public static bool IsAgreeing(ReadOnlySpan<char> w) =>
        w.Equals("agreed", StringComparison.OrdinalIgnoreCase) || w.Equals("agrees", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("agree", StringComparison.OrdinalIgnoreCase) || w.Equals("agreeing", StringComparison.OrdinalIgnoreCase);
}

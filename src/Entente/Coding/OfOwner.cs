using Entente.Model;

namespace Entente.Coding;

/// <summary>"the government of Bashar al-Assad", "the army of Myanmar": an "of" phrase right after a bare agent names whose
/// it is, before any guess from the document's focus or from the other side of the act. So does an institution named
/// with "in", "from" or "within": "four senior officers in the Russian military", "officials from Iran's foreign ministry";
/// and a state people come "from": "exiled dissidents from Myanmar".</summary>
internal static class OfOwner
{
    /// <summary>The country of the actor named by "of" (or "of the") directly after <paramref name="agent"/>, or of the
    /// institution (an actor with a sector) named by "in", "from" or "within"; null otherwise. A bare state after "in" is
    /// where the agent is, not whose ("diplomats in Moscow"), and is left to the caller's place rules.</summary>
    public static string? Country(Mention agent, IReadOnlyList<Mention> sentenceMentions, string text)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(text);
        var i = agent.End;
        var of = Skip(text, ref i, "of ");
        var from = !of && Skip(text, ref i, "from ");
        if (!of && !from && !Skip(text, ref i, "in ") && !Skip(text, ref i, "within ")) return null;
        Skip(text, ref i, "the ");
        // "dissidents from military-ruled Myanmar": one hyphenated modifier may stand before a state of origin.
        if (from) SkipHyphenated(text, ref i);
        for (var k = 0; k < sentenceMentions.Count; k++)
        {
            var m = sentenceMentions[k];
            if (m.Start > i) break;
            if (m.Start != i || m.Kind != MentionKind.Actor || m.Actor is not { } owner) continue;
            // People "from" a bare state come from it ("refugees from Syria"); officials and troops "from" one may be
            // leaving it ("withdrew troops from Syria"), so for them only an institution says whose they are.
            var origin = from && owner.Sector is null && agent.Actor?.Sector is not ("GOV" or "MIL" or "SPY" or "JUD" or "LEG" or "COP");
            return of || owner.Sector is not null || origin ? owner.Country : null;
        }

        return null;
    }

    private static void SkipHyphenated(string text, ref int i)
    {
        var j = i;
        while (j < text.Length && (char.IsLetter(text[j]) || text[j] == '-')) j++;
        if (j == i || j >= text.Length || text[j] != ' ' || text.AsSpan(i, j - i).IndexOf('-') <= 0 || char.IsUpper(text[i])) return;
        i = j + 1;
    }

    private static bool Skip(string text, ref int i, string word)
    {
        var j = i;
        while (j < text.Length && text[j] == ' ') j++;
        if (j + word.Length > text.Length || !text.AsSpan(j, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)) return false;
        i = j + word.Length;
        while (i < text.Length && text[i] == ' ') i++;
        return true;
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>"the government of Bashar al-Assad", "the army of Myanmar": an "of" phrase right after a bare agent names whose
/// it is, before any guess from the document's focus or from the other side of the act.</summary>
internal static class OfOwner
{
    /// <summary>The country of the actor named by "of" (or "of the") directly after <paramref name="agent"/>; null otherwise.</summary>
    public static string? Country(Mention agent, IReadOnlyList<Mention> sentenceMentions, string text)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(text);
        var i = agent.End;
        if (!Skip(text, ref i, "of ")) return null;
        Skip(text, ref i, "the ");
        for (var k = 0; k < sentenceMentions.Count; k++)
        {
            var m = sentenceMentions[k];
            if (m.Start > i) break;
            if (m.Start == i) return m.Kind == MentionKind.Actor ? m.Actor?.Country : null;
        }

        return null;
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

using Entente.Model;

namespace Entente.Coding;

/// <summary>"the Hamas-run health ministry", "the Houthi-led government", "Taliban-appointed officials": an actor joined by a
/// hyphen to a word of running or leading, right before a bare agent, is whose the agent is.</summary>
internal static class RunByOwner
{
    private static readonly string[] Suffixes = ["run", "led", "appointed", "governed", "dominated"];

    /// <summary>The actor named in the "X-run" word right before <paramref name="agent"/> (one adjective may stand between:
    /// "the Hamas-run Gaza health ministry" names no second actor), or null.</summary>
    public static ActorCode? Owner(Mention agent, IReadOnlyList<Mention> sentenceMentions, string text)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(text);
        var i = agent.Start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (i < 1 || text[i] != '-' || !IsSuffix(text.AsSpan(i + 1, end - i - 1))) return null;
        for (var k = sentenceMentions.Count - 1; k >= 0; k--)
        {
            var m = sentenceMentions[k];
            if (m.End == i && m.Kind == MentionKind.Actor) return m.Actor;
            if (m.End < i) break;
        }

        return null;
    }

    private static bool IsSuffix(ReadOnlySpan<char> word)
    {
        foreach (var s in Suffixes)
        {
            if (word.Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}

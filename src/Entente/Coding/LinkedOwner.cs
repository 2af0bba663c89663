using Entente.Model;

namespace Entente.Coding;

/// <summary>"lifted sanctions on companies linked to a Russian tycoon", "banks owned by the Iranian state": a business named by
/// its tie to an actor belongs to that actor's country, not to the country of whoever acts on it.</summary>
internal static class LinkedOwner
{
    private static readonly string[] Ties = ["linked to", "tied to", "connected to", "owned by", "controlled by", "belonging to", "close to"];

    /// <summary>The country of the actor named right after a tie participle ("linked to", "owned by" ...) and an optional
    /// article after the business agent <paramref name="agent"/>; null when the agent is no business or no such tie follows.</summary>
    public static string? Country(Mention agent, IReadOnlyList<Mention> sentenceMentions, string text)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(text);
        if (agent.Actor?.Sector != "BUS") return null;
        var i = SkipSpaces(text, agent.End);
        var tied = false;
        foreach (var tie in Ties)
        {
            if (i + tie.Length < text.Length && text.AsSpan(i, tie.Length).Equals(tie, StringComparison.OrdinalIgnoreCase) && text[i + tie.Length] == ' ')
            {
                i = SkipSpaces(text, i + tie.Length);
                tied = true;
                break;
            }
        }

        if (!tied) return null;
        foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "the "])
        {
            if (i + article.Length <= text.Length && text.AsSpan(i, article.Length).Equals(article, StringComparison.OrdinalIgnoreCase))
            {
                i = SkipSpaces(text, i + article.Length);
                break;
            }
        }

        for (var k = 0; k < sentenceMentions.Count; k++)
        {
            var m = sentenceMentions[k];
            if (m.Start > i) break;
            if (m.Start == i && m.Kind == MentionKind.Actor && m.Actor is { Country: { } country }) return country;
        }

        return null;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }
}

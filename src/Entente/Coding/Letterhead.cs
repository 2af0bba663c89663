using Entente.Model;

namespace Entente.Coding;

/// <summary>"Ministry of Foreign Affairs and International Cooperation, Federal Republic of Somalia" at the top of a press release:
/// the state whose institution issues the document. Its numbered points say "The Government has ordered ...", "The Ministry
/// reiterates ..." of that state, however many other states the points name in between.</summary>
internal static class Letterhead
{
    /// <summary>How many lines from the top a letterhead may stand at ("PRESS RELEASE", the ministry, the place and date).</summary>
    private const int TopLines = 3;

    /// <summary>The one state a letterhead line names with a government institution (a ministry, the government, the presidency,
    /// an embassy), or null: the line must be a headline among the document's first lines, every word of it capitalised but
    /// "of", "and", "for", "the", ending with a name (the institution or the state), and no other state named on it.</summary>
    public static string? Issuer(Sentence sentence, IReadOnlyList<Mention> mentions, string text)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(text);
        if (!sentence.IsHeadline || sentence.Index >= TopLines || !IsTitleCased(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))
            return null;
        string? state = null;
        var institution = false;
        var last = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind is not (MentionKind.Actor or MentionKind.Agent)) continue;
            institution |= IsInstitution(m);
            last = m.End;
            if (m.Kind != MentionKind.Actor || m.Actor?.Country is not { } c) continue;
            if (state is not null && state != c) return null;
            state = c;
        }

        // "Ministry of Foreign Affairs of Japan" ends with a name; a title-cased headline ("Kenya's Foreign Ministry Condemns
        // Detentions") goes on to its verb and object.
        return institution && last >= 0 && text.AsSpan(last, sentence.End - last).Trim().Trim(".").IsEmpty ? state : null;
    }

    /// <summary>Whether <paramref name="agent"/> is "the Government", "the Ministry", "the Ministry of Foreign Affairs",
    /// "the Embassy" or "the Presidency" with nothing before "the": the issuer's own institution named bare.</summary>
    public static bool IsBareInstitution(Mention agent, string text)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(text);
        return agent.Kind == MentionKind.Agent && !agent.Plural && IsInstitution(agent) && EarlierAgency.AfterThe(agent.Start, text);
    }

    private static bool IsInstitution(Mention m)
    {
        for (var i = 0; i < m.Entries.Count; i++)
        {
            var e = m.Entries[i];
            if (!e.StartsWith(ActorContext.AgentPrefix, StringComparison.Ordinal)) continue;
            if (e.EndsWith("ministry", StringComparison.Ordinal) || e is "agent:government" or "agent:embassy" or "agent:presidency") return true;
        }

        return false;
    }

    /// <summary>Whether every word of <paramref name="line"/> opens with a capital or a digit, but "of", "and", "for", "the".</summary>
    private static bool IsTitleCased(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetterOrDigit(line[i])) i++;
            var start = i;
            while (i < line.Length && (char.IsLetterOrDigit(line[i]) || line[i] is '\'' or '’' or '.')) i++;
            if (i == start) break;
            var word = line[start..i];
            if (char.IsUpper(word[0]) || char.IsDigit(word[0])) continue;
            if (!(word is "of" or "and" or "for" or "the")) return false;
        }

        return true;
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>"Russia condemned the new US sanctions on its banks": a bare agent owned by "its" or "their" in the object of a noun
/// whose owner is named right before it ("US sanctions", "Iran's ban") belongs to the nearest state named before that owner;
/// "its own" is the owner's own.</summary>
internal static class PronounPossessor
{
    /// <summary>The country owning <paramref name="agent"/> through a possessive pronoun right before it (at most two modifiers
    /// between), skipping <paramref name="except"/> (the country of the act's other side) unless the pronoun is followed by
    /// "own"; null when no pronoun owns the agent or no such state was named before it in the sentence.</summary>
    public static string? Owner(Mention agent, IReadOnlyList<Mention> sentenceMentions, string text, string? except)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan(agent.Start, agent.End - agent.Start);
        if (span.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || span.StartsWith("their ", StringComparison.OrdinalIgnoreCase))
            return Nearest(agent, sentenceMentions, span.Contains(" own ", StringComparison.Ordinal) ? null : except);
        var end = agent.Start;
        var own = false;
        for (var hops = 0; hops < 3; hops++)
        {
            while (end > 0 && text[end - 1] == ' ') end--;
            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-')) start--;
            if (start == end) return null;
            var word = text.AsSpan(start, end - start);
            if (word.Equals("its", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase))
                return Nearest(agent, sentenceMentions, own ? null : except);
            if (!char.IsLower(word[0])) return null;
            own |= word.Equals("own", StringComparison.Ordinal);
            end = start;
        }

        return null;
    }

    /// <summary>"Iran resumed enrichment and Israel struck its nuclear sites": when the word right after a verb trigger at
    /// <paramref name="after"/> (sentence-local) is "its" or "their" (not "its own"), the nearest actor mention of the one
    /// state other than <paramref name="except"/> named before <paramref name="beforeChar"/>; null otherwise (also when two
    /// such states are named).</summary>
    public static Mention? ObjectOwner(SentenceView view, int after, IReadOnlyList<Mention> sentenceMentions, int beforeChar, string? except) =>
        OwnerBefore(view, after, sentenceMentions, beforeChar, except is null ? [] : [except]);

    /// <summary>As <see cref="ObjectOwner(SentenceView, int, IReadOnlyList{Mention}, int, string?)"/>, skipping every state of
    /// <paramref name="doers"/>: "after Israel and the United States bombed its nuclear sites" is neither's own. The pronoun
    /// may stand right after the match or, when the pattern runs over its object ("bombed its nuclear sites"), right after
    /// the head verb.</summary>
    public static Mention? ObjectOwnerOutside(SentenceView view, PatternMatch match, IReadOnlyList<Mention> sentenceMentions, int beforeChar, IReadOnlyList<ActorSlot> doers)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(doers);
        var head = match.HeadToken - view.Sentence.FirstToken;
        var last = match.LastToken - view.Sentence.FirstToken;
        // "the regime conducted its chemical attack": an object naming the act itself is the doer's own, not a target.
        var after = head < last && (view.Is(head + 1, "its") || view.Is(head + 1, "their")) && !IsActNoun(view.Word(last)) ? head + 1 : last + 1;
        var except = new List<string>(doers.Count);
        foreach (var d in doers)
            if (d.Actor.Country is { } c) except.Add(c);
        return OwnerBefore(view, after, sentenceMentions, beforeChar, except);
    }

    private static bool IsActNoun(ReadOnlySpan<char> w) => w is "attack" or "attacks" or "strike" or "strikes" or "offensive" or "assault" or
        "bombing" or "bombings" or "raid" or "raids" or "campaign" or "operation" or "operations" or "bombardment";

    private static Mention? OwnerBefore(SentenceView view, int after, IReadOnlyList<Mention> sentenceMentions, int beforeChar, List<string> except)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        if (after >= view.Count || !(view.Is(after, "its") || view.Is(after, "their")) || view.Is(after + 1, "own")) return null;
        Mention? found = null;
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start >= beforeChar) break;
            if (m.Kind != MentionKind.Actor || m.Actor?.Country is not { } c || except.Contains(c)) continue;
            // Two other states before the pronoun ("Washington would not leave Syria unless Turkey spared its allies"): whose
            // "its" is not known.
            if (found is not null && found.Actor!.Country != c) return null;
            found = m;
        }

        return found;
    }

    private static string? Nearest(Mention agent, IReadOnlyList<Mention> sentenceMentions, string? except)
    {
        string? found = null;
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start >= agent.Start) break;
            if (m.Kind == MentionKind.Actor && m.Actor?.Country is { } c && c != except) found = c;
        }

        return found;
    }
}

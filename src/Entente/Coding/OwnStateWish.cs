namespace Entente.Coding;

/// <summary>"The Senegalese president wants Senegal to become a regional hub", "Tokyo would like Japan to lead": a wish
/// that the wisher's own state (the bare country, no sector) do or become something is an aspiration for it, not an appeal
/// to anyone; no event. "Germany wants Turkey to approve ..." and "Lawmakers want the government to resign" still appeal.</summary>
internal static class OwnStateWish
{
    /// <summary>Whether the appeal <paramref name="match"/> is made with a wish verb ("want", "would like", "wish") and all
    /// its targets are the bare state of its source.</summary>
    public static bool Holds(SentenceView view, PatternMatch match, ActorSlot source, IReadOnlyList<ActorSlot> targets)
    {
        if (match.Pattern.Kind != TriggerKind.Verb || !match.Pattern.Cameo.StartsWith("02", StringComparison.Ordinal) ||
            source.Actor.Country is not { } own || targets.Count == 0 || !IsWishVerb(view.Word(match.HeadToken - view.Sentence.FirstToken)))
            return false;
        foreach (var t in targets)
        {
            if (t.Actor.Country != own || t.Actor.Sector is not null || t.Actor.Org is not null) return false;
        }

        return true;
    }

    private static bool IsWishVerb(ReadOnlySpan<char> w) =>
        w.StartsWith("want", StringComparison.OrdinalIgnoreCase) || w.StartsWith("wish", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("like", StringComparison.OrdinalIgnoreCase);
}

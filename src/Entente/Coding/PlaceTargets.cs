using Entente.Model;

namespace Entente.Coding;

/// <summary>The place an act is about, as its target when the act names no party: an investigation of abuses "in Iran",
/// money pledged "to rebuild Gaza". Only for acts done to a place's people (inquiries, aid); a meeting held in a city is
/// done there, not to it, and never reaches this.</summary>
internal sealed class PlaceTargets
{
    private readonly WordSets _words;

    /// <summary>Creates the finder over the shared word sets.</summary>
    public PlaceTargets(WordSets words) => _words = words;

    /// <summary>Whether an act of <paramref name="code"/> is about the place it names: investigations of crimes, abuses or war
    /// crimes (091, 092, 094), aid given (07) or promised (033). A plain inquiry (090: "investigating the strike in Baghdad")
    /// is as often into one's own act abroad.</summary>
    public static bool IsAboutPlace(string code) =>
        code is "091" or "092" or "094" || code.StartsWith("07", StringComparison.Ordinal) || code.StartsWith("033", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="match"/> voices concern or alarm ("expressed concern", "voiced deep concern", "expressed
    /// alarm"): a comment about a situation, aimed at the state where the situation is when no party is named.</summary>
    public static bool IsConcern(SentenceView view, PatternMatch match)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!(match.Pattern.Cameo is "012" or "111")) return false;
        for (var k = match.FirstToken - view.Sentence.FirstToken; k <= match.LastToken - view.Sentence.FirstToken && k < view.Count; k++)
        {
            if (view.Is(k, "concern") || view.Is(k, "concerns") || view.Is(k, "alarm") || view.Is(k, "dismay")) return true;
        }

        return false;
    }

    /// <summary>The state or place the act of <paramref name="match"/> is about, within eight words after it in its clause and
    /// before any comma: "in X" after an investigation ("investigate abuses in Iran") or after the topic of a concern ("concern
    /// over the violence in Sudan"), "to rebuild/help X" or "for the reconstruction of X" after aid; null when none.</summary>
    public Mention? Find(SentenceView view, PatternMatch match, string code, bool concern = false)
    {
        var last = match.LastToken - view.Sentence.FirstToken;
        var clause = view.Clause[last];
        var investigation = code.StartsWith("09", StringComparison.Ordinal);
        // A concern's place follows its topic: "over/about/at the violence in Sudan", not "concern in a statement".
        var topic = false;
        for (var k = last + 1; k < view.Count && k <= last + 8 && view.Clause[k] == clause; k++)
        {
            if (concern && (view.Is(k, "over") || view.Is(k, "about") || view.Is(k, "at"))) topic = true;
            if (view.Tokens[k].Kind == TokenKind.Punctuation && !(view.Word(k) is "$" or "€" or "£")) return null;
            if (view.MentionAt[k] >= 0)
            {
                // A party named before the place is the act's own target, found elsewhere; a place past it is only where.
                if (SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]]) && !IsPlaceLike(view.Mentions[view.MentionAt[k]])) return null;
                continue;
            }

            var lead = investigation || concern ? (!concern || topic) && (view.Is(k, "in") || view.Is(k, "inside")) : IsAidPurpose(view, k);
            if (!lead) continue;
            var j = k + 1;
            while (j < view.Count && view.MentionAt[j] < 0 && _words.IsDeterminer(view.Word(j))) j++;
            if (j < view.Count && view.MentionAt[j] >= 0 && view.Mentions[view.MentionAt[j]] is var m && view.FirstOf(m) == j && IsPlaceLike(m)) return m;
        }

        return null;
    }

    /// <summary>"to rebuild", "to help", "for the reconstruction of": the word at <paramref name="k"/> ends a phrase whose object
    /// is the place the aid is for.</summary>
    private static bool IsAidPurpose(SentenceView view, int k) =>
        (view.Is(k - 1, "to") && (view.Is(k, "rebuild") || view.Is(k, "reconstruct") || view.Is(k, "help") || view.Is(k, "assist") ||
                                  view.Is(k, "restore") || view.Is(k, "repair"))) ||
        (view.Is(k, "of") && (view.Is(k - 1, "reconstruction") || view.Is(k - 1, "rebuilding") || view.Is(k - 1, "recovery")));

    /// <summary>A place with a country, or a state named by its name or capital (not a person, body or demonym).</summary>
    private static bool IsPlaceLike(Mention m)
    {
        if (m.Kind == MentionKind.Place) return m.Place?.Country is not null;
        if (m.Kind != MentionKind.Actor || m.Actor is not { Country: not null, Name: null }) return false;
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (m.Entries[i].StartsWith("country:", StringComparison.Ordinal) || m.Entries[i].StartsWith("capital:", StringComparison.Ordinal)) return true;
        }

        return false;
    }
}

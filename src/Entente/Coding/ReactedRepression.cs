using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"voiced deep concern over the arrest of opposition figures in Tunisia", "condemned the detention of two Canadians
/// in China": a reaction to an arrest, detention or crackdown whose doer is not named is aimed at the state that holds the
/// people: the state where it happens, or else the people's own state (a state arrests in its own territory).</summary>
internal static class ReactedRepression
{
    private static readonly string[] Acts =
    [
        "arrest", "arrests", "detention", "detentions", "jailing", "imprisonment", "crackdown", "execution", "executions", "sentencing",
        "persecution", "repression", "treatment", "mistreatment", "abduction", "disappearance", "torture",
    ];

    private const int Reach = 7;

    /// <summary>The state (its mention) that the reaction ending at <paramref name="last"/> is aimed at, or null when the words
    /// after it are not "(the) act of|on|against people (in place)" with such an act.</summary>
    public static Mention? Find(SentenceView view, int last)
    {
        ArgumentNullException.ThrowIfNull(view);
        var k = last + 1;
        // "voiced concern on Wednesday over ...": a day between the reaction and its object.
        if (view.Is(k, "on") && k + 1 < view.Count && view.Word(k + 1).EndsWith("day", StringComparison.Ordinal)) k += 2;
        if (view.Is(k, "over") || view.Is(k, "about") || view.Is(k, "at") || view.Is(k, "on")) k++;
        if (view.Is(k, "the") || view.Is(k, "a")) k++;
        // "the recent arrest", "the continued detention": one modifier.
        if (k + 1 < view.Count && view.MentionAt[k] < 0 && !WordList.Contains(view.Word(k), Acts) && WordList.Contains(view.Word(k + 1), Acts)) k++;
        if (k >= view.Count || !WordList.Contains(view.Word(k), Acts)) return null;
        if (!(view.Is(k + 1, "of") || view.Is(k + 1, "on") || view.Is(k + 1, "against"))) return null;
        Mention? people = null;
        for (var i = k + 2; i < view.Count && i <= k + 2 + Reach; i++)
        {
            // "... by Turkish police": the doer is named, and aimed at by the rules for acts with a "by".
            if (view.Is(i, "by")) return null;
            if (view.Tokens[i].Kind == TokenKind.Punctuation) break;
            if (view.MentionAt[i] < 0) continue;
            var m = view.Mentions[view.MentionAt[i]];
            if (view.Is(i - 1, "in") && (m.Kind == MentionKind.Place || (m.Kind == MentionKind.Actor && m.Actor is { Sector: null, Org: null, Country: not null })))
                return m;
            if (people is null && SentenceView.IsActorLike(m)) people = m;
            i = view.LastOf(m);
        }

        return people is { Actor: { Country: not null, Org: null } actor } && actor.Sector is not ("GOV" or "MIL" or "COP" or "JUD" or "SPY") ? people : null;
    }
}

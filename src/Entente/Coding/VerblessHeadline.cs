using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"Blinken in Beijing for talks", "Chinese FM in Pakistan on three-day visit": a headline that drops its verb puts
/// the visitor right before "in". A trigger led by that "in" stands only there: after a verb ("arrived in Beijing for talks")
/// the verb's own pattern codes the trip.</summary>
internal static class VerblessHeadline
{
    /// <summary>Whether the "in" at <paramref name="first"/> directly follows an actor mention with no verb before it in the
    /// sentence.</summary>
    public static bool Holds(SentenceView view, int first)
    {
        if (first < 1 || !view.HasTags || view.MentionAt[first - 1] < 0) return false;
        var visitor = view.Mentions[view.MentionAt[first - 1]];
        if (!SentenceView.IsActorLike(visitor) || view.LastOf(visitor) != first - 1) return false;
        for (var i = 0; i < first; i++)
        {
            if (view.Tokens[i].Kind == TokenKind.Punctuation || view.IsTag(i, PartOfSpeech.Verb) || view.IsTag(i, PartOfSpeech.Modal) ||
                view.IsTag(i, PartOfSpeech.Auxiliary)) return false;
        }

        return true;
    }
}

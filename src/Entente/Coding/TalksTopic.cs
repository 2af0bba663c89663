using Entente.Text;

namespace Entente.Coding;

/// <summary>"held talks on a trade deal", "Indo-US negotiations over a defence pact", "talks between X and Y on a prisoner
/// swap": an accord named as what talks or a meeting are about is their topic, not an accord reached; the talks are the event. A "proposed" or "planned" accord is
/// left to be coded as intended.</summary>
internal static class TalksTopic
{
    // Words from the preposition to the noun match: "on a new", "over the long-delayed".
    private const int Reach = 3;

    private static readonly string[] Unrealised = ["proposed", "planned", "possible", "potential", "future", "mooted"];

    /// <summary>Whether the noun match <paramref name="m"/> follows "on", "about", "over" or "for" (and at most a few
    /// determiners or modifiers) right after a consultation match (root 04, or 036) among <paramref name="matches"/>.</summary>
    public static bool Holds(SentenceView view, PatternMatch m, IReadOnlyList<PatternMatch> matches)
    {
        if (m.Pattern.Kind != TriggerKind.Noun || m.Pattern.Cameo.StartsWith("04", StringComparison.Ordinal)) return false;
        var first = m.FirstToken - view.Sentence.FirstToken;
        var prep = first - 1;
        while (prep >= 0 && first - prep <= Reach && !IsTopicPreposition(view, prep))
        {
            // "negotiations on a proposed trade agreement": a proposed or planned accord is coded as intended (future), as dev does.
            if (view.Tokens[prep].Kind != Model.TokenKind.Word || view.MentionAt[prep] >= 0 || WordList.Contains(view.Word(prep), Unrealised)) return false;
            prep--;
        }

        if (prep < 1 || !IsTopicPreposition(view, prep)) return false;
        // "talks between Russian and Ukrainian officials on a prisoner swap": the parties' phrase may stand between the talks
        // and their topic.
        var end = prep - 1;
        for (var steps = 0; end > 0 && steps < PartiesReach && !EndsConsultation(view, end, matches) && IsPartyToken(view, end); steps++) end--;
        return EndsConsultation(view, end, matches);
    }

    // Tokens a parties' phrase may take between the talks and their topic ("between the Russian and Ukrainian officials").
    private const int PartiesReach = 10;

    private static bool EndsConsultation(SentenceView view, int end, IReadOnlyList<PatternMatch> matches)
    {
        foreach (var g in matches)
        {
            if (g.LastToken - view.Sentence.FirstToken == end &&
                (g.Pattern.Cameo.StartsWith("04", StringComparison.Ordinal) || g.Pattern.Cameo.StartsWith("036", StringComparison.Ordinal)))
                return true;
        }

        return false;
    }

    private static bool IsPartyToken(SentenceView view, int k) =>
        view.MentionAt[k] >= 0 || view.Is(k, "between") || view.Is(k, "with") || view.Is(k, "and") || view.Is(k, "among") || view.Is(k, "the");

    private static bool IsTopicPreposition(SentenceView view, int k) =>
        view.Is(k, "on") || view.Is(k, "about") || view.Is(k, "over") || view.Is(k, "for");
}

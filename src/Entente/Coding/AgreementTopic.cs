using Entente.Text;

namespace Entente.Coding;

/// <summary>"signed an agreement on economic cooperation", "a memorandum of understanding on defence cooperation": the
/// cooperation named as what a signed accord covers is its subject matter, not a second act; the signing (057) is the
/// event, as dev codes signed memorandums "covering agriculture, mining ...".</summary>
internal static class AgreementTopic
{
    // Modifiers between the preposition and the cooperation noun: "on closer economic", "for the".
    private const int Reach = 3;

    // "a memorandum of understanding on", "a letter of intent for": the accord's own name may run on before the preposition.
    private static readonly string[] NameWords = ["of", "understanding", "intent"];

    private static readonly string[] Prepositions = ["on", "for", "covering", "regarding", "concerning", "about"];

    /// <summary>Whether the cooperation noun match <paramref name="m"/> (root 05 other than 057, or root 06) is the topic of a
    /// signing match (057) among <paramref name="matches"/> that ends right before its preposition.</summary>
    public static bool Holds(SentenceView view, PatternMatch m, IReadOnlyList<PatternMatch> matches)
    {
        var cameo = m.Pattern.Cameo;
        if (m.Pattern.Kind != TriggerKind.Noun || !(cameo.StartsWith("06", StringComparison.Ordinal) ||
                                                     (cameo.StartsWith("05", StringComparison.Ordinal) && cameo != "057")))
            return false;
        var prep = m.FirstToken - view.Sentence.FirstToken - 1;
        var first = prep + 1;
        while (prep >= 0 && first - prep <= Reach && !IsPreposition(view, prep))
        {
            if (view.Tokens[prep].Kind != Model.TokenKind.Word || view.MentionAt[prep] >= 0) return false;
            prep--;
        }

        if (prep < 1 || !IsPreposition(view, prep)) return false;
        var end = prep - 1;
        for (var named = 0; named < 2 && end >= 0 && WordList.Contains(view.Word(end), NameWords); named++) end--;
        foreach (var g in matches)
        {
            if (g.Pattern.Cameo == "057" && g.LastToken - view.Sentence.FirstToken == end) return true;
        }

        return false;
    }

    private static bool IsPreposition(SentenceView view, int k) => WordList.Contains(view.Word(k), Prepositions);
}

using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"called for an end to the blockade of Gaza by Israel", "urged an end to the Israeli bombardment of Gaza",
/// "demanded the lifting of the siege of Gaza by Israeli forces": an appeal or a demand that names no addressee but asks
/// for an act of someone's to end is aimed at whoever does that act.</summary>
internal static class AppealedActDoer
{
    /// <summary>Whether <paramref name="code"/> is an appeal (root 02) or a demand (root 10).</summary>
    public static bool IsAppealOrDemand(string code) =>
        code.StartsWith("02", StringComparison.Ordinal) || code.StartsWith("10", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="code"/> is an appeal or a demand for military de-escalation (0256, 1056).</summary>
    public static bool AsksToDeescalate(string code) => code is "0256" or "1056";

    /// <summary>The index in <see cref="SentenceView.Mentions"/> of the doer of the act the words after <paramref name="last"/>
    /// name, within twelve words of its clause and before any punctuation, verb, "that", "and" or "or": an actor after "by"
    /// ("the blockade of Gaza by Israel"), or an actor standing before the act's noun ("the Israeli bombardment"); -1 when
    /// there is none.</summary>
    public static int Find(SentenceView view, int last)
    {
        ArgumentNullException.ThrowIfNull(view);
        var clause = view.Clause[last];
        for (var k = last + 1; k < view.Count && k <= last + 12 && view.Clause[k] == clause; k++)
        {
            if (view.Tokens[k].Kind == Model.TokenKind.Punctuation || view.Is(k, "that") || view.Is(k, "and") || view.Is(k, "or")) return -1;
            var at = view.MentionAt[k];
            if (at < 0)
            {
                if (view.IsTag(k, PartOfSpeech.Verb)) return -1;
                continue;
            }

            var mention = view.Mentions[at];
            var end = view.LastOf(mention);
            if (SentenceView.IsActorLike(mention) && (view.Is(k - 1, "by") || (end + 1 < view.Count && view.IsTag(end + 1, PartOfSpeech.Noun))))
                return at;
            k = end;
        }

        return -1;
    }
}

using Entente.Model;
using Entente.Syntax;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Zelensky appealed to allies to send air defences to Ukraine", "Guterres urged donors to send aid to Gaza": an appeal
/// is aimed at those appealed to. When they are unnamed people or bodies ("allies", "donors", "partners", "the international
/// community"), the name found after the appealed act's own "to" is its beneficiary, not the addressee; the appeal has no
/// target (dev-README: an appeal for aid to unnamed donors is coded with target ---), never the beneficiary or the speaker.</summary>
internal static class UnnamedAddressee
{
    private const int Reach = 6;

    private static readonly string[] Addressees =
    [
        "allies", "partners", "donors", "lenders", "countries", "nations", "governments", "states", "community", "members", "leaders",
        "neighbours", "neighbors", "powers", "friends", "backers",
    ];

    /// <summary>Whether the appeal <paramref name="match"/> names its addressee right after its verb ("appealed to", "called on",
    /// "urged") with common nouns only, no actor, one of them a word for states or donors ("allies", "donors", "the international
    /// community"), before the infinitive's "to", and <paramref name="target"/>, when one was found, comes after that "to".</summary>
    public static bool Holds(SentenceView view, PatternMatch match, Mention? target)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!view.HasTags) return false;
        var head = match.HeadToken - view.Sentence.FirstToken;
        var k = head + 1;
        if (view.Is(k, "to") || view.Is(k, "on") || view.Is(k, "upon")) k++;
        // "called for evidence to be preserved": without a particle only a verb that takes its addressee as object has one.
        else if (!IsObjectAppeal(view.Word(head))) return false;
        var noun = false;
        for (var j = k; j < view.Count && j <= k + Reach; j++)
        {
            if (view.MentionAt[j] >= 0 || view.Tokens[j].Kind != TokenKind.Word) return false;
            if (view.Is(j, "to")) return noun && (target is null || view.FirstOf(target) > j);
            if (view.IsTag(j, PartOfSpeech.Pronoun)) return false;
            // "allies" and "partners" may be tagged as verbs ("he allies"); a plural is the addressee, another verb form
            // ("urged to send") says the addressee is missing.
            var plural = view.Word(j).EndsWith('s');
            if (view.IsTag(j, PartOfSpeech.Verb) && !plural) return false;
            if (WordList.Contains(view.Word(j), Addressees)) noun = true;
        }

        return false;
    }

    private static bool IsObjectAppeal(ReadOnlySpan<char> verb) =>
        verb.StartsWith("urg", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("ask", StringComparison.OrdinalIgnoreCase) ||
        verb.StartsWith("implor", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("press", StringComparison.OrdinalIgnoreCase) ||
        verb.StartsWith("encourag", StringComparison.OrdinalIgnoreCase);
}

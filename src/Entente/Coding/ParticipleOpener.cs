using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"Speaking in Hanoi on Friday after talks with To Lam, Albanese said ...", "Addressing parliament after a call with
/// Biden, Duda ...": a sentence that opens with a participle whose phrase runs, with no verb and no punctuation, to an "after"
/// or "following" phrase. The participle's subject is the main clause's, so the contact in that phrase is the main subject's
/// own, as in a phrase that opens the sentence with "after" itself.</summary>
internal static class ParticipleOpener
{
    // Words from the participle to the "after" of the phrase at most.
    private const int Reach = 8;

    /// <summary>Whether the tokens before <paramref name="k"/> (an "after" or "following") are an opening participle
    /// ("Speaking", "Addressing reporters") with no verb or punctuation between.</summary>
    public static bool Leads(SentenceView view, int k)
    {
        if (k < 2 || k > Reach || view.MentionAt[0] >= 0 || view.Tokens[0].Kind != TokenKind.Word) return false;
        var w = view.Word(0);
        if (w.Length < 5 || !char.IsUpper(w[0]) || !w.EndsWith("ing", StringComparison.Ordinal)) return false;
        for (var i = 1; i < k; i++)
        {
            if (view.Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (view.IsTag(i, PartOfSpeech.Verb) || view.IsTag(i, PartOfSpeech.Auxiliary) || view.IsTag(i, PartOfSpeech.Modal)) return false;
        }

        return true;
    }
}

using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"probing allegations that Imran Khan leaked classified documents", "investigating whether the former minister took
/// bribes": an investigation (CAMEO 09x) whose words run into a "that" or "whether" clause looks into the party that clause
/// names as its doer, when the investigation names no target of its own (dev-README: the allegation content is not coded as
/// fact; the inquiry is aimed at whom it concerns).</summary>
internal static class InvestigatedClause
{
    /// <summary>Tokens allowed between "that"/"whether" and the doer's name ("the former", "a senior").</summary>
    private const int Reach = 4;

    /// <summary>The sentence-local token where the doer of the clause after a 09x match ending at <paramref name="last"/>
    /// begins, or -1: the match must end with "that"/"whether" or stand right before it, and the first actor-like mention
    /// must come before any punctuation or verb.</summary>
    public static int Start(SentenceView view, EventPattern pattern, int last)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        if (!pattern.Cameo.StartsWith("09", StringComparison.Ordinal)) return -1;
        var opener = IsOpener(view, last) ? last : IsOpener(view, last + 1) ? last + 1 : -1;
        if (opener < 0) return -1;
        for (var k = opener + 1; k < view.Count && k <= opener + 1 + Reach; k++)
        {
            if (view.MentionAt[k] >= 0) return SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]]) ? k : -1;
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.IsTag(k, PartOfSpeech.Verb)) return -1;
        }

        return -1;
    }

    private static bool IsOpener(SentenceView view, int i) => view.Is(i, "that") || view.Is(i, "whether");
}

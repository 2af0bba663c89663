using Entente.Model;

namespace Entente.Coding;

/// <summary>The doer of a nominal act that is the subject of a passive light verb: "An apology to Ireland was offered by the
/// British government", "New sanctions on Iran were imposed by the EU", "a formal protest was lodged by Vietnam". The noun
/// names the act and the "by" phrase of the verb that makes, issues or starts it names who acts; without this rule the noun
/// had no source, and the act was lost. Only verbs that realise the act count: "aid was pledged by" is a promise (03), and
/// "responsibility ... was claimed by" a claim (015), so those verbs are not among them.</summary>
internal static class PassiveLightVerb
{
    private const int Reach = 12;

    /// <summary>The index of the first word after "by" when the clause of the nominal trigger ending at <paramref name="last"/>
    /// goes on, within <see cref="Reach"/> words and before any punctuation, with a form of "be" (optionally "being") and a light
    /// verb's participle followed by "by"; -1 otherwise. Another verb before the auxiliary ends the search.</summary>
    public static int AgentStart(SentenceView view, int last, WordSets words)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(words);
        var clause = view.Clause[last];
        for (var k = last + 1; k < view.Count && k <= last + Reach && view.Clause[k] == clause; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation && !(view.Word(k) is "$" or "€" or "£")) return -1;
            if (view.MentionAt[k] >= 0 || !words.IsBe(view.Word(k))) continue;
            var v = k + 1;
            if (view.Is(v, "being")) v++;
            if (v >= view.Count || !IsLightParticiple(view.Word(v))) return -1;
            var by = view.Is(v + 1, "out") ? v + 2 : v + 1;
            return view.Is(by, "by") && by + 1 < view.Count ? by + 1 : -1;
        }

        return -1;
    }

    private static bool IsLightParticiple(ReadOnlySpan<char> w) => w is
        "opened" or "launched" or "started" or "begun" or "conducted" or "carried" or "staged" or "mounted" or "made" or "issued" or
        "lodged" or "filed" or "delivered" or "extended" or "expressed" or "voiced" or "offered" or "tendered" or "imposed" or "declared" or
        "signed" or "announced";
}

namespace Entente.Coding;

/// <summary>"Germany insisted that Isis remained a security threat": a demand verb whose that-clause has a finite verb of
/// its own states a fact; only a base form ("insisted that Pakistan rethink"), or "should" or "must", asks for an act
/// (root 10).</summary>
internal static class InsistedFact
{
    // Words from "that" to the clause's verb: the subject's noun phrase.
    private const int SubjectReach = 6;

    /// <summary>Whether the demand verb <paramref name="match"/>, whose trigger ends in "that", is followed by a subject and a
    /// verb that is not a base form ("remained", "is", "was", "had", "would").</summary>
    public static bool Holds(SentenceView view, PatternMatch match)
    {
        var last = match.LastToken - view.Sentence.FirstToken;
        if (match.Pattern.Kind != TriggerKind.Verb || !match.Pattern.Cameo.StartsWith("10", StringComparison.Ordinal) || !view.Is(last, "that")) return false;
        for (var k = last + 1; k < view.Count && k <= last + SubjectReach; k++)
        {
            if (view.MentionAt[k] >= 0)
            {
                k = view.LastOf(view.Mentions[view.MentionAt[k]]);
                continue;
            }

            if (view.Is(k, "should") || view.Is(k, "must") || view.Is(k, "be")) return false;
            if (view.Is(k, "would") || view.Is(k, "will") || view.Is(k, "could") || view.Is(k, "can") || view.Is(k, "had") || view.Is(k, "did") ||
                view.Is(k, "is") || view.Is(k, "was") || view.Is(k, "are") || view.Is(k, "were") || view.Is(k, "has") || view.Is(k, "have"))
                return true;
            // Words of the subject's noun phrase ("its European partners") are passed over up to its verb.
            if (k > last + 1 && view.IsTag(k, Syntax.PartOfSpeech.Verb)) return !UnrealisedContent.IsBaseForm(view.Word(k));
        }

        return false;
    }
}

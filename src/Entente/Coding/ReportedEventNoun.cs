using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"The army spokeswoman said the attack injured 12 people", "a military spokesman said the bombing wounded 20": an
/// act of force reported as a bare noun phrase right after a verb of saying has no doer named; the speaker found to its left
/// reports it and is not its doer.</summary>
internal static class ReportedEventNoun
{
    /// <summary>Whether <paramref name="source"/> is the subject of a verb of saying followed (after an optional "that") by an
    /// article and at most three plain words (no name, no verb) that end right before the trigger at <paramref name="first"/>
    /// ("said the attack | injured", "said the | bombing"), so that the trigger or its subject is that noun phrase.</summary>
    public static bool Holds(SentenceView view, WordSets words, Mention source, int first)
    {
        var k = view.LastOf(source) + 1;
        if (k >= first || !words.IsSpeechVerb(view.Word(k))) return false;
        k++;
        if (view.Is(k, "that")) k++;
        if (!(view.Is(k, "the") || view.Is(k, "a") || view.Is(k, "an"))) return false;
        if (first - k - 1 > 3) return false;
        for (var i = k + 1; i < first; i++)
        {
            var w = view.Word(i);
            if (view.MentionAt[i] >= 0 || w.Length == 0 || !char.IsLetter(w[0]) || view.IsTag(i, PartOfSpeech.Verb)) return false;
        }

        return true;
    }
}

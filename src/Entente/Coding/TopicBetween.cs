using Entente.Model;

namespace Entente.Coding;

/// <summary>"The two sides exchanged views on the peace process between Armenia and Azerbaijan": a "between" phrase inside the
/// topic of a reciprocal verb ("on / about / over the ...") names what was talked about, not who talked; the verb's own subject
/// right before it does.</summary>
internal static class TopicBetween
{
    // Tokens after the trigger searched for the topic's "between", as the argument finder searches.
    private const int Reach = 7;

    /// <summary>The arguments of <paramref name="match"/> with its subject in place of a "between" pair found after a topic
    /// preposition, when an actor or collective stands right before the verb; <paramref name="args"/> unchanged otherwise.</summary>
    public static Arguments Subject(SentenceView view, PatternMatch match, Arguments args)
    {
        if (args.How != "between" || match.Pattern.Kind != TriggerKind.Verb) return args;
        var first = match.FirstToken - view.Sentence.FirstToken;
        var last = match.LastToken - view.Sentence.FirstToken;
        var subject = first - 1;
        if (subject >= 0 && view.Is(subject, "also")) subject--;
        if (subject < 0 || view.MentionAt[subject] < 0) return args;
        var mention = view.Mentions[view.MentionAt[subject]];
        if (mention.Kind is not (MentionKind.Actor or MentionKind.Collective) || view.LastOf(mention) != subject) return args;
        List<Mention> subjects = [mention];
        // "Turkey and Brazil held talks on ...": every member of a compound subject.
        for (var k = view.FirstOf(mention) - 1; k >= 1 && (view.Is(k, "and") || view.Word(k) is ",") && view.MentionAt[k - 1] >= 0; k = view.FirstOf(subjects[0]) - 1)
        {
            var before = view.Mentions[view.MentionAt[k - 1]];
            if (before.Kind != MentionKind.Actor) break;
            subjects.Insert(0, before);
        }

        var topic = false;
        for (var i = last + 1; i < view.Count && i <= last + Reach; i++)
        {
            if (view.Is(i, "between") || view.Is(i, "among")) return topic ? args with { Source = subjects, Target = [], Couples = null, How = "subject" } : args;
            topic |= IsTopicPreposition(view, i) && (view.Is(i + 1, "the") || view.Is(i + 1, "a") || view.Is(i + 1, "an"));
        }

        return args;
    }

    private static bool IsTopicPreposition(SentenceView view, int k) =>
        view.Is(k, "on") || view.Is(k, "about") || view.Is(k, "over") || view.Is(k, "regarding") || view.Is(k, "concerning");
}

using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"Israeli jets struck Damascus, prompting Turkey to condemn the violation": a reaction in a participle phrase
/// ("prompting/leading/forcing X to ...") with no target of its own answers the doer of the main clause before the comma.</summary>
internal static class ProvokedReaction
{
    // Words from the reactor to the reaction's "to" at most ("prompting Turkey's foreign ministry to").
    private const int Reach = 6;

    /// <summary>The subject of the main act before ", prompting <paramref name="reactor"/> to <paramref name="reaction"/>":
    /// the nearest verb match before the comma with a subject of its own in the active voice; null when the reaction does
    /// not stand in such a phrase or no such act is found.</summary>
    public static IReadOnlyList<Mention>? Provoker(SentenceView view, PatternMatch reaction, IReadOnlyList<Mention> reactor, List<PatternMatch> kept, ArgumentFinder arguments)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(reactor);
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(arguments);
        if (reactor.Count == 0) return null;
        var subject = view.FirstOf(reactor[0]);
        var participle = subject - 1;
        if (participle < 1 || !IsProvoking(view.Word(participle)) || !view.Is(participle - 1, ",")) return null;
        var first = reaction.FirstToken - view.Sentence.FirstToken;
        if (first <= subject || first - subject > Reach || !view.Is(first - 1, "to")) return null;
        // "prompting Poland to scramble jets and Germany to condemn": another actor before the reaction is another reactor.
        for (var k = view.LastOf(reactor[^1]) + 1; k < first; k++)
            if (view.MentionAt[k] >= 0 || view.Is(k, "and")) return null;
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var other = kept[i];
            if (other.Pattern.Kind != TriggerKind.Verb || other.LastToken - view.Sentence.FirstToken >= participle - 1) continue;
            var found = arguments.Find(view, other);
            if (found.Source.Count == 0 || found.Passive || !found.How.StartsWith("subject", StringComparison.Ordinal)) continue;
            return found.Source;
        }

        return null;
    }

    private static bool IsProvoking(ReadOnlySpan<char> w) =>
        w is "prompting" or "leading" or "forcing" or "pushing" or "spurring" or "provoking" or "causing";
}

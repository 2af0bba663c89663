using Entente.Model;

namespace Entente.Coding;

/// <summary>"Israel recalled its envoy after Irish ministers criticised its conduct of the war": criticism or accusation (111, 112) whose object is "its" or "their" something (not "its own") is aimed at the one other state named
/// before, as force on "its" sites is (<see cref="PronounPossessor.ObjectOwner"/>).</summary>
internal static class CriticisedOwner
{
    /// <summary>The mention of the state that owns what the verb trigger of <paramref name="match"/> criticises,
    /// when the word right after its head is "its"/"their" and <paramref name="source"/> is of a state; null otherwise.</summary>
    public static Mention? Find(SentenceView view, PatternMatch match, IReadOnlyList<Mention> mentions, int beforeChar, ActorSlot source)
    {
        if (match.Pattern.Kind != TriggerKind.Verb || source.Actor.Country is not { } critic) return null;
        var code = match.Pattern.Cameo;
        // Criticism and accusation only: rejections ("would not accept their members taking part") and legal charges
        // ("charging its neighbour with") are about what the owner's people do.
        if (!(code.StartsWith("111", StringComparison.Ordinal) || code.StartsWith("112", StringComparison.Ordinal))) return null;
        return PronounPossessor.ObjectOwner(view, match.HeadToken - view.Sentence.FirstToken + 1, mentions, beforeChar, critic);
    }
}

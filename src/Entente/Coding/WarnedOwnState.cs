using Entente.Model;

namespace Entente.Coding;

/// <summary>"Iran warned that Iran would respond to any attack", "The White House warned that the US would respond if Assad
/// used chemical weapons again": a warning whose that-clause opens with the warner's own state tells what that state will do;
/// a warning is never aimed at its own state. The one warned is the provoker its condition or its "against", "at" or "on"
/// names, else no one.</summary>
internal static class WarnedOwnState
{
    // Words after the own state in which the provoker may be named.
    private const int Reach = 20;

    /// <summary>Whether the targets of the threat or warning verb <paramref name="match"/> are only the warner's own state (the
    /// country, its government, army or police) as the subject of the that-clause after it.</summary>
    public static bool Holds(SentenceView view, PatternMatch match, ActorSlot source, IReadOnlyList<ActorSlot> targets)
    {
        if (match.Pattern.Kind != TriggerKind.Verb || !match.Pattern.Cameo.StartsWith("13", StringComparison.Ordinal) || source.Actor.Country is not { } own ||
            targets.Count == 0 || targets[0].Mention.Sentence != view.Sentence.Index)
            return false;
        foreach (var t in targets)
        {
            if (t.Actor.Country != own || t.Actor.Sector is not (null or "GOV" or "MIL" or "COP")) return false;
        }

        var k = view.FirstOf(targets[0].Mention) - 1;
        if (view.Is(k, "the")) k--;
        return view.Is(k, "that") && k > match.LastToken - view.Sentence.FirstToken;
    }

    /// <summary>The first actor of another state or an organisation after the own state that "if", "against", "at" or "on"
    /// introduces ("would respond if Assad used ...", "would hit back at Israel"), within the sentence; null when none.</summary>
    public static Mention? Provoker(SentenceView view, ActorSlot source, IReadOnlyList<ActorSlot> targets)
    {
        var from = view.LastOf(targets[^1].Mention) + 1;
        for (var k = from; k < view.Count && k <= from + Reach; k++)
        {
            if (view.Word(k) is ";") return null;
            if (view.MentionAt[k] < 0) continue;
            var m = view.Mentions[view.MentionAt[k]];
            var before = view.Is(k - 1, "the") ? k - 2 : k - 1;
            if (SentenceView.IsActorLike(m) && m.Actor is { } a && (a.Org is not null || (a.Country is not null && a.Country != source.Actor.Country)) &&
                (view.Is(before, "if") || view.Is(before, "against") || view.Is(before, "at") || view.Is(before, "on")))
                return m;
            k = view.LastOf(m);
        }

        return null;
    }
}

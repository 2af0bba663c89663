using Entente.Model;

namespace Entente.Coding;

/// <summary>"Iran released British-Iranian aid worker Nazanin Zaghari-Ratcliffe": the hyphened nationalities of one private
/// person name one actor, the last part (ArgumentFinder keeps only it); when that part is the acting state's own, the
/// person is the other state's national for this act, the part named before it.</summary>
internal static class DualNational
{
    /// <summary>The earlier part of the compound that <paramref name="target"/>'s mention ends, of another country than
    /// <paramref name="source"/>'s, when the target is the source's own country; else null.</summary>
    public static Mention? Other(SentenceView view, ActorSlot source, ActorSlot target)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Resolution != "mention" || source.Actor.Country is not { } own || target.Actor.Country != own) return null;
        var parts = view.CompoundPartsBefore(target.Mention);
        if (parts == 0) return null;
        var index = view.MentionAt[view.FirstOf(target.Mention)];
        for (var j = index - parts; j < index; j++)
        {
            if (view.Mentions[j].Actor?.Country is { } other && other != own) return view.Mentions[j];
        }

        return null;
    }
}

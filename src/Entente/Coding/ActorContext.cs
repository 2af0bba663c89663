using Entente.Model;

namespace Entente.Coding;

/// <summary>What the document has named so far, in order: lets collectives ("the two countries") and bare
/// agents ("the ministry") resolve to actors named earlier.</summary>
public sealed class ActorContext
{
    private readonly List<ActorCode> _states = [];

    /// <summary>Records the actors of a sentence's mentions, in text order.</summary>
    public void Observe(IEnumerable<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Actor || m.Actor is not { } a || (a.Country is null && a.Org is null)) continue;
            AddMostRecent(_states, Plain(a));
        }
    }

    /// <summary>The actor without its sector or name: what "both sides" or "the two countries" refer back to.</summary>
    public static ActorCode Plain(ActorCode a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Country is { } c ? new ActorCode(c, c, null, null, null) : new ActorCode(a.Org!, null, a.Org, null, null);
    }

    /// <summary>The distinct states and organisations named so far, most recent last.</summary>
    public IReadOnlyList<ActorCode> Named => _states;

    /// <summary>Adds <paramref name="actor"/> as the most recently named, dropping its earlier place in the list.</summary>
    public static void AddMostRecent(List<ActorCode> named, ActorCode actor)
    {
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(actor);
        for (var i = 0; i < named.Count; i++)
        {
            if (named[i].Key != actor.Key) continue;
            named.RemoveAt(i);
            break;
        }

        named.Add(actor);
    }
}

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
            var plain = Plain(a);
            _states.RemoveAll(s => s.Key == plain.Key);
            _states.Add(plain);
        }
    }

    /// <summary>The actor without its sector or name: what "both sides" or "the two countries" refer back to.</summary>
    public static ActorCode Plain(ActorCode a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Country is { } c ? new ActorCode(c, c, null, null, null) : new ActorCode(a.Org!, null, a.Org, null, null);
    }

    /// <summary>The last <paramref name="count"/> distinct states and organisations named (all of them for 0), oldest first.</summary>
    public IReadOnlyList<ActorCode> LastStates(int count)
    {
        if (count <= 0 || count >= _states.Count) return _states.ToArray();
        return _states.GetRange(_states.Count - count, count).ToArray();
    }
}

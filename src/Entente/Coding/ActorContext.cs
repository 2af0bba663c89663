using Entente.Model;

namespace Entente.Coding;

/// <summary>What the document has named so far, in order: lets collectives ("the two countries") and bare
/// agents ("the ministry") resolve to actors named earlier.</summary>
public sealed class ActorContext
{
    /// <summary>The prefix of an agent's dictionary entry ("agent:ministry").</summary>
    internal const string AgentPrefix = "agent:";

    private readonly List<ActorCode> _states = [];
    private readonly HashSet<string> _armedGroups = new(StringComparer.Ordinal);
    private readonly List<ActorCode> _officials = [];
    private readonly List<ActorCode> _namedOfficials = [];
    private readonly List<ActorCode> _royals = [];
    private readonly List<ActorCode> _people = [];
    private readonly Dictionary<string, int> _lastSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorCode> _kinds = new(StringComparer.Ordinal);
    private string? _lastArmedGroup;

    /// <summary>Records the actors of a sentence's mentions, in text order.</summary>
    public void Observe(IEnumerable<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions is IReadOnlyList<Mention> list)
        {
            Observe(list);
            return;
        }

        foreach (var m in mentions) Observe(m);
    }

    /// <summary>Records the actors of a sentence's mentions, in text order.</summary>
    public void Observe(IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        for (var i = 0; i < mentions.Count; i++) Observe(mentions[i]);
    }

    private void Observe(Mention m)
    {
        if (m.Kind != MentionKind.Actor || m.Actor is not { } a || (a.Country is null && a.Org is null) || IsPress(a)) return;
        if (IsArmedGroup(a))
        {
            _armedGroups.Add(a.Org!);
            _lastArmedGroup = a.Org;
        }
        if (IsOfficial(a)) AddPlainMostRecent(_officials, a);
        if (IsOfficial(a) && a.Name is not null) AddPlainMostRecent(_namedOfficials, a);
        if (a.Country is not null && RoyalTitle.IsRoyal(m)) AddPlainMostRecent(_royals, a);
        if (a.Country is not null && a.Name is not null) AddPersonMostRecent(a);
        AddPlainMostRecent(_states, a);
        ObserveKinds(m, a);
        // Plain(a).Key, without building the plain actor: its country, else its organisation.
        _lastSeen[a.Country ?? a.Org!] = m.Sentence;
    }

    /// <summary>Records <paramref name="a"/>'s state, or its organisation ("the EU's special envoy"), as the owner of
    /// <paramref name="m"/>'s agent kinds: its entry ("agent:foreign-ministry") and the entry's last word ("agent:ministry"),
    /// which a later bare "the ministry" or "the envoy" names again.</summary>
    private void ObserveKinds(Mention m, ActorCode a)
    {
        ActorCode? owner = null;
        for (var i = 0; i < m.Entries.Count; i++)
        {
            var entry = m.Entries[i];
            if (!entry.StartsWith(AgentPrefix, StringComparison.Ordinal)) continue;
            owner ??= Plain(a);
            _kinds[entry] = owner;
            var dash = entry.LastIndexOf('-');
            if (dash > AgentPrefix.Length) _kinds[string.Concat(AgentPrefix, entry.AsSpan(dash + 1))] = owner;
        }
    }

    /// <summary>The state whose institution a letterhead at the top of the document names (<see cref="Letterhead"/>): what a bare
    /// "The Government" or "The Ministry" in a press release's points stands for; null when the document has none.</summary>
    public string? Issuer { get; private set; }

    /// <summary>Records the state a letterhead line (<paramref name="sentence"/>, with its <paramref name="mentions"/>) names as
    /// the document's issuer, unless one was recorded before.</summary>
    public void ObserveLetterhead(Sentence sentence, IReadOnlyList<Mention> mentions, string text) =>
        Issuer ??= Letterhead.Issuer(sentence, mentions, text);

    /// <summary>The state or organisation (plain, <see cref="Plain"/>) of the actor of kind <paramref name="agentEntry"/>
    /// ("agent:ministry") most recently named, or null.</summary>
    public ActorCode? LastOfKind(string agentEntry) => _kinds.GetValueOrDefault(agentEntry);

    /// <summary>As <c>AddMostRecent(named, Plain(a))</c>: the plain actor is usually listed already, and is then moved
    /// to the end rather than replaced by an equal copy.</summary>
    internal static void AddPlainMostRecent(List<ActorCode> named, ActorCode a)
    {
        var last = named.Count - 1;
        if (last >= 0 && IsPlainOf(named[last], a)) return;
        for (var i = 0; i < last; i++)
        {
            if (!IsPlainOf(named[i], a)) continue;
            var same = named[i];
            named.RemoveAt(i);
            named.Add(same);
            return;
        }

        AddMostRecent(named, Plain(a));
    }

    /// <summary>Whether <paramref name="plain"/> equals <c>Plain(a)</c> in every field.</summary>
    private static bool IsPlainOf(ActorCode plain, ActorCode a) =>
        a.Country is { } c
            ? plain.Code == c && plain.Country == c && plain.Org is null && plain.Sector is null && plain.Name is null
            : plain.Code == a.Org && plain.Country is null && plain.Org == a.Org && plain.Sector is null && plain.Name is null;

    /// <summary>The actor without its sector or name: what "both sides" or "the two countries" refer back to.</summary>
    public static ActorCode Plain(ActorCode a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Country is { } c ? new ActorCode(c, c, null, null, null) : new ActorCode(a.Org!, null, a.Org, null, null);
    }

    /// <summary>Whether the organisation keyed <paramref name="org"/> was named as an armed or criminal group (no state,
    /// rebel or insurgent sector): officials ("the two ministers") never refer back to it.</summary>
    public bool WasNamedAsArmedGroup(string org) => _armedGroups.Contains(org);

    /// <summary>The organisation last named as an armed group, when it was last named in sentence <paramref name="sentence"/> or
    /// after; null otherwise: whom "the militants" of a later sentence stand for.</summary>
    public string? ArmedGroupSince(int sentence) =>
        _lastArmedGroup is { } org && _lastSeen.TryGetValue(org, out var seen) && seen >= sentence ? org : null;

    /// <summary>The distinct states and organisations named through an official (a government sector or a named person), most
    /// recent last: what "the two ministers" refer back to.</summary>
    public IReadOnlyList<ActorCode> NamedOfficials => _officials;

    /// <summary>The distinct states and organisations named through an official who is a named person ("Ilham Aliyev"), most
    /// recent last: what "the two presidents" or "both leaders" refer back to, where a ministry's statement is no leader.</summary>
    public IReadOnlyList<ActorCode> NamedPersonOfficials => _namedOfficials;

    /// <summary>The distinct states named through a royal ("Saudi Arabia's crown prince", "the emir of Qatar"), most recent last:
    /// what "the crown prince" or "Prince Mohammed" refer back to.</summary>
    public IReadOnlyList<ActorCode> NamedRoyals => _royals;

    /// <summary>The pair most recently named together (a compound or an event's two sides): what "the two countries" refer back
    /// to; null before any.</summary>
    public (ActorCode A, ActorCode B)? Pair { get; private set; }

    /// <summary>The index of the sentence that named <see cref="Pair"/>.</summary>
    public int PairSentence { get; private set; } = -1;

    /// <summary>Records <paramref name="a"/> and <paramref name="b"/> as the pair most recently named together, in sentence
    /// <paramref name="sentence"/>.</summary>
    public void ObservePair(ActorCode a, ActorCode b, int sentence)
    {
        Pair = (a, b);
        PairSentence = sentence;
    }

    /// <summary>The distinct states and organisations named in sentence <paramref name="sentence"/> or after it, most recent last.</summary>
    public List<ActorCode> NamedSince(int sentence)
    {
        var since = new List<ActorCode>();
        for (var i = 0; i < _states.Count; i++)
        {
            if (_lastSeen.TryGetValue(_states[i].Key, out var seen) && seen >= sentence) since.Add(_states[i]);
        }

        return since;
    }

    /// <summary>The distinct people of a state named so far ("Mohammed bin Salman"), most recent last: whom "Prince Mohammed"
    /// names again.</summary>
    public IReadOnlyList<ActorCode> NamedPeople => _people;

    private void AddPersonMostRecent(ActorCode a)
    {
        // A loop, not FindIndex with a lambda: this runs for every named actor of every sentence.
        for (var i = 0; i < _people.Count; i++)
        {
            if (_people[i].Name != a.Name || _people[i].Country != a.Country) continue;
            _people.RemoveAt(i);
            break;
        }

        _people.Add(a);
    }

    /// <summary>Whether <paramref name="a"/> is an official: a government actor or a named person who is not an armed group's.</summary>
    public static bool IsOfficial(ActorCode a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return !IsArmedGroup(a) && (a.Sector == "GOV" || (a.Name is not null && a.Sector is null or "GOV" or "MIL" or "LEG"));
    }

    /// <summary>The press ("an AFP correspondent said", "told Reuters"): who reports a story is not who is in it, so a news
    /// outlet or journalist never lends its country to the document's focus.</summary>
    public static bool IsPress(ActorCode a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Sector == "MED";
    }

    /// <summary>An organisation without a state whose sector is rebel, insurgent, separatist, armed or criminal.</summary>
    public static bool IsArmedGroup(ActorCode a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return a.Country is null && a.Org is not null && a.Sector is "REB" or "INS" or "SEP" or "UAF" or "CRM" or "MIL";
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

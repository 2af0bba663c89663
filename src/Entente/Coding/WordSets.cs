using System.Collections.Frozen;

namespace Entente.Coding;

/// <summary>Closed-class English words the coder's shallow syntax relies on, looked up by span without allocation.</summary>
public sealed class WordSets
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prepositions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _determiners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _be;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _negations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _futureCues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _hypotheticalCues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clauseOpeners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _speechVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _chargeVerbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _modifiers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _organs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _transfers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _dispatches;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _attempts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _failures;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _commitments;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _threats;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _cancellations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _occurrences;

    /// <summary>Builds the sets; one instance is shared by every coder.</summary>
    public WordSets()
    {
        _prepositions = Make("in", "at", "on", "to", "from", "with", "by", "for", "of", "into", "onto", "over", "against",
            "between", "among", "amid", "near", "during", "after", "before", "across", "through", "toward", "towards",
            "about", "under", "within", "without", "outside", "inside", "despite", "via", "along", "around", "upon", "beside");
        _determiners = Make("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "some",
            "several", "two", "three", "four", "five", "both", "all", "many", "other", "another", "our", "your", "my");
        _be = Make("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s");
        _negations = Make("not", "n't", "n’t", "never", "no", "neither", "nor", "without", "refused", "declined", "failed");
        _futureCues = Make("will", "'ll", "’ll", "shall", "expected", "plans", "planned", "planning", "plan", "set", "due",
            "scheduled", "awaiting", "awaited", "awaits", "await", "eve", "upcoming", "proposed", "intends", "intend", "intended", "going",
            "prepare", "prepares", "preparing", "forthcoming", "next", "would", "hopes", "hope", "hoped", "hoping", "wants", "wanted",
            "wanting", "looking", "seeking", "seeks", "seek", "eyeing", "pursuing");
        _hypotheticalCues = Make("should", "must", "could", "might", "may", "if", "unless", "ought", "can", "cannot",
            "can't", "can’t", "whether", "were", "urged", "believe", "expect", "hope");
        _clauseOpeners = Make("which", "who", "whom", "whose", "while", "whereas", "although", "though", "but", "because",
            "when", "where", "after", "before", "since", "as", "that", "if", "unless", "whether");
        _speechVerbs = Make("said", "says", "say", "told", "tells", "stated", "added", "announced", "claimed", "reported",
            "according", "insisted", "noted", "argued", "warned", "believe", "believes", "believed", "confirmed", "confirms");
        _chargeVerbs = Make("said", "says", "alleged", "alleges", "claimed", "claims", "charged", "stated", "insisted");
        _modifiers = Make("also", "again", "reportedly", "recently", "finally", "formally", "officially", "jointly",
            "separately", "already", "still", "just", "later", "earlier", "then", "now", "today", "yesterday",
            "briefly", "secretly", "publicly", "privately", "directly", "personally", "very", "eagerly");
        // Bodies that act for their owner: "the IMF's executive board approved" is the IMF approving. Relational nouns
        // ("Ukraine's allies", "Russia's neighbours") stay out: they name others.
        _organs = Make("board", "cabinet", "council", "committee", "commission", "leadership", "delegation", "mission",
            "embassy", "secretariat", "presidency", "administration", "assembly", "legislature", "parliament", "senate",
            "congress", "court", "tribunal", "regulator", "directors", "executive", "management", "politburo", "negotiators",
            "ministry", "government", "authorities", "prosecutors", "judiciary", "bank");
        // "Jets supplied by Denmark": the giver hands things over; "sent" stays out (warships sent by China are China's).
        _transfers = Make("supplied", "delivered", "donated", "provided", "given", "pledged", "sold", "transferred", "gifted",
            "shipped", "promised", "exported", "financed", "funded", "paid");
        // "Troops deployed by Russia": bare units put somewhere by the agent act for it.
        _dispatches = Make("sent", "deployed", "dispatched", "mobilised", "mobilized", "stationed", "commanded", "ordered", "airlifted");
        // "tried to capture", "is seeking to expel": an attempt, which says nothing of the act being done; "Pakistan and
        // Afghanistan need to talk" (an editorial's headline) argues for an act, which is no more done.
        _attempts = Make("tried", "tries", "trying", "try", "attempted", "attempts", "attempting", "attempt", "sought", "seeks",
            "seeking", "seek", "strove", "striving", "endeavoured", "endeavored", "need", "needs");
        // "failed to reach a deal", "declined to condemn": the act was not done.
        _failures = Make("failed", "fails", "failing", "fail", "unable", "declined", "declines", "refused", "refuses");
        // "vowed to expel", "pledged to seize", "offered to send planes": a promise, vow or offer whose infinitive no pattern
        // governs; the act is promised (dev-README: offered = commitment speech act). Declared readiness ("expressed readiness to
        // sign", "stands ready to resume talks", "is willing to mediate") is an intent too (CAMEO 03: "ready to").
        _commitments = Make("vowed", "vows", "vow", "vowing", "pledged", "pledges", "pledge", "pledging", "promised", "promises", "promise",
            "promising", "swore", "sworn", "swears", "swear", "undertook", "undertakes", "offered", "offers", "offer", "offering",
            "readiness", "willingness", "ready", "willing");
        // "threatened to ban imports": a threat whose infinitive no pattern governs; the hostile act is threatened.
        _threats = Make("threatened", "threatens", "threaten", "threatening");
        // "the meeting was cancelled / called off / put off": "called" and "put" count only with their "off".
        _cancellations = Make("cancelled", "canceled", "postponed", "scrapped", "shelved", "axed", "called", "put");
        // "the meeting did not take place / never went ahead / didn't happen".
        _occurrences = Make("take", "took", "go", "went", "happen", "happened", "materialise", "materialize", "materialised", "materialized");
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Make(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prepositions.</summary>
    public bool IsPreposition(ReadOnlySpan<char> word) => _prepositions.Contains(word);

    /// <summary>Determiners, possessive pronouns and small quantifiers that may open a noun group.</summary>
    public bool IsDeterminer(ReadOnlySpan<char> word) => _determiners.Contains(word);

    /// <summary>Forms of "be" (auxiliary for passives and progressive).</summary>
    public bool IsBe(ReadOnlySpan<char> word) => _be.Contains(word);

    /// <summary>Negation words and refusal verbs.</summary>
    public bool IsNegation(ReadOnlySpan<char> word) => _negations.Contains(word);

    /// <summary>Words that put what follows in the future (announced, planned, expected).</summary>
    public bool IsFutureCue(ReadOnlySpan<char> word) => _futureCues.Contains(word);

    /// <summary>Words that make what follows conditional, wished for or argued.</summary>
    public bool IsHypotheticalCue(ReadOnlySpan<char> word) => _hypotheticalCues.Contains(word);

    /// <summary>Subordinators and relative pronouns that open a new clause.</summary>
    public bool IsClauseOpener(ReadOnlySpan<char> word) => _clauseOpeners.Contains(word);

    /// <summary>Verbs of saying that introduce reported speech.</summary>
    public bool IsSpeechVerb(ReadOnlySpan<char> word) => _speechVerbs.Contains(word);

    /// <summary>Verbs by which a speaker can level a charge ("X said Y violated", "X alleged that Y shelled").</summary>
    public bool IsChargeVerb(ReadOnlySpan<char> word) => _chargeVerbs.Contains(word);

    /// <summary>Nouns of a body that acts for the actor owning it ("the IMF's executive board", "Pakistan's cabinet").</summary>
    public bool IsOrgan(ReadOnlySpan<char> word) => _organs.Contains(word);

    /// <summary>Participles of handing things over ("supplied", "donated"): their agent is not who uses the things.</summary>
    public bool IsTransferParticiple(ReadOnlySpan<char> word) => _transfers.Contains(word);

    /// <summary>Participles of putting units somewhere ("deployed", "sent"): the units act for their agent.</summary>
    public bool IsDispatchParticiple(ReadOnlySpan<char> word) => _dispatches.Contains(word);

    /// <summary>Adverbs that may stand between an auxiliary or subject and the verb without changing roles.</summary>
    public bool IsModifier(ReadOnlySpan<char> word) => _modifiers.Contains(word);

    /// <summary>Verbs of attempting ("tried", "is seeking") that may govern an act's infinitive.</summary>
    public bool IsAttempt(ReadOnlySpan<char> word) => _attempts.Contains(word);

    /// <summary>Words of failing or declining ("failed", "unable", "refused") that may govern an act's infinitive.</summary>
    public bool IsFailure(ReadOnlySpan<char> word) => _failures.Contains(word);

    /// <summary>Verbs of promising or vowing ("vowed", "pledged", "swore") that may govern an act's infinitive.</summary>
    public bool IsCommitment(ReadOnlySpan<char> word) => _commitments.Contains(word);

    /// <summary>Commitment words that only declare readiness ("ready", "willing", "readiness", "willingness").</summary>
    public static bool IsReadiness(ReadOnlySpan<char> word) =>
        word.Equals("ready", StringComparison.OrdinalIgnoreCase) || word.Equals("willing", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("readiness", StringComparison.OrdinalIgnoreCase) || word.Equals("willingness", StringComparison.OrdinalIgnoreCase);

    /// <summary>Verbs of threatening ("threatened") that may govern a hostile act's infinitive.</summary>
    public bool IsThreat(ReadOnlySpan<char> word) => _threats.Contains(word);

    /// <summary>Participles of calling off ("cancelled", "postponed"; "called"/"put" need their "off").</summary>
    public bool IsCancellation(ReadOnlySpan<char> word) => _cancellations.Contains(word);

    /// <summary>Verbs that say an event happened ("take place", "went ahead", "materialised").</summary>
    public bool IsOccurrence(ReadOnlySpan<char> word) => _occurrences.Contains(word);
}

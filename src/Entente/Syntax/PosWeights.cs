namespace Entente.Syntax;

/// <summary>How often a word is used as each open word class (WordNet sense-tagged counts; zero when it never is).</summary>
public readonly record struct PosWeights(int Noun, int Verb, int Adjective, int Adverb)
{
    /// <summary>Whether no class has any weight.</summary>
    public bool IsEmpty => Noun == 0 && Verb == 0 && Adjective == 0 && Adverb == 0;

    /// <summary>The sum of two readings, class by class.</summary>
    public PosWeights Add(PosWeights other) =>
        new(Noun + other.Noun, Verb + other.Verb, Adjective + other.Adjective, Adverb + other.Adverb);

    /// <summary>The class with the highest weight (verb before noun before adjective before adverb on ties); noun when empty.</summary>
    public PartOfSpeech Best()
    {
        var best = PartOfSpeech.Noun;
        var weight = Noun;
        if (Verb > weight || (Verb == weight && Verb > 0)) (best, weight) = (PartOfSpeech.Verb, Verb);
        if (Adjective > weight) (best, weight) = (PartOfSpeech.Adjective, Adjective);
        if (Adverb > weight) best = PartOfSpeech.Adverb;
        return best;
    }

    /// <summary>The weight of one open class (zero for closed classes).</summary>
    public int Of(PartOfSpeech pos) => pos switch
    {
        PartOfSpeech.Noun => Noun,
        PartOfSpeech.Verb => Verb,
        PartOfSpeech.Adjective => Adjective,
        PartOfSpeech.Adverb => Adverb,
        _ => 0,
    };
}

namespace Entente.Syntax;

/// <summary>The short tag names used by <c>entente explain</c> and the tagging test cases (N, NP, V, J, ...).</summary>
public static class PosTagNames
{
    /// <summary>The short name of a tag.</summary>
    public static string Short(PartOfSpeech tag) => tag switch
    {
        PartOfSpeech.Noun => "N",
        PartOfSpeech.ProperNoun => "NP",
        PartOfSpeech.Verb => "V",
        PartOfSpeech.Adjective => "J",
        PartOfSpeech.Adverb => "R",
        PartOfSpeech.Determiner => "D",
        PartOfSpeech.Pronoun => "PRO",
        PartOfSpeech.Preposition => "P",
        PartOfSpeech.Conjunction => "C",
        PartOfSpeech.Subordinator => "SUB",
        PartOfSpeech.Modal => "MD",
        PartOfSpeech.Auxiliary => "AUX",
        PartOfSpeech.To => "TO",
        PartOfSpeech.Negation => "NEG",
        PartOfSpeech.Number => "NUM",
        PartOfSpeech.Punctuation => "PU",
        _ => "SYM",
    };
}

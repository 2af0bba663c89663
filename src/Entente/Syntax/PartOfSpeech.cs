namespace Entente.Syntax;

/// <summary>The word classes Entente's shallow syntax tells apart.</summary>
public enum PartOfSpeech : byte
{
    /// <summary>Common noun ("talks", "army").</summary>
    Noun,
    /// <summary>Capitalised name inside a sentence ("Pakistan", "Bajwa").</summary>
    ProperNoun,
    /// <summary>Lexical verb in any form ("met", "visiting", "signs").</summary>
    Verb,
    /// <summary>Adjective ("joint", "Russian" when lower-cased in the lexicon).</summary>
    Adjective,
    /// <summary>Adverb ("jointly", "again").</summary>
    Adverb,
    /// <summary>Determiner, quantifier or possessive pronoun ("the", "several", "their").</summary>
    Determiner,
    /// <summary>Personal pronoun ("they", "him").</summary>
    Pronoun,
    /// <summary>Preposition ("with", "against").</summary>
    Preposition,
    /// <summary>Coordinating conjunction ("and", "but").</summary>
    Conjunction,
    /// <summary>Subordinator or relative word that opens a clause ("that", "which", "if").</summary>
    Subordinator,
    /// <summary>Modal verb ("will", "should"), also with "n't".</summary>
    Modal,
    /// <summary>Form of be, have or do, also with "n't".</summary>
    Auxiliary,
    /// <summary>The word "to".</summary>
    To,
    /// <summary>Negation ("not", "never").</summary>
    Negation,
    /// <summary>Number, in digits or words.</summary>
    Number,
    /// <summary>Punctuation mark.</summary>
    Punctuation,
    /// <summary>Other symbol ("$", "%").</summary>
    Symbol,
}

namespace Entente.Coding;

/// <summary>Generates the inflected forms of English verbs and nouns for pattern triggers.</summary>
/// <remarks>Over-generation is harmless (a form that never occurs never matches), so ambiguous
/// spelling rules such as consonant doubling produce both candidates.</remarks>
public static class Inflector
{
    /// <summary>Verb forms: base, third person, past, participle and -ing, plus any irregular forms given.</summary>
    public static IReadOnlyList<string> VerbForms(string lemma, IEnumerable<string> irregular)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var forms = new List<string> { lemma };
        forms.AddRange(irregular);
        forms.Add(ThirdPerson(lemma));
        if (lemma.EndsWith('e'))
        {
            forms.Add(lemma + "d");
            forms.Add(lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma + "ing" : lemma[..^1] + "ing");
        }
        else if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2]))
        {
            forms.Add(lemma[..^1] + "ied");
            forms.Add(lemma + "ing");
        }
        else
        {
            forms.Add(lemma + "ed");
            forms.Add(lemma + "ing");
            if (EndsConsonantVowelConsonant(lemma))
            {
                var doubled = lemma + lemma[^1];
                forms.Add(doubled + "ed");
                forms.Add(doubled + "ing");
            }
        }

        return forms.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>Noun forms: singular and regular plural, plus any irregular plural given.</summary>
    public static IReadOnlyList<string> NounForms(string lemma, IEnumerable<string> irregular)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var forms = new List<string> { lemma, Dictionaries.Inflector.PluralOfWord(lemma) };
        forms.AddRange(irregular);
        return forms.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    private static string ThirdPerson(string verb)
    {
        if (verb.EndsWith('y') && verb.Length > 1 && !IsVowel(verb[^2])) return verb[..^1] + "ies";
        return NeedsEs(verb) ? verb + "es" : verb + "s";
    }

    private static bool NeedsEs(string word) =>
        word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') ||
        word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal);

    // The "u" of "qu" is no vowel of its own: "equip" doubles as "ship" does (equipped, acquitted).
    private static bool EndsConsonantVowelConsonant(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) &&
        (!IsVowel(w[^3]) || (w[^3] == 'u' && w.Length >= 4 && w[^4] == 'q'));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

using Entente.Model;
using Entente.Text;

namespace Entente.Dictionaries;

/// <summary>A counted phrase that refers back to states already named, beyond the fixed phrases of the collectives
/// dictionary: "the three military governments", "the two nuclear-armed neighbours", "both warring sides", "all four
/// Gulf states". Tokens [<see cref="First"/>, <see cref="End"/>) of the sentence; <see cref="Sector"/> is null when the
/// phrase names states rather than their governments or armed forces.</summary>
/// <param name="First">Index of the phrase's first token ("the", "all" or "both") within the sentence.</param>
/// <param name="End">Index after the head noun.</param>
/// <param name="Count">How many parties the phrase counts.</param>
/// <param name="Sector">Sector of the members ("GOV" for leaders and governments, "MIL" for armies), or null.</param>
public readonly record struct NumberedCollective(int First, int End, int Count, string? Sector)
{
    /// <summary>The rule's name in an event's evidence.</summary>
    public const string RuleId = "rule:numbered-collective";

    // Heads that count states (the sector is the phrase's, if a modifier gives one) ...
    private static readonly string[] StateHeads =
    [
        "countries", "nations", "states", "neighbours", "neighbors", "rivals", "foes", "adversaries", "enemies", "allies", "partners",
        "powers", "superpowers", "republics", "capitals", "economies", "signatories", "sides", "belligerents",
    ];

    // ... their governments and leaders, one per state ("the three presidents"; not "ministers", of whom a government has many) ...
    private static readonly string[] GovernmentHeads =
        ["governments", "leaders", "presidents", "premiers", "administrations", "regimes", "delegations", "chancellors", "rulers"];

    // ... or their armed forces.
    private static readonly string[] MilitaryHeads = ["militaries", "armies", "juntas", "navies"];

    // "political parties" are not states, "the two men" are people and "the two opposing forces" are whoever fights: none is a
    // head. These words end the modifiers ("both our governments" is the speaker's).
    private static readonly string[] NotModifiers =
    [
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "from", "by", "who", "which", "that", "were", "was", "are",
        "is", "have", "has", "had", "will", "would", "the", "a", "an", "their", "its", "our", "your", "his", "her", "my", "these",
        "those", "such", "only", "other",
    ];

    private static readonly string[] Numbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private const int MaxModifiers = 3;

    /// <summary>The counted phrase that starts at token <paramref name="t"/> of <paramref name="tokens"/>, if any.</summary>
    public static bool TryMatch(ReadOnlySpan<Token> tokens, string text, int t, out NumberedCollective match)
    {
        match = default;
        var first = tokens[t].Span(text);
        int count, k;
        if (first.Equals("both", StringComparison.OrdinalIgnoreCase))
        {
            count = 2;
            k = t + 1;
        }
        else if ((first.Equals("the", StringComparison.OrdinalIgnoreCase) || first.Equals("all", StringComparison.OrdinalIgnoreCase)) && t + 1 < tokens.Length &&
                 Number(tokens[t + 1].Span(text)) is > 1 and var n)
        {
            count = n;
            k = t + 2;
        }
        else
        {
            return false;
        }

        string? modifierSector = null;
        for (var modifiers = 0; k < tokens.Length; k++, modifiers++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word) return false;
            var word = token.Span(text);
            if (Head(word, out var sector))
            {
                // "the three military governments", "the two military leaders": the modifier says they are the armed forces.
                match = new NumberedCollective(t, k + 1, count, sector == "GOV" && modifierSector is not null ? modifierSector : sector ?? modifierSector);
                return true;
            }

            if (modifiers == MaxModifiers || WordList.Contains(word, NotModifiers) || Number(word) > 0 || word.EndsWith("'s", StringComparison.Ordinal)) return false;
            if (word.Equals("military", StringComparison.OrdinalIgnoreCase)) modifierSector = "MIL";
        }

        return false;
    }

    private static bool Head(ReadOnlySpan<char> word, out string? sector)
    {
        sector = null;
        if (WordList.Contains(word, StateHeads)) return true;
        if (WordList.Contains(word, GovernmentHeads))
        {
            sector = "GOV";
            return true;
        }

        if (WordList.Contains(word, MilitaryHeads))
        {
            sector = "MIL";
            return true;
        }

        return false;
    }

    private static int Number(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < Numbers.Length; i++)
        {
            if (word.Equals(Numbers[i], StringComparison.OrdinalIgnoreCase)) return i + 2;
        }

        return word.Length is 1 or 2 && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 10 ? n : 0;
    }
}

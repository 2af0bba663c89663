using Entente.Model;

namespace Entente.Coding;

/// <summary>"A man stabbed three people at a station in Hamburg", "A teenager shot two pupils in Ohio": an attacker named only
/// as an indefinite person opening the sentence is unidentified, and keyed to the country where the attack happened
/// (dev-README: unidentified gunmen are keyed to the country where they act; a knife or gun attack by an individual is 180).</summary>
internal static class LoneAttacker
{
    private static readonly string[] People =
    [
        "man", "woman", "teenager", "youth", "boy", "girl", "attacker", "assailant", "knifeman", "suspect", "student", "pupil",
        "driver", "soldier", "policeman", "officer", "gunman", "shooter", "individual", "person", "intruder",
    ];

    private const int MaxModifiers = 3;

    /// <summary>Whether the words before the trigger starting at <paramref name="first"/> (a sentence index) are nothing but
    /// "a|an", at most <see cref="MaxModifiers"/> lower-case modifiers and a person noun.</summary>
    public static bool Opens(SentenceView view, int first)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (first < 2 || first > MaxModifiers + 2 || !(view.Is(0, "a") || view.Is(0, "an"))) return false;
        if (!IsPerson(view.Word(first - 1))) return false;
        for (var k = 1; k < first - 1; k++)
        {
            var w = view.Word(k);
            if (view.MentionAt[k] >= 0 || w.Length == 0 || !char.IsLower(w[0]) || view.Tokens[k].Kind != TokenKind.Word) return false;
        }

        return true;
    }

    private static bool IsPerson(ReadOnlySpan<char> word)
    {
        foreach (var p in People)
        {
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}

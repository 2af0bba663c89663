namespace Entente.Coding;

/// <summary>"Donald Trump survived an assassination attempt at a rally", "Fico escaped an attempt on his life": the subject
/// of "survived/escaped" is the one attacked, not the attacker the noun pattern would make of it.</summary>
internal static class SurvivedAttempt
{
    // Words between the verb and the noun trigger at most: "survived an apparent", "escaped a failed".
    private const int Reach = 3;

    /// <summary>Whether an attack noun match (root 18) starting at <paramref name="first"/> (a sentence index) is the object of
    /// a form of "survive" or "escape" at most <see cref="Reach"/> lower-case words before it.</summary>
    public static bool Holds(SentenceView view, PatternMatch match, int first)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (match.Pattern.Kind != TriggerKind.Noun || !match.Pattern.Cameo.StartsWith("18", StringComparison.Ordinal)) return false;
        for (var k = first - 1; k >= 0 && first - k <= Reach + 1; k--)
        {
            var w = view.Word(k);
            if (IsSurviving(w)) return true;
            if (view.MentionAt[k] >= 0 || w.Length == 0 || !char.IsLower(w[0])) return false;
        }

        return false;
    }

    private static bool IsSurviving(ReadOnlySpan<char> w) =>
        w is "survived" or "survives" or "survive" or "surviving" or "escaped" or "escapes" or "escape" or "escaping";
}

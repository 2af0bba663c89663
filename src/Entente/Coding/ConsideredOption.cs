using Entente.Text;

namespace Entente.Coding;

/// <summary>"Saudi Arabia is considering normalising ties with Israel", "Poland is contemplating closing its border", "the
/// government is weighing whether to send troops": an act that an actor is considering is a policy option under review
/// (CAMEO 014, asserted: the considering happens), not the act itself. dev-README codes "weighing/considering" sanctions
/// as 014; the same holds for any act so governed.</summary>
internal static class ConsideredOption
{
    /// <summary>CAMEO "Consider policy option".</summary>
    public const string Code = "014";

    /// <summary>Whether the verb trigger starting at <paramref name="first"/> (sentence-local) is the "-ing" or "whether to"
    /// complement of a considering verb ("considering sending", "mulling seriously imposing", "weighing whether to expel"),
    /// no earlier than <paramref name="clauseStart"/>.</summary>
    public static bool Governs(SentenceView view, int first, int clauseStart)
    {
        if (first < 1 || first >= view.Count) return false;
        var k = first - 1;
        if (view.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            // "considering seriously sending": one adverb may stand between.
            if (k > clauseStart && view.Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase)) k--;
        }
        else if (k >= 2 && view.Is(k, "to") && view.Is(k - 1, "whether"))
        {
            k -= 2;
        }
        else
        {
            return false;
        }

        return k >= clauseStart && IsConsidering(view.Word(k));
    }

    private static bool IsConsidering(ReadOnlySpan<char> w) =>
        (StartsWith(w, "consider") && !StartsWith(w, "considerabl")) || StartsWith(w, "contemplat") || StartsWith(w, "mull") || StartsWith(w, "ponder") ||
        WordList.Contains(w, ["weigh", "weighs", "weighed", "weighing", "mooted", "mooting"]);

    private static bool StartsWith(ReadOnlySpan<char> w, string stem) => w.StartsWith(stem, StringComparison.OrdinalIgnoreCase);
}

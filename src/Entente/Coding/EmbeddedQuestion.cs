namespace Entente.Coding;

/// <summary>"declined to comment on whether Turkey would fight Syrian government forces", "it is unclear whether the talks
/// will resume": an act inside a clause opened by "whether" is asked about, not stated (neither done, planned nor
/// conditioned), so it is no event. "whether or not" and "regardless of whether" open such a clause too. "weighing whether to
/// send troops" is an option weighed (014, <see cref="ConsideredOption"/>), not a question: "whether to" is left alone.</summary>
internal static class EmbeddedQuestion
{
    /// <summary>Whether the word at <paramref name="first"/> stands in a clause opened by "whether".</summary>
    public static bool Holds(SentenceView view, int first)
    {
        for (var k = first - 1; k >= 0; k--)
        {
            if (view.Is(k, "whether")) return !view.Is(k + 1, "to");
            // "Asked whether Ankara would mediate, the spokesman declined to comment": a comma may close the question.
            if (view.Clause[k] != view.Clause[first] || view.Word(k) is "," or ";" or ":") return false;
        }

        return false;
    }
}

using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Pakistan skipped the summit in Moscow", "India stayed away from the talks": a verb of not attending that
/// heads an attendance trigger says the meeting was not attended, which dev-README codes like "did not attend" (the
/// attendance code, negated).</summary>
internal static class SkippedAttendance
{
    /// <summary>The word that says the meeting was not attended when the trigger starts at <paramref name="first"/>
    /// (sentence-local) with "skip" or "stay away (from)", else null.</summary>
    public static string? Cue(string text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first < 0 || first >= tokens.Length) return null;
        var w = tokens[first].Span(text);
        if (WordList.Contains(w, ["skip", "skips", "skipped", "skipping"])) return w.ToString();
        return WordList.Contains(w, ["stay", "stays", "stayed", "staying"]) && first + 1 < tokens.Length &&
               tokens[first + 1].Span(text).Equals("away", StringComparison.OrdinalIgnoreCase)
            ? w.ToString()
            : null;
    }
}

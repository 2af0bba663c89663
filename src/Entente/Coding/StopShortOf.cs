using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"China stopped short of condemning Russia", "fell short of recognising Kosovo", "avoided blaming Syria",
/// "refrained from criticising Moscow", "delayed ratifying Sweden's membership": the "-ing" act after these is a verb with
/// the clause's subject, and it did not happen (negated, the act's own code).</summary>
internal static class StopShortOf
{
    /// <summary>Whether the token at <paramref name="first"/> (sentence-local) comes right after "stop/fall short of",
    /// "avoid", "delay/postpone/defer" or "refrain from".</summary>
    public static bool IsBefore(string text, ReadOnlySpan<Token> tokens, int first) => CueIndex(text, tokens, first) >= 0;

    /// <summary>The index of the word that negates the act at <paramref name="first"/> ("short", "avoided", "refrained"), or -1.</summary>
    public static int CueIndex(string text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first < 1 || first >= tokens.Length) return -1;
        var before = tokens[first - 1].Span(text);
        if (before.StartsWith("avoid", StringComparison.OrdinalIgnoreCase) || IsPutOff(before)) return first - 1;
        if (first < 2 || !before.Equals("from", StringComparison.OrdinalIgnoreCase)) return ShortOf(text, tokens, first);
        return tokens[first - 2].Span(text).StartsWith("refrain", StringComparison.OrdinalIgnoreCase) ? first - 2 : -1;
    }

    // "Turkey delayed ratifying Sweden's membership", "postponed signing the deal": put off, so not done (yet).
    private static bool IsPutOff(ReadOnlySpan<char> w) =>
        w.StartsWith("postpon", StringComparison.OrdinalIgnoreCase) || WordList.Contains(w, ["delayed", "delays", "delaying", "deferred", "defers", "deferring"]);

    private static int ShortOf(string text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first < 3) return -1;
        if (!tokens[first - 1].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase) ||
            !tokens[first - 2].Span(text).Equals("short", StringComparison.OrdinalIgnoreCase))
            return -1;
        var verb = tokens[first - 3].Span(text);
        return verb.StartsWith("stop", StringComparison.OrdinalIgnoreCase) || verb.Equals("fell", StringComparison.OrdinalIgnoreCase) ||
               verb.StartsWith("fall", StringComparison.OrdinalIgnoreCase)
            ? first - 2
            : -1;
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>"China stopped short of condemning Russia", "fell short of recognising Kosovo": the "-ing" act after "stop/fall
/// short of" is a verb with the clause's subject, and it did not happen (negated, the act's own code).</summary>
internal static class StopShortOf
{
    /// <summary>Whether the token at <paramref name="first"/> (sentence-local) comes right after "stop/fall short of".</summary>
    public static bool IsBefore(string text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first < 3) return false;
        if (!tokens[first - 1].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase) ||
            !tokens[first - 2].Span(text).Equals("short", StringComparison.OrdinalIgnoreCase))
            return false;
        var verb = tokens[first - 3].Span(text);
        return verb.StartsWith("stop", StringComparison.OrdinalIgnoreCase) || verb.Equals("fell", StringComparison.OrdinalIgnoreCase) ||
               verb.StartsWith("fall", StringComparison.OrdinalIgnoreCase);
    }
}

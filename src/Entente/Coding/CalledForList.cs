using Entente.Model;

namespace Entente.Coding;

/// <summary>"Tisdall calls for bigger munitions, disarming the government side, and attacking Iranian bases": "-ing" forms listed
/// after "call for", "push for", "press for" or "argue for" are acts wanted, named as nouns, not acts done by the subject.</summary>
internal static class CalledForList
{
    private const int Reach = 24;

    /// <summary>Whether the "-ing" word at <paramref name="first"/> (sentence-local) follows a comma or "and"/"or" in a list that
    /// an asking verb's "for" opened, with no full stop, semicolon, colon or quotation between.</summary>
    public static bool Holds(string text, ReadOnlySpan<Token> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (first < 3 || first >= tokens.Length || !tokens[first].Span(text).EndsWith("ing", StringComparison.Ordinal)) return false;
        // The list's last member after ", and" ("..., and attacking"), or a middle one that such a member follows; a lone
        // comma participle ("called for talks, accusing Ukraine of sabotage") is the subject's own act.
        var before = tokens[first - 1].Span(text);
        var last = IsCoordinator(before) && tokens[first - 2].Span(text) is ",";
        if (!last && !(before is "," && ClosingMemberAfter(text, tokens, first + 1))) return false;
        for (var k = first - 2; k >= 1 && k >= first - Reach; k--)
        {
            var w = tokens[k].Span(text);
            if (w is "." or ";" or ":" or "\"" or "“" or "”") return false;
            if (!w.Equals("for", StringComparison.OrdinalIgnoreCase)) continue;
            // "calls for heavier weapons for the rebel side, ...": a "for" inside the list is passed over.
            var verb = tokens[k - 1].Span(text);
            if (verb.StartsWith("call", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("push", StringComparison.OrdinalIgnoreCase) ||
                   verb.StartsWith("press", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("argu", StringComparison.OrdinalIgnoreCase) ||
                   verb.StartsWith("lobb", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("appeal", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private static bool IsCoordinator(ReadOnlySpan<char> w) =>
        w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether ", and" or ", or" and an "-ing" word follow from <paramref name="from"/> before any full stop or semicolon.</summary>
    private static bool ClosingMemberAfter(string text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var k = from; k + 2 < tokens.Length && k < from + Reach; k++)
        {
            var w = tokens[k].Span(text);
            if (w is "." or ";" or ":") return false;
            if (w is "," && IsCoordinator(tokens[k + 1].Span(text)) && tokens[k + 2].Span(text).EndsWith("ing", StringComparison.Ordinal)) return true;
        }

        return false;
    }
}

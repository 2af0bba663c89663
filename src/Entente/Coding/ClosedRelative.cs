namespace Entente.Coding;

/// <summary>"Israel, which took the plateau from Syria in 1967, put troops on alert": a comma-set relative clause between a
/// subject and its verb tells what the subject did once; the states it names lend nothing to agents after it.</summary>
internal static class ClosedRelative
{
    private const int Reach = 240;
    private static readonly string[] Openers = [", which ", ", who ", ", whose "];
    private static readonly string[] Followers = ["where ", "which ", "who ", "whose "];

    /// <summary>Whether the text at <paramref name="start"/> lies in a comma-set relative clause (", which ... ,") whose closing
    /// comma comes before <paramref name="before"/>.</summary>
    public static bool Encloses(string text, int start, int before)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start <= 0 || before <= start || before > text.Length) return false;
        var from = Math.Max(0, start - Reach);
        var window = text.AsSpan(from, start - from);
        // Most windows hold no ", w" at all: two vectorised ordinal scans answer before the case-insensitive searches.
        if (window.IndexOf(", w", StringComparison.Ordinal) < 0 && window.IndexOf(", W", StringComparison.Ordinal) < 0) return false;
        var open = -1;
        for (var i = 0; i < Openers.Length; i++)
        {
            var at = window.LastIndexOf(Openers[i], StringComparison.OrdinalIgnoreCase);
            if (at > open) open = at;
        }

        // The clause runs from its opener to the next comma with no other comma, semicolon or full stop in front of the mention.
        if (open < 0 || window[(open + 1)..].IndexOfAny(",;.") >= 0) return false;
        var close = text.AsSpan(start, before - start).IndexOfAny(",;.");
        if (close < 0 || text[start + close] != ',') return false;
        // "... in Syria, where Kurdish-led forces have battled Isis": a second relative clause goes on about the place it names.
        var after = text.AsSpan(start + close + 1).TrimStart();
        for (var i = 0; i < Followers.Length; i++)
        {
            if (after.StartsWith(Followers[i], StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }
}

namespace Entente.Evaluation;

/// <summary>Checks that a Penn Treebank parse supplied with a PETRARCH validation record is well formed. Entente never
/// codes from these parses; like PETRARCH's own reader it rejects a record whose input is malformed
/// (<c>error="bad_input_parse"</c>) instead of coding it as if nothing were wrong.</summary>
public static class TreebankCheck
{
    /// <summary>Why <paramref name="parse"/> is malformed (brackets that never close or close too often), or null when it
    /// is balanced or absent.</summary>
    public static string? Problem(string? parse)
    {
        if (string.IsNullOrWhiteSpace(parse)) return null;
        var depth = 0;
        var opened = 0;
        var closed = 0;
        foreach (var c in parse)
        {
            if (c == '(') { depth++; opened++; }
            else if (c == ')')
            {
                closed++;
                if (--depth < 0) return $"its Treebank parse closes a bracket that was never opened ({opened} '(' and {closed} ')' so far)";
            }
        }

        return depth == 0 ? null : $"its Treebank parse leaves {depth} bracket(s) open ({opened} '(' and {closed} ')')";
    }
}

namespace Entente.Model;

/// <summary>What a token is made of, decided by the segmenter from its characters.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (may contain inner apostrophes, hyphens or periods: "U.S.", "al-Shabaab", "Lt.").</summary>
    Word,
    /// <summary>Digits, possibly with separators or a decimal point ("1,200", "3.5", "2017").</summary>
    Number,
    /// <summary>Punctuation, one mark per token (quotes, commas, brackets, dashes, full stops).</summary>
    Punctuation,
    /// <summary>Anything else (symbols such as "$", "%", "&amp;").</summary>
    Symbol,
}

/// <summary>A token: a range of the document text and its kind. The text is read through the range.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);
}

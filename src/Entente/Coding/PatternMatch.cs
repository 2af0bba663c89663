namespace Entente.Coding;

/// <summary>A pattern found in a sentence: its token span (document-wide token indices) and head token.</summary>
public readonly record struct PatternMatch(EventPattern Pattern, int FirstToken, int LastToken, int HeadToken);

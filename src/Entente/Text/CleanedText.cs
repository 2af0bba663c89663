using Entente.Model;

namespace Entente.Text;

/// <summary>The cleaner's verdict: the ranges of the text that are article prose, and the lines dropped with why.</summary>
public sealed record CleanedText(IReadOnlyList<TextRange> Kept, IReadOnlyList<RemovedLine> Removed);

/// <summary>A line the cleaner dropped, and the rule that dropped it.</summary>
public sealed record RemovedLine(TextRange Range, string Reason);

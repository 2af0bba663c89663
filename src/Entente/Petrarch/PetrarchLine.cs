namespace Entente.Petrarch;

/// <summary>One content line of a PETRARCH/TABARI file: comments removed, trimmed, with its 1-based line number.</summary>
/// <param name="Number">1-based line number in the file.</param>
/// <param name="Text">The line without comments, trimmed; never empty.</param>
internal readonly record struct PetrarchLine(int Number, string Text);

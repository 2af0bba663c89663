namespace Entente.Petrarch;

/// <summary>One discard phrase: its words (lowercase), whether it discards the whole story, and where it was defined.</summary>
/// <param name="Words">The phrase's words, lowercase.</param>
/// <param name="StoryLevel">True for a story-level discard (<c>+</c> in the file): the whole document is skipped.</param>
/// <param name="File">File name.</param>
/// <param name="Line">1-based line number.</param>
public sealed record DiscardPhrase(IReadOnlyList<string> Words, bool StoryLevel, string File, int Line)
{
    /// <summary>The words joined by spaces.</summary>
    public string Text => string.Join(' ', Words);
}

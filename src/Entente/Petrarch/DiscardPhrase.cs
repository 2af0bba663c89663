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

    /// <summary>The id of the native entry that defined the phrase (<c>discard:sports-football</c>), or null for a PETRARCH file.</summary>
    public string? Id { get; init; }

    /// <summary>Why text with this phrase is not political (the native entry's <c>note=</c>), or null.</summary>
    public string? Note { get; init; }

    /// <summary>A sentence the native entry must discard (its <c>example=</c>, checked by the tests), or null.</summary>
    public string? Example { get; init; }
}

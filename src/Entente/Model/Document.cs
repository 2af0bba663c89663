namespace Entente.Model;

/// <summary>One article as read: the text every offset in Entente points into.</summary>
/// <param name="Id">Stable identifier (from the input, else derived from the path and position).</param>
/// <param name="Date">Publication date, when known; relative dates in the text resolve against it.</param>
/// <param name="Title">Headline, when the input has one separately from <paramref name="Text"/>.</param>
/// <param name="Url">Where the article came from, when known.</param>
/// <param name="Source">Outlet or feed name, when known.</param>
/// <param name="Text">The article text after reading (and HTML extraction), before cleaning.</param>
public sealed record Document(
    string Id,
    DateOnly? Date,
    string? Title,
    string? Url,
    string? Source,
    string Text);

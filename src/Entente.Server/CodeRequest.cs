namespace Entente.Server;

/// <summary>The JSON body of <c>POST /api/code</c> (and one document of <c>POST /api/documents</c>), for the OpenAPI document.</summary>
/// <param name="Text">The article text (required).</param>
/// <param name="Date">Publication date, YYYY-MM-DD; relative dates in the text resolve against it.</param>
/// <param name="Id">Document id; default <c>api-</c> and the start of the text's content hash.</param>
/// <param name="Title">Headline.</param>
/// <param name="Url">Where the article came from.</param>
/// <param name="Source">Outlet or feed name.</param>
public sealed record CodeRequest(string Text, string? Date = null, string? Id = null, string? Title = null, string? Url = null, string? Source = null);

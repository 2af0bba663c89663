using System.Runtime.CompilerServices;
using Entente.Model;

namespace Entente.Text;

/// <summary>Reads a plain-text file as one document; a first line without final punctuation is also taken as its title.</summary>
public sealed class TextFileReader : IReader
{
    private const int MaxTitleLength = 300;
    private readonly Action<InputException>? _onRecoverableError;

    /// <summary>Creates the reader; <paramref name="onRecoverableError"/> receives skippable errors (null: they are thrown).</summary>
    public TextFileReader(Action<InputException>? onRecoverableError = null) => _onRecoverableError = onRecoverableError;

    /// <inheritdoc/>
    public async IAsyncEnumerable<Document> Read(Stream stream, SourceInfo source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        byte[] bytes = await Utf8Text.ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
        Document? document = null;
        try
        {
            document = FromText(Utf8Text.Decode(bytes, source.Path, 1), source);
        }
        catch (InputException e) when (e.Recoverable && _onRecoverableError is not null)
        {
            _onRecoverableError(e);
        }

        if (document is not null)
        {
            yield return document;
        }
    }

    /// <summary>Builds the document for already-decoded text; whitespace-only text is a recoverable error.</summary>
    internal static Document FromText(string text, SourceInfo source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(source.Path, null, "no text") { Recoverable = true };
        }

        return new Document(InputFields.IdFromPath(source.Path), source.DefaultDate, HeadlineOf(text), null, null, text);
    }

    /// <summary>The first non-empty line when it reads as a headline (no final punctuation), else null.</summary>
    internal static string? HeadlineOf(string text)
    {
        ReadOnlySpan<char> rest = text;
        while (!rest.IsEmpty)
        {
            int newline = rest.IndexOf('\n');
            ReadOnlySpan<char> line = (newline < 0 ? rest : rest[..newline]).Trim();
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            // A single-line file is the article itself, not a headline over it.
            if (rest.IsWhiteSpace() || line.Length > MaxTitleLength)
            {
                return null;
            }

            return line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '…' or '"' or '”' or '’' or '\''
                ? null
                : line.ToString();
        }

        return null;
    }
}

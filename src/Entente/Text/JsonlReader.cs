using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Entente.Model;

namespace Entente.Text;

/// <summary>Reads JSON Lines: one object a line with <c>id</c>, <c>date</c>, <c>text</c> and optional <c>title</c>, <c>url</c>, <c>source</c>.</summary>
/// <remarks>
/// A bad line (malformed JSON, no text, bad date, invalid UTF-8) is a recoverable <see cref="InputException"/> naming the
/// line: it goes to the callback and the line is skipped, or it is thrown when there is no callback.
/// A line without an id gets <c>name:line</c>, which is stable as long as the file is.
/// </remarks>
public sealed class JsonlReader : IReader
{
    private readonly Action<InputException>? _onRecoverableError;

    /// <summary>Creates the reader; <paramref name="onRecoverableError"/> receives skippable errors (null: they are thrown).</summary>
    public JsonlReader(Action<InputException>? onRecoverableError = null) => _onRecoverableError = onRecoverableError;

    /// <inheritdoc/>
    public async IAsyncEnumerable<Document> Read(Stream stream, SourceInfo source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        string stem = InputFields.IdFromPath(source.Path);
        using var lines = new Utf8LineReader(stream, source.Path);
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            ReadOnlyMemory<byte> line = lines.Line;
            if (Utf8Text.IsBlank(line.Span))
            {
                continue;
            }

            Document? document = null;
            try
            {
                document = ParseLine(line.Span, lines.LineNumber, source, stem);
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
    }

    /// <summary>Parses one line; every problem is a recoverable <see cref="InputException"/> naming the line.</summary>
    internal static Document ParseLine(ReadOnlySpan<byte> line, int lineNumber, SourceInfo source, string stem)
    {
        if (!Utf8.IsValid(line))
        {
            throw Bad(source, lineNumber, "invalid UTF-8");
        }

        string? id = null, text = null, title = null, url = null, outlet = null;
        DateOnly? date = source.DefaultDate;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Bad(source, lineNumber, "not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                Field field = FieldOf(ref reader);
                reader.Read();
                if (field == Field.Other || reader.TokenType == JsonTokenType.Null)
                {
                    reader.Skip();
                    continue;
                }

                string? value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => throw Bad(source, lineNumber, $"\"{NameOf(field)}\" must be a string"),
                };
                switch (field)
                {
                    case Field.Id: id = value; break;
                    case Field.Text: text = value; break;
                    case Field.Title: title = value; break;
                    case Field.Url: url = value; break;
                    case Field.Source: outlet = value; break;
                    case Field.Date:
                        if (string.IsNullOrWhiteSpace(value))
                        {
                            break;
                        }

                        date = InputFields.TryParseDate(value, out var parsed)
                            ? parsed
                            : throw Bad(source, lineNumber, $"unreadable date \"{Shorten(value)}\"");
                        break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                throw Bad(source, lineNumber, "more than one JSON value on the line");
            }
        }
        catch (JsonException e)
        {
            throw new InputException(source.Path, lineNumber, $"malformed JSON at byte {e.BytePositionInLine + 1}") { Recoverable = true };
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Bad(source, lineNumber, "no \"text\"");
        }

        id = string.IsNullOrWhiteSpace(id) ? $"{stem}:{lineNumber}" : id.Trim();
        return new Document(id, date, Blank(title), Blank(url), Blank(outlet), text);
    }

    private static Field FieldOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("text"u8)) return Field.Text;
        if (reader.ValueTextEquals("id"u8)) return Field.Id;
        if (reader.ValueTextEquals("date"u8)) return Field.Date;
        if (reader.ValueTextEquals("title"u8)) return Field.Title;
        if (reader.ValueTextEquals("url"u8)) return Field.Url;
        if (reader.ValueTextEquals("source"u8)) return Field.Source;
        return Field.Other;
    }

    private static string NameOf(Field field) => field.ToString().ToLowerInvariant();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static InputException Bad(SourceInfo source, int line, string reason) =>
        new(source.Path, line, reason) { Recoverable = true };

    private enum Field
    {
        Other,
        Id,
        Date,
        Text,
        Title,
        Url,
        Source,
    }
}

using System.Text.Json;
using Entente.Model;
using Entente.Store;

namespace Entente.Server;

/// <summary>Reads documents from a JSON body: one object, an array of objects, or JSON Lines (objects one after another).</summary>
/// <remarks>
/// Fields are those of the JSONL input (<c>id</c>, <c>text</c>, <c>date</c>, <c>title</c>, <c>url</c>, <c>source</c>); others are
/// ignored. Errors are recorded under the field's name, prefixed with <c>documents[i].</c> when the body may hold several.
/// A document without id gets <c>api-</c> and the start of its content hash, so posting the same text twice names it the same.
/// </remarks>
internal static class DocumentParser
{
    /// <summary>Every document of the body; errors go to <paramref name="errors"/> (the list is then incomplete).</summary>
    public static List<Document> Parse(ReadOnlySpan<byte> body, bool several, ApiErrors errors)
    {
        var documents = new List<Document>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip });
        var index = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.StartArray && several)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        Add(ref reader, index++, several, errors, documents, ids);
                    }

                    continue;
                }

                if (!several && index > 0)
                {
                    errors.Add("body", "more than one JSON value; send one object");
                    return documents;
                }

                Add(ref reader, index++, several, errors, documents, ids);
            }
        }
        catch (JsonException ex)
        {
            errors.Add("body", $"malformed JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}");
            return documents;
        }

        if (index == 0)
        {
            errors.Add(several ? "documents" : "text", "no document in the body");
        }

        return documents;
    }

    /// <summary>A document from plain text, with an id derived from the text when none is given.</summary>
    public static Document FromText(string text, string? id, DateOnly? date, string? title = null) =>
        new(id ?? DerivedId(text), date, title, null, null, text);

    private static void Add(ref Utf8JsonReader reader, int index, bool several, ApiErrors errors, List<Document> documents, Dictionary<string, int> ids)
    {
        var prefix = several ? $"documents[{index}]." : "";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            errors.Add(several ? $"documents[{index}]" : "body", "must be a JSON object with \"text\"");
            reader.Skip();
            return;
        }

        string? id = null, text = null, title = null, url = null, source = null, rawDate = null;
        var ok = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            var field = name.ToLowerInvariant();
            if (field is not ("id" or "text" or "date" or "title" or "url" or "source"))
            {
                reader.Skip();
                continue;
            }

            string? value;
            if (reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString();
            }
            else if (reader.TokenType == JsonTokenType.Number && field == "id")
            {
                value = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            }
            else
            {
                errors.Add(prefix + field, "must be a string");
                reader.Skip();
                ok = false;
                continue;
            }

            switch (field)
            {
                case "id": id = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); break;
                case "text": text = value; break;
                case "date": rawDate = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); break;
                case "title": title = value; break;
                case "url": url = value; break;
                default: source = value; break;
            }
        }

        DateOnly? date = null;
        if (rawDate is not null)
        {
            // An ISO date-time counts as its date, as it was written (no time-zone shift).
            var day = rawDate.Length > 10 && rawDate[10] is 'T' or 't' or ' ' ? rawDate[..10] : rawDate;
            if (QueryReader.TryParseDate(day, out var parsed))
            {
                date = parsed;
            }
            else
            {
                errors.Add(prefix + "date", $"not a date (YYYY-MM-DD): {QueryReader.Shorten(rawDate)}");
                ok = false;
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(prefix + "text", text is null ? "required" : "must not be blank");
            ok = false;
        }

        if (!ok)
        {
            return;
        }

        id ??= DerivedId(text!);
        // A repeated id in one request gets "#2", "#3" ..., as the CLI's readers do across inputs.
        if (ids.TryGetValue(id, out var seen))
        {
            ids[id] = seen + 1;
            id = $"{id}#{seen + 1}";
        }
        else
        {
            ids[id] = 1;
        }

        documents.Add(new Document(id, date, title, url, source, text!));
    }

    private static string DerivedId(string text) => "api-" + ContentHash.Of(text)[..12];
}

using System.Diagnostics;
using System.Text;
using System.Text.Unicode;
using Entente.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server;

/// <summary><c>POST /api/code</c>: the live coder; text in, events out, nothing stored.</summary>
internal static class CodeEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/code", CodeAsync)
            .WithName("Code")
            .WithTags("coding")
            .WithSummary("Code a text into events (nothing is stored).")
            .WithDescription(
                "Body: text/plain (the text; ?date=YYYY-MM-DD, ?id=, ?title= in the query) or application/json " +
                "{\"text\": \"...\", \"date\"?: \"YYYY-MM-DD\", \"id\"?: \"...\", \"title\"?: \"...\"}. Answer: {\"id\", \"date\", " +
                "\"sentences\", \"elapsedMs\", \"events\": [event record as `entente code --evidence` writes it, plus " +
                "highlights: {source, target, trigger, location} offsets relative to evidence.sentence]}. Record offsets index the posted text.")
            .Accepts<CodeRequest>(isOptional: true, "application/json", "text/plain")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> CodeAsync(HttpRequest request, ServerContext context)
    {
        var type = RequestBody.MediaType(request);
        var json = type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal);
        if (!json && type is not ("" or "text/plain"))
        {
            return ApiErrors.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported media type", $"send text/plain or application/json, not {type}");
        }

        var (body, problem) = await RequestBody.ReadAsync(request, context.Options.MaxRequestBytes).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ApiErrors();
        Document? document;
        if (json)
        {
            var documents = DocumentParser.Parse(body.Span, several: false, errors);
            document = documents.Count == 1 ? documents[0] : null;
        }
        else
        {
            var query = new QueryReader(request.Query, errors);
            var date = query.Date("date");
            if (!Utf8.IsValid(body.Span))
            {
                errors.Add("body", "not valid UTF-8");
            }

            var text = errors.Any ? "" : Encoding.UTF8.GetString(body.Span);
            if (!errors.Any && string.IsNullOrWhiteSpace(text))
            {
                errors.Add("text", "required: the body is empty");
            }

            document = errors.Any ? null : DocumentParser.FromText(text, query.String("id"), date, query.String("title"));
        }

        if (errors.Any || document is null)
        {
            return errors.ToResult();
        }

        var started = Stopwatch.GetTimestamp();
        var coded = context.Engine.Code(document);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new JsonBody(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", document.Id);
            if (document.Date is { } d)
            {
                w.WriteString("date", QueryReader.Iso(d));
            }
            else
            {
                w.WriteNull("date");
            }

            w.WriteNumber("sentences", coded.Segmented.Sentences.Count);
            w.WriteNumber("elapsedMs", Math.Round(elapsed.TotalMilliseconds, 3));
            w.WriteStartArray("events");
            var view = new EventView();
            var sentences = coded.Segmented.Sentences;
            foreach (var e in coded.Events)
            {
                var known = e.Sentence >= 0 && e.Sentence < sentences.Count;
                var s = known ? sentences[e.Sentence] : default;
                view.Write(w, e, known ? document.Text.AsSpan(s.Start, s.End - s.Start) : default, known ? s.Start : 0, known ? s.End : 0, known);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}

using System.Diagnostics;
using System.Runtime.CompilerServices;
using Entente.Model;
using Entente.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server;

/// <summary><c>POST /api/documents</c>: code documents and store them, as <c>entente ingest</c> does (skip known texts, write in batches, cluster).</summary>
internal static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/documents", IngestAsync)
            .WithName("IngestDocuments")
            .WithTags("store")
            .WithSummary("Code documents and store them; texts already stored are skipped.")
            .WithDescription(
                "Body: one JSON document {\"text\", \"id\"?, \"date\"?, \"title\"?, \"url\"?, \"source\"?}, an array of them, or JSON Lines " +
                "(application/json, application/x-ndjson or application/jsonl). Answer: {\"received\", \"documents\" (stored), \"skipped\" " +
                "(already stored or repeated), \"errors\", \"sentences\", \"events\", \"clustered\", \"elapsedMs\"}.")
            .Accepts<CodeRequest[]>(isOptional: true, "application/json", "application/x-ndjson", "application/jsonl")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> IngestAsync(HttpRequest request, ServerContext context, CancellationToken ct)
    {
        var type = RequestBody.MediaType(request);
        if (type is not ("application/json" or "application/x-ndjson" or "application/jsonl" or "application/jsonlines" or "") && !type.EndsWith("+json", StringComparison.Ordinal))
        {
            return ApiErrors.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported media type", $"send application/json or application/x-ndjson, not {type}");
        }

        var (body, problem) = await RequestBody.ReadAsync(request, context.Options.MaxRequestBytes).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new ApiErrors();
        var documents = DocumentParser.Parse(body.Span, several: true, errors);
        if (errors.Any)
        {
            // All or nothing: a batch with a bad document is refused whole, so that a retry after fixing it cannot half-double.
            return errors.ToResult();
        }

        var started = Stopwatch.GetTimestamp();
        await context.IngestGate.WaitAsync(ct).ConfigureAwait(false);
        IngestProgress totals;
        ClusterSummary? clustering = null;
        var known = 0;
        try
        {
            // As `entente ingest`: texts already stored are skipped before they cost any coding.
            var fresh = new List<Document>(documents.Count);
            foreach (var document in documents)
            {
                if (await context.Ingest.IsKnownAsync(document, ct).ConfigureAwait(false))
                {
                    known++;
                }
                else
                {
                    fresh.Add(document);
                }
            }

            totals = await context.Ingest.RunAsync(CodeAll(fresh, context), cancellationToken: ct).ConfigureAwait(false);
            if (totals.Events > 0)
            {
                clustering = await new EventClusterer(context.Store).RunAsync(incremental: true, ct).ConfigureAwait(false);
            }
        }
        finally
        {
            context.IngestGate.Release();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new JsonBody(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("received", documents.Count);
            w.WriteNumber("documents", totals.Documents);
            w.WriteNumber("skipped", totals.Skipped + known);
            w.WriteNumber("errors", totals.Errors);
            w.WriteNumber("sentences", totals.Sentences);
            w.WriteNumber("events", totals.Events);
            w.WriteNumber("clustered", clustering?.Events ?? 0);
            w.WriteNumber("elapsedMs", Math.Round(elapsed.TotalMilliseconds, 3));
            w.WriteEndObject();
        });
    }

    /// <summary>Codes lazily, one document at a time, so the writer's batches follow the input order as in <c>entente ingest</c>.</summary>
    private static async IAsyncEnumerable<CodedDocument> CodeAll(List<Document> documents, ServerContext context, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var document in documents)
        {
            ct.ThrowIfCancellationRequested();
            yield return context.Engine.Code(document);
            await Task.CompletedTask.ConfigureAwait(false);
        }
    }
}

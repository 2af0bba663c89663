using Entente.Model;
using Entente.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server;

/// <summary><c>GET /api/events</c>: stored events matching the filters of <c>entente query</c>, a page at a time, each with its sentence.</summary>
internal static class EventEndpoints
{
    private static readonly string[] Known =
        ["actor", "source", "target", "country", "sector", "code", "root", "quad", "modality", "from", "to", "text", "page", "pageSize", "offset", "limit"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/events", QueryAsync)
            .WithName("QueryEvents")
            .WithTags("store")
            .WithSummary("Stored events matching every given filter, ordered by date then id, paged.")
            .WithDescription(
                "Filters as `entente query`: actor (key or code, as source or target), source, target (one side only), country, sector, code (CAMEO prefix), root (two digits), " +
                "quad (1-4), modality (asserted|negated|future|hypothetical), from/to (YYYY-MM-DD, inclusive), text (in sentence or trigger). " +
                "Paging: offset/limit or page (from 1)/pageSize; the size is at most the server's MaxPageSize. Answer: {\"total\", \"offset\", " +
                "\"limit\", \"events\": [event record + evidence, highlights (offsets relative to evidence.sentence), event_no, cluster_id, document]}.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();

    private static async Task<IResult> QueryAsync(HttpRequest request, ServerContext context, CancellationToken ct)
    {
        var q = new QueryReader(request.Query, new ApiErrors());
        q.RejectUnknown(Known);
        var filter = ReadFilter(q);
        var (offset, limit) = Paging.Read(q, context.Options);
        if (q.Errors.Any || filter is null)
        {
            return q.Errors.ToResult();
        }

        var page = await new Analytics(context.Store).QueryAsync(filter with { Offset = offset, Limit = limit }, ct).ConfigureAwait(false);
        var contexts = await StoreQueries.ContextsAsync(context.Store, page.Events, ct).ConfigureAwait(false);
        return new JsonBody(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("total", page.Total);
            w.WriteNumber("offset", page.Offset);
            w.WriteNumber("limit", page.Limit);
            w.WriteStartArray("events");
            var view = new EventView();
            for (var i = 0; i < page.Events.Count; i++)
            {
                var c = contexts[i];
                var has = c?.SentenceText is not null;
                view.Write(w, page.Events[i], has ? c!.SentenceText : default, c?.SentenceStart ?? 0, c?.SentenceEnd ?? 0, has, c);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The filter of the query string, as <c>entente query</c> builds it from its options; null when a value is bad.</summary>
    internal static EventFilter? ReadFilter(QueryReader q)
    {
        var code = q.String("code");
        var root = q.String("root");
        if (code is not null && (code.Length > 4 || !AllDigits(code)))
        {
            q.Errors.Add("code", $"must be CAMEO digits (04, 043), got {QueryReader.Shorten(code)}");
        }

        if (root is not null && (root.Length != 2 || !AllDigits(root)))
        {
            q.Errors.Add("root", $"must be a two-digit CAMEO root (01 to 20), got {QueryReader.Shorten(root)}");
        }
        else if (root is not null && code is not null && !code.StartsWith(root, StringComparison.Ordinal))
        {
            q.Errors.Add("code", $"{code} is not under root {root}");
        }

        var quad = q.Has("quad") ? q.Int("quad", 0, 1, 4) : (int?)null;
        var modality = q.OneOf("modality", null, "asserted", "negated", "future", "hypothetical");
        var from = q.Date("from");
        var to = q.Date("to");
        q.CheckRange(from, to);
        if (q.Errors.Any)
        {
            return null;
        }

        return new EventFilter
        {
            Actor = Upper(q.String("actor")),
            Source = Upper(q.String("source")),
            Target = Upper(q.String("target")),
            Country = Upper(q.String("country")),
            Sector = Upper(q.String("sector")),
            Code = code ?? root,
            Quad = quad,
            Modality = modality is null ? null : StoreNames.ParseModality(modality),
            From = from,
            To = to,
            Text = q.String("text"),
        };
    }

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    // Codes are stored upper-case; "pak" means PAK, as on the command line.
    private static string? Upper(string? value) => value?.ToUpperInvariant();
}

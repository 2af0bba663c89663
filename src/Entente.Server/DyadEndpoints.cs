using System.Text.Json;
using Entente.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server;

/// <summary><c>GET /api/dyads/{a}/{b}</c>: the dyad series of <c>entente dyad A B --json</c>.</summary>
internal static class DyadEndpoints
{
    private static readonly string[] Known = ["by", "from", "to", "allReports"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/dyads/{a}/{b}", SeriesAsync)
            .WithName("DyadSeries")
            .WithTags("analytics")
            .WithSummary("Events between two actor keys per period: quad classes, Goldstein, PLOVER contexts (domains), CAMEO roots.")
            .WithDescription(
                "?by=month|week|year (default month), from/to (YYYY-MM-DD), allReports=true to count every report instead of each happening once. " +
                "Asserted events only. Answer as `entente dyad --json`: {\"a\", \"b\", \"by\", \"from\", \"to\", \"counting\", \"names\", \"periods\": [{\"period\", " +
                "\"direction\" (a_to_b|b_to_a|combined), \"events\", \"verbal_cooperation\", \"material_cooperation\", \"verbal_conflict\", " +
                "\"material_conflict\", \"goldstein_sum\", \"goldstein_mean\", \"contexts\", \"cameo_roots\"}]}. 404 when an actor key has no " +
                "event in the store; 200 with empty periods (and a note) when both exist but never met in the range.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> SeriesAsync(string a, string b, HttpRequest request, ServerContext context, CancellationToken ct)
    {
        var q = new QueryReader(request.Query, new ApiErrors());
        q.RejectUnknown(Known);
        var by = q.OneOf("by", "month", "month", "week", "year")!;
        var from = q.Date("from");
        var to = q.Date("to");
        q.CheckRange(from, to);
        var allReports = q.Bool("allReports", false);
        var actorA = a.Trim().ToUpperInvariant();
        var actorB = b.Trim().ToUpperInvariant();
        if (actorA.Length == 0)
        {
            q.Errors.Add("a", "required");
        }

        if (actorB.Length == 0)
        {
            q.Errors.Add("b", "required");
        }

        if (q.Errors.Any)
        {
            return q.Errors.ToResult();
        }

        foreach (var (field, key) in new[] { ("a", actorA), ("b", actorB) })
        {
            if (!await StoreQueries.HasActorAsync(context.Store, key, ct).ConfigureAwait(false))
            {
                return ApiErrors.Problem(StatusCodes.Status404NotFound, "unknown actor", $"{field}: no event in the store has actor key {QueryReader.Shorten(key)}");
            }
        }

        var unit = by switch
        {
            "week" => PeriodUnit.Week,
            "year" => PeriodUnit.Year,
            _ => PeriodUnit.Month,
        };
        var series = await new Analytics(context.Store).DyadSeriesAsync(actorA, actorB, unit, from, to, !allReports, assertedOnly: true, ct).ConfigureAwait(false);
        return new JsonBody(w =>
        {
            w.WriteStartObject();
            w.WriteString("a", actorA);
            w.WriteString("b", actorB);
            w.WriteString("by", by);
            Json.Date(w, "from", from);
            Json.Date(w, "to", to);
            w.WriteString("counting", allReports ? "reports" : "happenings");
            w.WriteStartObject("names");
            Json.Nullable(w, actorA, context.Names.Of(actorA));
            if (actorB != actorA)
            {
                Json.Nullable(w, actorB, context.Names.Of(actorB));
            }

            w.WriteEndObject();
            if (series.Count == 0)
            {
                w.WriteString("note", $"no asserted events between {actorA} and {actorB}{(from is null && to is null ? "" : " in the range")}");
            }
            else
            {
                w.WriteNull("note");
            }

            w.WriteStartArray("periods");
            foreach (var p in series)
            {
                AnalyticsJson.WritePeriod(w, p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}

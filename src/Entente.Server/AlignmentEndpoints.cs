using System.Text.Json;
using Entente.Model;
using Entente.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server;

/// <summary><c>GET /api/alignment</c>: the matrix, partnerships, rivalries and trend of <c>entente alignment --json</c>, plus nodes and edges for a network view.</summary>
internal static class AlignmentEndpoints
{
    private static readonly string[] Known = ["from", "to", "minEvents", "top", "actors", "allReports", "trend"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/alignment", AlignmentAsync)
            .WithName("Alignment")
            .WithTags("analytics")
            .WithSummary("Actor-by-actor net cooperation, strongest partnerships and rivalries, the pairs that warmed or cooled most, and a network.")
            .WithDescription(
                "from/to (YYYY-MM-DD), minEvents (default 3), top (default 10), actors (matrix size, default 10), allReports=true, " +
                "trend=none | FROM1..TO1,FROM2..TO2 (default: the two halves of the events' span). Answer as `entente alignment --json` " +
                "{\"from\", \"to\", \"counting\", \"min_events\", \"matrix_actors\", \"matrix\" (rows of net cooperation or null), \"pairs\", " +
                "\"partnerships\", \"rivalries\", \"trend\"} plus \"nodes\": [{\"key\", \"name\", \"events\"}] and \"edges\": [{\"a\", \"b\", " +
                "\"volume\", \"net_cooperation\", \"goldstein_mean\", \"cooperation\", \"conflict\"}].")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();

    private static async Task<IResult> AlignmentAsync(HttpRequest request, ServerContext context, CancellationToken ct)
    {
        var q = new QueryReader(request.Query, new ApiErrors());
        q.RejectUnknown(Known);
        var from = q.Date("from");
        var to = q.Date("to");
        q.CheckRange(from, to);
        var options = new AlignmentOptions
        {
            MinEvents = q.Int("minEvents", 3, 1, 1_000_000),
            Top = q.Int("top", 10, 1, context.Options.MaxPageSize),
            CountClusters = !q.Bool("allReports", false),
        };
        var matrixSize = q.Int("actors", 10, 2, 200);
        var trend = ReadTrend(q);
        if (q.Errors.Any)
        {
            return q.Errors.ToResult();
        }

        var analytics = new Analytics(context.Store);
        var result = await analytics.AlignmentAsync(from, to, options, ct).ConfigureAwait(false);
        var volume = Volumes(result);
        var matrix = volume.Take(matrixSize).Select(kv => kv.Key).ToList();
        (DateRange, DateRange)? periods = trend.Skip ? null : trend.Given ?? await HalvesAsync(context.Store, from, to, ct).ConfigureAwait(false);
        TrendResult? changes = null;
        var drivers = new List<CodedEvent>();
        EventContext?[] driverContexts = [];
        if (periods is { } p)
        {
            changes = await analytics.TrendAsync(p.Item1, p.Item2, options, ct).ConfigureAwait(false);
            foreach (var d in changes.Warmed.Concat(changes.Cooled))
            {
                drivers.AddRange(d.Drivers);
            }

            driverContexts = await StoreQueries.ContextsAsync(context.Store, drivers, ct).ConfigureAwait(false);
        }

        return new JsonBody(w =>
        {
            w.WriteStartObject();
            Json.Date(w, "from", from);
            Json.Date(w, "to", to);
            w.WriteString("counting", options.CountClusters ? "happenings" : "reports");
            w.WriteNumber("min_events", options.MinEvents);
            w.WriteStartArray("matrix_actors");
            foreach (var a in matrix)
            {
                w.WriteStringValue(a);
            }

            w.WriteEndArray();
            w.WriteStartArray("matrix");
            foreach (var row in matrix)
            {
                w.WriteStartArray();
                foreach (var col in matrix)
                {
                    if (row != col && result.Cell(row, col) is { } c)
                    {
                        w.WriteNumberValue(Math.Round(c.NetCooperation, 4));
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            AnalyticsJson.WriteCells(w, "pairs", result.Pairs);
            AnalyticsJson.WriteCells(w, "partnerships", result.Partnerships);
            AnalyticsJson.WriteCells(w, "rivalries", result.Rivalries);
            if (periods is { } range && changes is not null)
            {
                var view = new EventView();
                var next = 0;
                w.WriteStartObject("trend");
                WriteRange(w, "period1", range.Item1);
                WriteRange(w, "period2", range.Item2);
                WriteTrends(w, "warmed", changes.Warmed, view, driverContexts, ref next);
                WriteTrends(w, "cooled", changes.Cooled, view, driverContexts, ref next);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("trend");
            }

            w.WriteStartArray("nodes");
            foreach (var (key, events) in volume)
            {
                w.WriteStartObject();
                w.WriteString("key", key);
                Json.Nullable(w, "name", context.Names.Of(key));
                w.WriteNumber("events", events);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var c in result.Pairs)
            {
                w.WriteStartObject();
                w.WriteString("a", c.A);
                w.WriteString("b", c.B);
                w.WriteNumber("volume", c.Total);
                w.WriteNumber("net_cooperation", Math.Round(c.NetCooperation, 4));
                w.WriteNumber("goldstein_mean", Math.Round(c.GoldsteinMean, 4));
                w.WriteNumber("cooperation", c.Cooperation);
                w.WriteNumber("conflict", c.Conflict);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Events per actor over the matrix's pairs, most first (ties by key), as the CLI picks its matrix actors.</summary>
    private static List<KeyValuePair<string, long>> Volumes(AlignmentResult result)
    {
        var volume = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var cell in result.Pairs)
        {
            volume[cell.A] = volume.GetValueOrDefault(cell.A) + cell.Total;
            volume[cell.B] = volume.GetValueOrDefault(cell.B) + cell.Total;
        }

        return [.. volume.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)];
    }

    private static (bool Skip, (DateRange, DateRange)? Given) ReadTrend(QueryReader q)
    {
        if (q.String("trend") is not { } raw)
        {
            return (false, null);
        }

        if (raw.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return (true, null);
        }

        var parts = raw.Split(',', StringSplitOptions.TrimEntries);
        var ranges = new DateRange[2];
        for (var i = 0; i < parts.Length && parts.Length == 2; i++)
        {
            var dots = parts[i].IndexOf("..", StringComparison.Ordinal);
            if (dots <= 0 || !QueryReader.TryParseDate(parts[i][..dots], out var a) || !QueryReader.TryParseDate(parts[i][(dots + 2)..], out var b) || a > b)
            {
                break;
            }

            ranges[i] = new DateRange(a, b);
            if (i == 1)
            {
                return (false, (ranges[0], ranges[1]));
            }
        }

        q.Errors.Add("trend", $"must be none or two periods FROM1..TO1,FROM2..TO2 (YYYY-MM-DD), got {QueryReader.Shorten(raw)}");
        return (false, null);
    }

    /// <summary>The span of the events cut in two halves, as <c>entente alignment</c> does without --trend; null for a single day.</summary>
    private static async Task<(DateRange, DateRange)?> HalvesAsync(IEventStore store, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (await StoreQueries.EventSpanAsync(store, from, to, ct).ConfigureAwait(false) is not { } span || span.To <= span.From)
        {
            return null;
        }

        var middle = span.From.AddDays((span.To.DayNumber - span.From.DayNumber) / 2);
        return (new DateRange(span.From, middle), new DateRange(middle.AddDays(1), span.To));
    }

    private static void WriteTrends(Utf8JsonWriter w, string name, IReadOnlyList<DyadTrend> trends, EventView view, EventContext?[] contexts, ref int next)
    {
        w.WriteStartArray(name);
        foreach (var d in trends)
        {
            AnalyticsJson.WriteTrendStart(w, d);
            w.WriteStartArray("drivers");
            foreach (var e in d.Drivers)
            {
                var c = next < contexts.Length ? contexts[next] : null;
                next++;
                var has = c?.SentenceText is not null;
                w.WriteStartObject();
                w.WritePropertyName("event");
                view.Write(w, e, has ? c!.SentenceText : default, c?.SentenceStart ?? 0, c?.SentenceEnd ?? 0, has, c);
                Json.Nullable(w, "sentence", c?.SentenceText?.Trim());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRange(Utf8JsonWriter w, string name, DateRange range)
    {
        w.WriteStartObject(name);
        w.WriteString("from", QueryReader.Iso(range.From));
        w.WriteString("to", QueryReader.Iso(range.To));
        w.WriteEndObject();
    }
}

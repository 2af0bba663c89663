using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server;

/// <summary><c>GET /api/actors?q=</c>: actor keys of the store (and countries, regions and organisations of the dictionaries) matching a search.</summary>
internal static class ActorEndpoints
{
    private static readonly string[] Known = ["q", "limit", "dictionary"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/actors", SearchAsync)
            .WithName("Actors")
            .WithTags("store")
            .WithSummary("Actor keys whose key, code or name contains q (case-insensitive), store actors by event count first.")
            .WithDescription(
                "q (empty: all), limit (default 50, at most MaxPageSize), dictionary=false to leave out dictionary actors without events. " +
                "Answer: {\"q\", \"actors\": [{\"key\", \"name\", \"code\" (one stored full code), \"events\" (as source or target), \"inStore\"}]}; " +
                "exact key matches come first.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem();

    private static async Task<IResult> SearchAsync(HttpRequest request, ServerContext context, CancellationToken ct)
    {
        var q = new QueryReader(request.Query, new ApiErrors());
        q.RejectUnknown(Known);
        var search = q.String("q") ?? "";
        var limit = q.Int("limit", Math.Min(50, context.Options.MaxPageSize), 1, context.Options.MaxPageSize);
        var dictionary = q.Bool("dictionary", true);
        if (q.Errors.Any)
        {
            return q.Errors.ToResult();
        }

        var stored = await StoreQueries.ActorCountsAsync(context.Store, ct).ConfigureAwait(false);
        var found = new List<(string Key, string? Name, string? Code, long Events, bool InStore, bool Exact)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, events, code) in stored)
        {
            keys.Add(key);
            var name = context.Names.Of(key);
            if (Matches(search, key, name, code))
            {
                found.Add((key, name, code, events, true, key.Equals(search, StringComparison.OrdinalIgnoreCase)));
            }
        }

        if (dictionary)
        {
            foreach (var (key, name) in context.Names.All)
            {
                if (!keys.Contains(key) && Matches(search, key, name, null))
                {
                    found.Add((key, name, null, 0, false, key.Equals(search, StringComparison.OrdinalIgnoreCase)));
                }
            }
        }

        // Exact key first, then the busiest: typing "IND" should offer India before the many keys containing "ind".
        found.Sort((x, y) => x.Exact != y.Exact ? (x.Exact ? -1 : 1)
            : x.Events != y.Events ? y.Events.CompareTo(x.Events)
            : string.CompareOrdinal(x.Key, y.Key));
        return new JsonBody(w =>
        {
            w.WriteStartObject();
            w.WriteString("q", search);
            w.WriteNumber("total", found.Count);
            w.WriteStartArray("actors");
            for (var i = 0; i < found.Count && i < limit; i++)
            {
                var a = found[i];
                w.WriteStartObject();
                w.WriteString("key", a.Key);
                Json.Nullable(w, "name", a.Name);
                Json.Nullable(w, "code", a.Code);
                w.WriteNumber("events", a.Events);
                w.WriteBoolean("inStore", a.InStore);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static bool Matches(string search, string key, string? name, string? code) =>
        search.Length == 0
        || key.Contains(search, StringComparison.OrdinalIgnoreCase)
        || (name is not null && name.Contains(search, StringComparison.OrdinalIgnoreCase))
        || (code is not null && code.Contains(search, StringComparison.OrdinalIgnoreCase));
}

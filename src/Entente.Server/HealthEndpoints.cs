using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Entente.Server;

/// <summary><c>GET /api/health</c>: whether the server and its store answer, with counts and versions.</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", HealthAsync)
            .WithName("Health")
            .WithTags("server")
            .WithSummary("Status, store path and counts, versions.")
            .WithDescription(
                "Answer: {\"status\": \"ok\", \"version\", \"store\": {\"path\", \"schemaVersion\", \"documents\", \"sentences\", \"events\"}, " +
                "\"engine\": {\"dictionaryEntries\", \"patterns\"}, \"limits\": {\"maxRequestBytes\", \"maxPageSize\"}, \"eventSchemaVersion\"}.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

    private static async Task<IResult> HealthAsync(ServerContext context, CancellationToken ct)
    {
        var (documents, sentences, events) = await StoreQueries.CountsAsync(context.Store, ct).ConfigureAwait(false);
        return new JsonBody(w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "ok");
            w.WriteString("version", Version);
            w.WriteNumber("eventSchemaVersion", Model.CodedEvent.SchemaVersion);
            w.WriteStartObject("store");
            w.WriteString("path", context.Store.Path);
            w.WriteNumber("schemaVersion", context.Store.SchemaVersion);
            w.WriteNumber("documents", documents);
            w.WriteNumber("sentences", sentences);
            w.WriteNumber("events", events);
            w.WriteEndObject();
            w.WriteStartObject("engine");
            w.WriteNumber("dictionaryEntries", context.Engine.Dictionaries.Entries.Count);
            w.WriteNumber("patterns", context.Engine.Patterns.Patterns.Count);
            w.WriteEndObject();
            w.WriteStartObject("limits");
            w.WriteNumber("maxRequestBytes", context.Options.MaxRequestBytes);
            w.WriteNumber("maxPageSize", context.Options.MaxPageSize);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static string Version =>
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthEndpoints).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}

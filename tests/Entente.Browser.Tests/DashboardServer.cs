using System.Net.Http.Headers;
using Entente.Pipeline;
using Entente.Server;
using Microsoft.AspNetCore.Builder;

namespace Entente.Browser.Tests;

/// <summary>The real server, in process on a free loopback port, over a DuckDB store in a temporary folder.</summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _folder;

    private DashboardServer(WebApplication app, string url, string? folder)
    {
        _app = app;
        _folder = folder;
        Url = url.TrimEnd('/');
    }

    /// <summary>Base address, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Url { get; }

    /// <summary>A server over a new store in a temporary folder, with <paramref name="jsonlFixture"/> (a file in the test output) ingested through POST /api/documents.</summary>
    public static async Task<DashboardServer> StartAsync(Engine engine, string? jsonlFixture)
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-browser-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var server = await StartAsync(engine, Path.Combine(folder, "store.duckdb"), createStore: true, folder);
        if (jsonlFixture is not null)
        {
            await server.IngestAsync(Path.Combine(AppContext.BaseDirectory, jsonlFixture));
        }

        return server;
    }

    /// <summary>A server over an existing store (left in place afterwards), for screenshots of a real ingest.</summary>
    public static Task<DashboardServer> OpenAsync(Engine engine, string databasePath) =>
        StartAsync(engine, databasePath, createStore: false, folder: null);

    private static async Task<DashboardServer> StartAsync(Engine engine, string databasePath, bool createStore, string? folder)
    {
        var options = new ServerOptions
        {
            DatabasePath = databasePath,
            Urls = "http://127.0.0.1:0",
            CreateStore = createStore,
            StaticRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        };
        var app = await EntenteServer.BuildAsync(options, engine);
        await app.StartAsync();
        return new DashboardServer(app, app.Urls.First(), folder);
    }

    private async Task IngestAsync(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url) };
        using var body = new StringContent(await File.ReadAllTextAsync(path));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await http.PostAsync(new Uri("/api/documents", UriKind.Relative), body);
        var answer = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Ingesting {path} failed: HTTP {(int)response.StatusCode} {answer}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A store file still closing is not worth failing a test run for; the folder is in /tmp.
            }
        }
    }
}

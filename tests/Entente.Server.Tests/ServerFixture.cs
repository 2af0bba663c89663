using System.Net.Http.Headers;
using Entente.Pipeline;
using Microsoft.AspNetCore.Builder;

namespace Entente.Server.Tests;

/// <summary>One engine for all tests (compiling the dictionaries takes a while) and one read-only server over the fixture documents.</summary>
/// <remarks>Tests that write start their own server with <see cref="StartAsync"/>, so no test depends on another's order.</remarks>
public sealed class ServerFixture : IAsyncLifetime
{
    private TestServerHandle? _shared;

    public Engine Engine { get; private set; } = null!;

    /// <summary>The shared server: the fixture documents ingested, nothing else written.</summary>
    public HttpClient Client => _shared!.Client;

    public TestServerHandle Shared => _shared!;

    /// <summary>Result of ingesting the fixture documents, as the API answered it.</summary>
    public string IngestAnswer { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Engine = EntenteServer.CreateEngine();
        _shared = await StartAsync();
        IngestAnswer = await _shared.IngestFixturesAsync();
    }

    public async Task DisposeAsync()
    {
        if (_shared is not null)
        {
            await _shared.DisposeAsync();
        }
    }

    /// <summary>A new server over a new empty store in a temporary folder.</summary>
    public Task<TestServerHandle> StartAsync(ServerOptions? options = null) => TestServerHandle.StartAsync(Engine, options);
}

/// <summary>A started server on a free loopback port with its client and temporary store; disposing stops it and deletes the folder.</summary>
public sealed class TestServerHandle : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private TestServerHandle(WebApplication app, string folder, HttpClient client)
    {
        _app = app;
        _folder = folder;
        Client = client;
    }

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    public static async Task<TestServerHandle> StartAsync(Engine engine, ServerOptions? options = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-server-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var o = (options ?? new ServerOptions()) with
        {
            DatabasePath = Path.Combine(folder, "store.duckdb"),
            Urls = "http://127.0.0.1:0",
            CreateStore = true,
        };
        var app = await EntenteServer.BuildAsync(o, engine);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromSeconds(60) };
        return new TestServerHandle(app, folder, client);
    }

    /// <summary>Posts Fixtures/documents.jsonl to /api/documents as JSON Lines; returns the answer's body.</summary>
    public async Task<string> IngestFixturesAsync()
    {
        var body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "documents.jsonl"));
        using var content = new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await Client.PostAsync(new Uri("/api/documents", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by the OS is left for the temp cleaner; the test result does not depend on it.
        }
    }
}

/// <summary>The tests sharing <see cref="ServerFixture"/> (run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}

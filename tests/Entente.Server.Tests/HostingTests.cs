using System.Net;
using Entente.Store;

namespace Entente.Server.Tests;

/// <summary>Start-up errors, static files, and the promise that a failing request never shows a stack trace.</summary>
[Collection(ServerCollection.Name)]
public sealed class HostingTests
{
    private readonly ServerFixture _fixture;

    public HostingTests(ServerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task MissingStoreIsAStartError()
    {
        var path = Path.Combine(Path.GetTempPath(), "entente-missing-" + Guid.NewGuid().ToString("N") + ".duckdb");
        var ex = await Assert.ThrowsAsync<ServerStartException>(() => EntenteServer.BuildAsync(new ServerOptions { DatabasePath = path }, _fixture.Engine));
        Assert.Contains("no store", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task CorruptStoreIsAStartError()
    {
        var path = Path.Combine(Path.GetTempPath(), "entente-corrupt-" + Guid.NewGuid().ToString("N") + ".duckdb");
        await File.WriteAllTextAsync(path, "this is not a database, just some words in a file that pretends to be one");
        try
        {
            var ex = await Assert.ThrowsAsync<ServerStartException>(() => EntenteServer.BuildAsync(new ServerOptions { DatabasePath = path }, _fixture.Engine));
            Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task FailingRequestIs500WithoutDetails()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-500-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var store = await DuckDbEventStore.OpenAsync(Path.Combine(folder, "s.duckdb"));
            await using var app = EntenteServer.Build(new ServerOptions { Urls = "http://127.0.0.1:0" }, store, _fixture.Engine);
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            Assert.Equal(HttpStatusCode.OK, (await Api.SendAsync(client, HttpMethod.Get, "/api/health")).Status);
            // The tables go away under the running server: every store read now throws inside the handler.
            await using (var connection = store.OpenConnection())
            {
                await using var drop = connection.CreateCommand();
                drop.CommandText = "DROP TABLE events; DROP TABLE documents; DROP TABLE sentences";
                await drop.ExecuteNonQueryAsync();
            }

            foreach (var path in new[] { "/api/health", "/api/events", "/api/alignment", "/api/actors?q=x" })
            {
                var answer = await Api.SendAsync(client, HttpMethod.Get, path);
                Api.AssertProblem(answer, HttpStatusCode.InternalServerError);
                Assert.False(answer.Json.TryGetProperty("exception", out _));
                Assert.DoesNotContain("duckdb", answer.Text, StringComparison.OrdinalIgnoreCase);
            }

            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DashboardFilesAreServedWithIndexAtTheRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "entente-www-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "index.html"), "<!doctype html><title>fixture dashboard</title>");
        await File.WriteAllTextAsync(Path.Combine(root, "app.js"), "console.log('fixture');");
        try
        {
            await using var server = await _fixture.StartAsync(new ServerOptions { StaticRoot = root });
            using var index = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, index.StatusCode);
            Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
            Assert.Contains("fixture dashboard", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var script = await server.Client.GetAsync(new Uri("/app.js", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            var api = await Api.SendAsync(server.Client, HttpMethod.Get, "/api/unknown");
            Api.AssertProblem(api, HttpStatusCode.NotFound);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task PortZeroBindsAFreePortThatUrlsReports()
    {
        await using var a = await _fixture.StartAsync();
        await using var b = await _fixture.StartAsync();
        Assert.NotEqual(0, a.BaseAddress.Port);
        Assert.NotEqual(a.BaseAddress.Port, b.BaseAddress.Port);
        Assert.Equal("ok", (await Api.GetOkAsync(b.Client, "/api/health")).Str("status"));
    }

    [Fact]
    public async Task PageSizeBoundFollowsTheOptions()
    {
        await using var server = await _fixture.StartAsync(new ServerOptions { MaxPageSize = 10, DefaultPageSize = 50 });
        var json = await Api.GetOkAsync(server.Client, "/api/events");
        Assert.Equal(10, json.Num("limit"));
        Assert.Equal(10, (await Api.GetOkAsync(server.Client, "/api/events?pageSize=10")).Num("limit"));
        var answer = await Api.SendAsync(server.Client, HttpMethod.Get, "/api/events?pageSize=11");
        Api.AssertProblem(answer, HttpStatusCode.BadRequest);
        Assert.Contains("1 to 10", answer.Json.GetProperty("errors").GetProperty("pageSize")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoreOpenedByTheCallerOutlivesTheApp()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-own-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var store = await DuckDbEventStore.OpenAsync(Path.Combine(folder, "s.duckdb"));
            await using (var app = EntenteServer.Build(new ServerOptions { Urls = "http://127.0.0.1:0" }, store, _fixture.Engine))
            {
                await app.StartAsync();
                await app.StopAsync();
            }

            await using var connection = store.OpenConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM documents";
            Assert.Equal(0L, Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void InvalidOptionsAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EntenteServer.Build(new ServerOptions { MaxPageSize = 0, CreateStore = true, DatabasePath = ":memory:" }, _fixture.Engine));
    }
}

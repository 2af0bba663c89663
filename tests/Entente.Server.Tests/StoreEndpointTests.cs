using System.Text.Json;

namespace Entente.Server.Tests;

/// <summary><c>GET /api/actors</c>, <c>GET /api/health</c> and <c>GET /openapi/v1.json</c> over the fixture store.</summary>
[Collection(ServerCollection.Name)]
public sealed class StoreEndpointTests
{
    private readonly ServerFixture _fixture;

    public StoreEndpointTests(ServerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task ActorSearchFindsKeysAndNames()
    {
        var byKey = await Api.GetOkAsync(_fixture.Client, "/api/actors?q=pak");
        var first = byKey.GetProperty("actors")[0];
        Assert.Equal("PAK", first.Str("key"));
        Assert.Equal("Pakistan", first.Str("name"));
        Assert.True(first.GetProperty("inStore").GetBoolean());
        Assert.True(first.Num("events") > 0);

        var byName = await Api.GetOkAsync(_fixture.Client, "/api/actors?q=ukrai");
        Assert.Contains(byName.GetProperty("actors").EnumerateArray(), a => a.Str("key") == "UKR");
    }

    [Fact]
    public async Task ActorSearchCanLeaveOutDictionaryActors()
    {
        var all = await Api.GetOkAsync(_fixture.Client, "/api/actors?q=a&limit=500");
        Assert.Contains(all.GetProperty("actors").EnumerateArray(), a => !a.GetProperty("inStore").GetBoolean());
        var stored = await Api.GetOkAsync(_fixture.Client, "/api/actors?dictionary=false&limit=500");
        var actors = stored.GetProperty("actors").EnumerateArray().ToList();
        Assert.All(actors, a => Assert.True(a.GetProperty("inStore").GetBoolean()));
        // Busiest first.
        Assert.Equal(actors.Select(a => a.Num("events")).OrderDescending(), actors.Select(a => a.Num("events")));
        Assert.Equal(actors.Count, stored.Num("total"));
    }

    [Fact]
    public async Task ActorSearchLimitBoundsTheList()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/actors?limit=2");
        Assert.Equal(2, json.GetProperty("actors").GetArrayLength());
        Assert.True(json.Num("total") > 2);
        var none = await Api.GetOkAsync(_fixture.Client, "/api/actors?q=qqqqqq");
        Assert.Empty(none.GetProperty("actors").EnumerateArray());
    }

    [Fact]
    public async Task HealthReportsTheStoreCounts()
    {
        var ingested = JsonDocument.Parse(_fixture.IngestAnswer).RootElement;
        var json = await Api.GetOkAsync(_fixture.Client, "/api/health");
        Assert.Equal("ok", json.Str("status"));
        Assert.False(string.IsNullOrEmpty(json.Str("version")));
        var store = json.GetProperty("store");
        Assert.EndsWith("store.duckdb", store.Str("path"), StringComparison.Ordinal);
        Assert.Equal(10, store.Num("documents"));
        Assert.Equal(ingested.Num("events"), store.Num("events"));
        Assert.Equal(ingested.Num("sentences"), store.Num("sentences"));
        Assert.True(json.GetProperty("engine").Num("patterns") > 0);
        Assert.Equal(500, json.GetProperty("limits").Num("maxPageSize"));
    }

    [Fact]
    public async Task OpenApiDocumentListsEveryEndpoint()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/openapi/v1.json");
        var paths = json.GetProperty("paths");
        string[] expected = ["/api/code", "/api/documents", "/api/events", "/api/dyads/{a}/{b}", "/api/alignment", "/api/actors", "/api/health"];
        foreach (var path in expected)
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.Equal(expected.Length, paths.EnumerateObject().Count());
        Assert.True(paths.GetProperty("/api/code").TryGetProperty("post", out var code));
        Assert.True(code.TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/events").TryGetProperty("get", out _));
    }
}

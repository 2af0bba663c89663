using System.Net;
using System.Text.Json;

namespace Entente.Server.Tests;

/// <summary><c>POST /api/documents</c>: ingest into a server of its own, so the shared store stays as the fixtures left it.</summary>
[Collection(ServerCollection.Name)]
public sealed class DocumentTests
{
    private readonly ServerFixture _fixture;

    public DocumentTests(ServerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task DocumentsAreStoredOnceAndQueryable()
    {
        await using var server = await _fixture.StartAsync();
        var body = JsonSerializer.Serialize(new object[]
        {
            new { id = "d1", date = "2024-06-03", text = "Turkey condemned Iran over the border raid.", title = "Raid" },
            new { id = "d2", date = "2024-06-04", text = "Iranian diplomats met Turkish officials in Ankara." },
        });
        var first = await Api.PostOkAsync(server.Client, "/api/documents", body, "application/json");
        Assert.Equal(2, first.Num("received"));
        Assert.Equal(2, first.Num("documents"));
        Assert.Equal(0, first.Num("skipped"));
        Assert.True(first.Num("events") >= 2, first.GetRawText());
        Assert.Equal(first.Num("events"), first.Num("clustered"));

        var again = await Api.PostOkAsync(server.Client, "/api/documents", body, "application/json");
        Assert.Equal(0, again.Num("documents"));
        Assert.Equal(2, again.Num("skipped"));
        Assert.Equal(0, again.Num("events"));

        var events = await Api.GetOkAsync(server.Client, "/api/events?actor=TUR");
        Assert.Equal(first.Num("events"), events.Num("total"));
        var raid = Assert.Single(events.GetProperty("events").EnumerateArray(), e => e.Str("doc_id") == "d1");
        Assert.Equal("Raid", raid.GetProperty("document").Str("title"));
        var health = await Api.GetOkAsync(server.Client, "/api/health");
        Assert.Equal(2, health.GetProperty("store").Num("documents"));
    }

    [Fact]
    public async Task OneObjectAndJsonLinesAreAcceptedToo()
    {
        await using var server = await _fixture.StartAsync();
        var one = await Api.PostOkAsync(server.Client, "/api/documents", """{"text": "Japan praised South Korea for the agreement.", "date": "2024-07-01"}""", "application/json");
        Assert.Equal(1, one.Num("documents"));
        var lines = "{\"text\": \"Egypt hosted Sudanese envoys.\"}\n\n{\"text\": \"Egypt hosted Sudanese envoys.\"}\n{\"text\": \"Kenya accused Somalia of interference.\"}\n";
        var answer = await Api.PostOkAsync(server.Client, "/api/documents", lines, "application/x-ndjson");
        Assert.Equal(3, answer.Num("received"));
        Assert.Equal(2, answer.Num("documents"));
        // The repeated text within the request is skipped by the store's content-hash check.
        Assert.Equal(1, answer.Num("skipped"));
    }

    [Fact]
    public async Task ABadDocumentRefusesTheWholeRequest()
    {
        await using var server = await _fixture.StartAsync();
        var answer = await Api.SendAsync(server.Client, HttpMethod.Post, "/api/documents",
            """[{"text": "Japan praised South Korea."}, {"text": "Chile hosted Peru.", "date": "soon"}]""", "application/json");
        Api.AssertProblem(answer, HttpStatusCode.BadRequest);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty("documents[1].date", out _));
        var health = await Api.GetOkAsync(server.Client, "/api/health");
        Assert.Equal(0, health.GetProperty("store").Num("documents"));
    }

    [Fact]
    public async Task OversizedBatchIs413AndStoresNothing()
    {
        await using var server = await _fixture.StartAsync(new ServerOptions { MaxRequestBytes = 2000 });
        var docs = Enumerable.Range(0, 40).Select(i => new { id = $"big-{i}", text = $"India accused Pakistan of raid number {i}." }).ToArray();
        var answer = await Api.SendAsync(server.Client, HttpMethod.Post, "/api/documents", JsonSerializer.Serialize(docs), "application/json");
        Api.AssertProblem(answer, HttpStatusCode.RequestEntityTooLarge);
        var health = await Api.GetOkAsync(server.Client, "/api/health");
        Assert.Equal(0, health.GetProperty("store").Num("documents"));
    }

    [Fact]
    public async Task ConcurrentIngestsAllLand()
    {
        await using var server = await _fixture.StartAsync();
        var tasks = Enumerable.Range(0, 8).Select(i => Api.PostOkAsync(server.Client, "/api/documents",
            JsonSerializer.Serialize(new { id = $"c{i}", date = "2024-08-01", text = $"India accused Pakistan of the attack on post {i}." }), "application/json"));
        var answers = await Task.WhenAll(tasks);
        Assert.Equal(8, answers.Sum(a => a.Num("documents")));
        var events = await Api.GetOkAsync(server.Client, "/api/events?limit=100");
        Assert.Equal(answers.Sum(a => a.Num("events")), events.Num("total"));
        // Event numbers stay unique under parallel writers.
        var numbers = events.GetProperty("events").EnumerateArray().Select(e => e.Num("event_no")).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public async Task ReadsRunInParallelWithIngests()
    {
        await using var server = await _fixture.StartAsync();
        await server.IngestFixturesAsync();
        string[] reads = ["/api/events?limit=20", "/api/alignment?minEvents=1", "/api/dyads/IND/PAK", "/api/actors?q=in", "/api/health", "/api/events?actor=PAK&page=2&pageSize=3"];
        var tasks = new List<Task>();
        for (var i = 0; i < 6; i++)
        {
            var body = JsonSerializer.Serialize(new { id = $"p{i}", date = "2024-09-02", text = $"China praised Pakistan for the project number {i}." });
            tasks.Add(Api.PostOkAsync(server.Client, "/api/documents", body, "application/json"));
            foreach (var path in reads)
            {
                tasks.Add(Api.GetOkAsync(server.Client, path));
            }
        }

        await Task.WhenAll(tasks);
        var health = await Api.GetOkAsync(server.Client, "/api/health");
        Assert.Equal(16, health.GetProperty("store").Num("documents"));
    }
}

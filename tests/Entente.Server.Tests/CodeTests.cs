using System.Net;
using System.Text.Json;

namespace Entente.Server.Tests;

/// <summary><c>POST /api/code</c>: the live coder, as plain text and as JSON.</summary>
[Collection(ServerCollection.Name)]
public sealed class CodeTests
{
    private const string Text = "India accused Pakistan of shelling border villages. Chinese officials met Pakistani diplomats in Beijing.";

    private readonly ServerFixture _fixture;

    public CodeTests(ServerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task PlainTextIsCodedWithTheQueryDate()
    {
        var json = await Api.PostOkAsync(_fixture.Client, "/api/code?date=2024-05-06&id=live-1", Text, "text/plain; charset=utf-8");
        Assert.Equal("live-1", json.Str("id"));
        Assert.Equal("2024-05-06", json.Str("date"));
        Assert.Equal(2, json.Num("sentences"));
        Assert.True(json.GetProperty("elapsedMs").GetDouble() >= 0);
        var events = json.GetProperty("events").EnumerateArray().ToList();
        // "accused Pakistan of shelling": the accusation takes its sub-code from the act (1123, aggression).
        var accuse = Assert.Single(events, e => e.Str("cameo") == "1123");
        Assert.Equal("IND", accuse.GetProperty("source").Str("code"));
        Assert.Equal("PAK", accuse.GetProperty("target").Str("code"));
        Assert.Equal("live-1", accuse.Str("doc_id"));
        Assert.Equal("2024-05-06", accuse.Str("date"));
        Assert.Contains(events, e => e.Str("cameo_root") == "04");
    }

    [Fact]
    public async Task JsonBodyGivesTheSameEventsAsPlainText()
    {
        var plain = await Api.PostOkAsync(_fixture.Client, "/api/code?date=2024-05-06&id=same", Text, "text/plain");
        var body = JsonSerializer.Serialize(new { text = Text, date = "2024-05-06", id = "same", title = "ignored by the coder" });
        var json = await Api.PostOkAsync(_fixture.Client, "/api/code", body, "application/json");
        Assert.Equal(plain.GetProperty("events").GetRawText(), json.GetProperty("events").GetRawText());
    }

    [Fact]
    public async Task WithoutIdTheIdComesFromTheText()
    {
        var a = await Api.PostOkAsync(_fixture.Client, "/api/code", Text, "text/plain");
        var b = await Api.PostOkAsync(_fixture.Client, "/api/code", JsonSerializer.Serialize(new { text = Text }), "application/json");
        Assert.StartsWith("api-", a.Str("id"), StringComparison.Ordinal);
        Assert.Equal(a.Str("id"), b.Str("id"));
        Assert.Equal(JsonValueKind.Null, a.GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task EventsCarryTheRecordFieldsAndEvidence()
    {
        var json = await Api.PostOkAsync(_fixture.Client, "/api/code?date=2024-05-06", Text, "text/plain");
        string[] record =
        [
            "id", "doc_id", "sentence", "date", "date_basis", "source", "target", "cameo", "cameo_root", "goldstein", "quad_class",
            "plover", "modality", "trigger", "location", "confidence", "rule", "entries", "evidence", "highlights",
        ];
        foreach (var e in json.GetProperty("events").EnumerateArray())
        {
            Assert.Equal(record, e.EnumerateObject().Select(p => p.Name).ToArray());
        }
    }

    [Fact]
    public async Task HighlightsPointAtTheActorsAndTriggerInTheSentence()
    {
        var json = await Api.PostOkAsync(_fixture.Client, "/api/code?date=2024-05-06", Text, "text/plain");
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var evidence = e.GetProperty("evidence");
            var sentence = evidence.Str("sentence");
            Assert.Equal(sentence, Text[(int)evidence.Num("start")..(int)evidence.Num("end")]);
            var h = e.GetProperty("highlights");
            Assert.Equal(e.GetProperty("source").Str("text"), Slice(sentence, h.GetProperty("source")));
            Assert.Equal(e.GetProperty("trigger").Str("text"), Slice(sentence, h.GetProperty("trigger")));
            if (e.GetProperty("target").ValueKind == JsonValueKind.Object)
            {
                Assert.Equal(e.GetProperty("target").Str("text"), Slice(sentence, h.GetProperty("target")));
            }

            // The record's own offsets index the posted text.
            var source = e.GetProperty("source");
            Assert.Equal(source.Str("text"), Text[(int)source.Num("start")..(int)source.Num("end")]);
        }
    }

    [Fact]
    public async Task ConcurrentRequestsShareTheEngineSafely()
    {
        var expected = (await Api.PostOkAsync(_fixture.Client, "/api/code?date=2024-05-06&id=c", Text, "text/plain")).GetProperty("events").GetRawText();
        var tasks = Enumerable.Range(0, 24).Select(_ => Api.PostOkAsync(_fixture.Client, "/api/code?date=2024-05-06&id=c", Text, "text/plain"));
        foreach (var json in await Task.WhenAll(tasks))
        {
            Assert.Equal(expected, json.GetProperty("events").GetRawText());
        }
    }

    [Fact]
    public async Task TextWithoutEventsAnswersAnEmptyList()
    {
        var json = await Api.PostOkAsync(_fixture.Client, "/api/code", "The weather was mild and the market closed early.", "text/plain");
        Assert.Empty(json.GetProperty("events").EnumerateArray());
        Assert.Equal(1, json.Num("sentences"));
    }

    [Fact]
    public async Task OversizedBodyIs413()
    {
        await using var small = await _fixture.StartAsync(new ServerOptions { MaxRequestBytes = 1000 });
        var answer = await Api.SendAsync(small.Client, HttpMethod.Post, "/api/code", new string('a', 1001), "text/plain");
        Api.AssertProblem(answer, HttpStatusCode.RequestEntityTooLarge);
        var fits = await Api.SendAsync(small.Client, HttpMethod.Post, "/api/code", "India accused Pakistan.", "text/plain");
        Assert.Equal(HttpStatusCode.OK, fits.Status);
    }

    [Fact]
    public async Task OversizedChunkedBodyIs413()
    {
        await using var small = await _fixture.StartAsync(new ServerOptions { MaxRequestBytes = 1000 });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/code", UriKind.Relative))
        {
            // No Content-Length: the limit must hold while reading, not only against the header.
            Content = new StreamContent(new MemoryStream(new byte[5000])),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        using var response = await small.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Api.AssertNoInternals(await response.Content.ReadAsStringAsync());
    }

    private static string Slice(string sentence, JsonElement span) => sentence[(int)span.Num("start")..(int)span.Num("end")];
}

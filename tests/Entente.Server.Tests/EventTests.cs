using System.Text.Json;

namespace Entente.Server.Tests;

/// <summary><c>GET /api/events</c>: filters, paging and each event's sentence and highlights.</summary>
[Collection(ServerCollection.Name)]
public sealed class EventTests
{
    private readonly ServerFixture _fixture;

    public EventTests(ServerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task AllEventsOfTheFixturesAreListed()
    {
        var ingested = JsonDocument.Parse(_fixture.IngestAnswer).RootElement;
        var json = await Api.GetOkAsync(_fixture.Client, "/api/events?limit=500");
        Assert.Equal(ingested.Num("events"), json.Num("total"));
        Assert.Equal(json.Num("total"), json.GetProperty("events").GetArrayLength());
        Assert.Equal(0, json.Num("offset"));
        Assert.Equal(500, json.Num("limit"));
    }

    [Fact]
    public async Task PagesTileTheResultInDateOrder()
    {
        var all = (await Api.GetOkAsync(_fixture.Client, "/api/events?limit=500")).GetProperty("events").EnumerateArray().Select(e => e.Str("id")).ToList();
        var paged = new List<string>();
        for (var page = 1; page <= (all.Count + 4) / 5; page++)
        {
            var json = await Api.GetOkAsync(_fixture.Client, $"/api/events?page={page}&pageSize=5");
            Assert.Equal((page - 1) * 5, json.Num("offset"));
            Assert.Equal(5, json.Num("limit"));
            paged.AddRange(json.GetProperty("events").EnumerateArray().Select(e => e.Str("id")));
        }

        Assert.Equal(all, paged);
        var byOffset = await Api.GetOkAsync(_fixture.Client, "/api/events?offset=5&limit=5");
        Assert.Equal(all.Skip(5).Take(5), byOffset.GetProperty("events").EnumerateArray().Select(e => e.Str("id")));
        var past = await Api.GetOkAsync(_fixture.Client, "/api/events?offset=10000");
        Assert.Empty(past.GetProperty("events").EnumerateArray());
        Assert.Equal(all.Count, past.Num("total"));
    }

    [Fact]
    public async Task DefaultPageIsBounded()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/events");
        Assert.Equal(50, json.Num("limit"));
    }

    [Theory]
    [InlineData("actor=RUS", "RUS", null, null)]
    [InlineData("actor=ukr", "UKR", null, null)]
    [InlineData("country=CHN", "CHN", null, null)]
    [InlineData("code=19", null, "19", null)]
    [InlineData("root=04", null, "04", null)]
    [InlineData("root=19&code=190", null, "190", null)]
    [InlineData("quad=4", null, null, 4)]
    [InlineData("actor=IND&quad=1", "IND", null, 1)]
    [InlineData("source=RUS", "RUS", null, null)]
    [InlineData("target=pak", "PAK", null, null)]
    public async Task FiltersSelectMatchingEventsOnly(string query, string? actor, string? codePrefix, int? quad)
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/events?limit=500&" + query);
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.Equal(json.Num("total"), events.Count);
        foreach (var e in events)
        {
            if (actor is not null)
            {
                Assert.True(Keys(e).Contains(actor), $"{query}: {e.GetRawText()}");
            }

            if (codePrefix is not null)
            {
                Assert.StartsWith(codePrefix, e.Str("cameo"), StringComparison.Ordinal);
            }

            if (quad is not null)
            {
                Assert.Equal(quad, e.GetProperty("quad_class").GetInt32());
            }
        }
    }

    [Fact]
    public async Task DateRangeIsInclusive()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/events?from=2024-02-05&to=2024-02-19&limit=500");
        var dates = json.GetProperty("events").EnumerateArray().Select(e => e.Str("date")).ToList();
        Assert.Contains("2024-02-05", dates);
        Assert.Contains("2024-02-19", dates);
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2024-02-05"), 0, int.MaxValue));
        Assert.All(dates, d => Assert.InRange(string.CompareOrdinal(d, "2024-02-19"), int.MinValue, 0));
    }

    [Fact]
    public async Task TextFilterSearchesTheSentence()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/events?text=power%20stations");
        var e = Assert.Single(json.GetProperty("events").EnumerateArray());
        Assert.Contains("power stations", e.GetProperty("evidence").Str("sentence"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoMatchIsAnEmptyPageNotAnError()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/events?actor=ZZZ");
        Assert.Equal(0, json.Num("total"));
        Assert.Empty(json.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task EveryStoredEventCarriesItsSentenceHighlightsAndDocument()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/events?limit=500");
        foreach (var e in json.GetProperty("events").EnumerateArray())
        {
            var evidence = e.GetProperty("evidence");
            Assert.Equal(JsonValueKind.Object, evidence.ValueKind);
            var sentence = evidence.Str("sentence");
            var start = (int)evidence.Num("start");
            Assert.Equal(sentence.Length, (int)evidence.Num("end") - start);
            var h = e.GetProperty("highlights");
            Assert.Equal(e.GetProperty("source").Str("text"), Slice(sentence, h.GetProperty("source")));
            Assert.Equal(e.GetProperty("trigger").Str("text"), Slice(sentence, h.GetProperty("trigger")));
            // The record keeps document offsets: the highlight is the same span moved by the sentence start.
            Assert.Equal(e.GetProperty("trigger").Num("start") - start, h.GetProperty("trigger").Num("start"));
            Assert.True(e.Num("event_no") > 0);
            var document = e.GetProperty("document");
            Assert.Equal(e.Str("doc_id") == "fx-01" ? "Border talks" : null, document.GetProperty("title").GetString());
            Assert.NotNull(document.GetProperty("source").GetString());
        }
    }

    private static HashSet<string> Keys(JsonElement e)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var side in new[] { "source", "target" })
        {
            if (e.GetProperty(side) is { ValueKind: JsonValueKind.Object } a)
            {
                keys.Add(a.GetProperty("country").GetString() ?? a.GetProperty("org").GetString() ?? a.Str("code"));
                keys.Add(a.Str("code"));
            }
        }

        return keys;
    }

    private static string Slice(string sentence, JsonElement span) => sentence[(int)span.Num("start")..(int)span.Num("end")];
}

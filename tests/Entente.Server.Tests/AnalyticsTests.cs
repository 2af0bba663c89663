using System.Text.Json;

namespace Entente.Server.Tests;

/// <summary><c>GET /api/dyads/{a}/{b}</c> and <c>GET /api/alignment</c> over the fixture store.</summary>
[Collection(ServerCollection.Name)]
public sealed class AnalyticsTests
{
    private readonly ServerFixture _fixture;

    public AnalyticsTests(ServerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task DyadSeriesHasBothDirectionsAndTheirSumPerPeriod()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/dyads/pak/chn");
        Assert.Equal("PAK", json.Str("a"));
        Assert.Equal("CHN", json.Str("b"));
        Assert.Equal("month", json.Str("by"));
        Assert.Equal("Pakistan", json.GetProperty("names").Str("PAK"));
        var periods = json.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.Equal(0, periods.Count % 3);
        for (var i = 0; i < periods.Count; i += 3)
        {
            Assert.Equal(["a_to_b", "b_to_a", "combined"], periods.Skip(i).Take(3).Select(p => p.Str("direction")));
            Assert.Equal(periods[i].Num("events") + periods[i + 1].Num("events"), periods[i + 2].Num("events"));
            var combined = periods[i + 2];
            Assert.Equal(combined.Num("events"),
                combined.Num("verbal_cooperation") + combined.Num("material_cooperation") + combined.Num("verbal_conflict") + combined.Num("material_conflict"));
        }

        // Pakistan and China only cooperate in the fixtures.
        Assert.All(periods, p => Assert.Equal(0, p.Num("verbal_conflict") + p.Num("material_conflict")));
        Assert.Contains(periods, p => p.GetProperty("contexts").TryGetProperty("diplomatic", out _));
    }

    [Fact]
    public async Task DyadByYearAndRangeNarrowTheSeries()
    {
        var year = await Api.GetOkAsync(_fixture.Client, "/api/dyads/IND/PAK?by=year");
        var periods = year.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal("2024-01-01", periods[0].Str("period"));
        var all = periods.Where(p => p.Str("direction") == "combined").Sum(p => p.Num("events"));
        var march = await Api.GetOkAsync(_fixture.Client, "/api/dyads/IND/PAK?from=2024-03-01&to=2024-03-31");
        var inMarch = march.GetProperty("periods").EnumerateArray().Where(p => p.Str("direction") == "combined").Sum(p => p.Num("events"));
        Assert.InRange(inMarch, 1, all - 1);
    }

    [Fact]
    public async Task ActorsThatNeverMetGiveAnEmptySeriesWithANote()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/dyads/CHN/UKR");
        Assert.Empty(json.GetProperty("periods").EnumerateArray());
        Assert.Contains("no asserted events", json.Str("note"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlignmentHasPartnershipsRivalriesNodesAndEdges()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/alignment");
        var partnerships = json.GetProperty("partnerships").EnumerateArray().Select(c => c.Str("a") + "-" + c.Str("b")).ToList();
        var rivalries = json.GetProperty("rivalries").EnumerateArray().Select(c => c.Str("a") + "-" + c.Str("b")).ToList();
        Assert.Contains("CHN-PAK", partnerships);
        Assert.Contains("RUS-UKR", rivalries);
        var pairs = json.GetProperty("pairs").GetArrayLength();
        Assert.Equal(pairs, json.GetProperty("edges").GetArrayLength());
        var nodes = json.GetProperty("nodes").EnumerateArray().ToList();
        var pak = Assert.Single(nodes, n => n.Str("key") == "PAK");
        Assert.Equal("Pakistan", pak.Str("name"));
        // A node's volume is the sum of its edges' volumes.
        var pakEdges = json.GetProperty("edges").EnumerateArray().Where(e => e.Str("a") == "PAK" || e.Str("b") == "PAK").Sum(e => e.Num("volume"));
        Assert.Equal(pakEdges, pak.Num("events"));
        var actors = json.GetProperty("matrix_actors").GetArrayLength();
        var matrix = json.GetProperty("matrix").EnumerateArray().ToList();
        Assert.Equal(actors, matrix.Count);
        Assert.All(matrix, row => Assert.Equal(actors, row.GetArrayLength()));
        Assert.Equal(JsonValueKind.Object, json.GetProperty("trend").ValueKind);
    }

    [Fact]
    public async Task AlignmentMinEventsAndTrendOptions()
    {
        var thin = await Api.GetOkAsync(_fixture.Client, "/api/alignment?minEvents=1&trend=none");
        var thick = await Api.GetOkAsync(_fixture.Client, "/api/alignment?minEvents=4&trend=none");
        Assert.True(thin.GetProperty("pairs").GetArrayLength() > thick.GetProperty("pairs").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, thin.GetProperty("trend").ValueKind);
        var given = await Api.GetOkAsync(_fixture.Client, "/api/alignment?minEvents=1&trend=2024-01-01..2024-01-31,2024-03-01..2024-03-31");
        var trend = given.GetProperty("trend");
        Assert.Equal("2024-03-01", trend.GetProperty("period2").Str("from"));
        // India and Pakistan fought in January and praised each other in March.
        var warmed = Assert.Single(trend.GetProperty("warmed").EnumerateArray(), d => d.Str("a") == "IND" && d.Str("b") == "PAK");
        Assert.True(warmed.GetProperty("change").GetDouble() > 0);
        foreach (var driver in warmed.GetProperty("drivers").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(driver.Str("sentence")));
            Assert.Equal(JsonValueKind.Object, driver.GetProperty("event").GetProperty("highlights").ValueKind);
        }
    }

    [Fact]
    public async Task AlignmentOfAnEmptyRangeIsEmpty()
    {
        var json = await Api.GetOkAsync(_fixture.Client, "/api/alignment?from=1990-01-01&to=1990-12-31");
        Assert.Empty(json.GetProperty("pairs").EnumerateArray());
        Assert.Empty(json.GetProperty("nodes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("trend").ValueKind);
    }
}

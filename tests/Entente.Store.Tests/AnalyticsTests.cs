using Entente.Model;

namespace Entente.Store.Tests;

public sealed class AnalyticsTests
{
    private static CodedDocument Doc(string id, string outlet, DateOnly date, string a, string b, string cameo, double goldstein, string context, Modality modality = Modality.Asserted, string? sentence = null)
    {
        var ev = Fixtures.Event(id, 0, Fixtures.Actor(a + "GOV", a, sector: "GOV"), Fixtures.Actor(b + "MIL", b, sector: "MIL"), cameo, date, modality, goldstein,
            plover: new PloverCoding("X", null, [context, "diplomatic"]));
        return Fixtures.Doc(id, outlet, date, [sentence ?? $"{a} {cameo} {b} {id}."], [ev]);
    }

    private static async Task<DuckDbEventStore> FixtureAsync()
    {
        var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        await store.WriteAsync(
        [
            Doc("j1", "Dawn", new(2024, 1, 3), "PAK", "CHN", "040", 1.0, "economic"),
            Doc("j2", "AP", new(2024, 1, 20), "PAK", "CHN", "061", 6.4, "economic", sentence: "Pakistan signed a corridor deal with China."),
            Doc("j3", "AP", new(2024, 1, 25), "CHN", "PAK", "070", 7.0, "human_security"),
            Doc("j4", "AP", new(2024, 1, 26), "CHN", "PAK", "040", 1.0, "economic", Modality.Future),
            Doc("f1", "Dawn", new(2024, 2, 14), "PAK", "CHN", "111", -2.0, "military"),
            Doc("i1", "Dawn", new(2024, 1, 5), "IND", "PAK", "190", -10.0, "military"),
            Doc("i2", "AP", new(2024, 1, 9), "PAK", "IND", "190", -10.0, "military"),
            Doc("i3", "AP", new(2024, 2, 1), "IND", "PAK", "130", -4.4, "military"),
            Doc("i4", "AP", new(2024, 2, 11), "PAK", "IND", "040", 1.0, "diplomatic"),
        ]);
        return store;
    }

    [Fact]
    public async Task Dyad_series_by_month_counts_each_direction_and_both()
    {
        await using var store = await FixtureAsync();
        var series = await new Analytics(store).DyadSeriesAsync("PAK", "CHN", PeriodUnit.Month);
        Assert.Equal(6, series.Count);

        var jan = series.Where(p => p.Period == new DateOnly(2024, 1, 1)).ToDictionary(p => p.Direction);
        Assert.Equal(2, jan[DyadDirection.AToB].Total);
        Assert.Equal(1, jan[DyadDirection.AToB].VerbalCooperation);
        Assert.Equal(1, jan[DyadDirection.AToB].MaterialCooperation);
        Assert.Equal(7.4, jan[DyadDirection.AToB].GoldsteinSum, 6);
        Assert.Equal(1, jan[DyadDirection.BToA].Total); // the future meeting is not counted
        Assert.Equal(3, jan[DyadDirection.Combined].Total);
        Assert.Equal(14.4 / 3, jan[DyadDirection.Combined].GoldsteinMean, 6);
        Assert.Equal(2, jan[DyadDirection.Combined].Contexts["economic"]);
        Assert.Equal(3, jan[DyadDirection.Combined].Contexts["diplomatic"]);
        Assert.Equal(2, jan[DyadDirection.Combined].Roots["04"] + jan[DyadDirection.Combined].Roots["06"]);

        var feb = series.Single(p => p.Period == new DateOnly(2024, 2, 1) && p.Direction == DyadDirection.Combined);
        Assert.Equal(1, feb.VerbalConflict);
        Assert.Equal(-2.0, feb.GoldsteinMean, 6);

        var all = await new Analytics(store).DyadSeriesAsync("PAK", "CHN", PeriodUnit.Year, assertedOnly: false);
        Assert.Equal(5, all.Single(p => p.Direction == DyadDirection.Combined).Total);
        var onlyJan = await new Analytics(store).DyadSeriesAsync("CHN", "PAK", PeriodUnit.Week, from: new(2024, 1, 1), to: new(2024, 1, 31));
        Assert.All(onlyJan, p => Assert.Equal(DayOfWeek.Monday, p.Period.DayOfWeek));
        Assert.Equal(3, onlyJan.Where(p => p.Direction == DyadDirection.Combined).Sum(p => p.Total));
        Assert.Equal(1, onlyJan.Where(p => p.Direction == DyadDirection.AToB).Sum(p => p.Total)); // CHN→PAK
    }

    [Fact]
    public async Task Alignment_is_positive_for_partners_and_negative_for_rivals()
    {
        await using var store = await FixtureAsync();
        var result = await new Analytics(store).AlignmentAsync(options: new AlignmentOptions { MinEvents = 2 });
        Assert.Equal(["CHN", "IND", "PAK"], result.Actors);
        var partners = result.Cell("PAK", "CHN")!;
        Assert.Equal(("CHN", "PAK", 4L), (partners.A, partners.B, partners.Total));
        Assert.Equal(0.5, partners.NetCooperation, 6);
        var rivals = result.Cell("IND", "PAK")!;
        Assert.Equal(-0.5, rivals.NetCooperation, 6);
        Assert.True(rivals.GoldsteinMean < 0);
        Assert.Equal(partners, Assert.Single(result.Partnerships));
        Assert.Equal(rivals, Assert.Single(result.Rivalries));

        var thin = await new Analytics(store).AlignmentAsync(options: new AlignmentOptions { MinEvents = 5 });
        Assert.Empty(thin.Pairs);
    }

    [Fact]
    public async Task Trend_finds_the_dyad_that_cooled_and_its_driving_event()
    {
        await using var store = await FixtureAsync();
        var trend = await new Analytics(store).TrendAsync(
            new DateRange(new(2024, 1, 1), new(2024, 1, 31)), new DateRange(new(2024, 2, 1), new(2024, 2, 29)), new AlignmentOptions { MinEvents = 1 });
        var cooled = Assert.Single(trend.Cooled);
        Assert.Equal(("CHN", "PAK"), (cooled.After.A, cooled.After.B));
        Assert.Equal(-2.0, cooled.Change, 6); // from +1 (all cooperation) to −1 (all conflict)
        Assert.Equal("111", cooled.Drivers[0].Cameo);
        var warmed = Assert.Single(trend.Warmed);
        Assert.Equal(("IND", "PAK"), (warmed.After.A, warmed.After.B));
        Assert.Equal("040", warmed.Drivers[0].Cameo);
    }

    [Fact]
    public async Task Query_filters_and_pages()
    {
        await using var store = await FixtureAsync();
        var analytics = new Analytics(store);
        Assert.Equal(9, (await analytics.QueryAsync(new EventFilter())).Total);
        Assert.Equal(4, (await analytics.QueryAsync(new EventFilter { Actor = "IND" })).Total);
        Assert.Equal(4, (await analytics.QueryAsync(new EventFilter { Country = "IND" })).Total);
        // One side only: the source and target filters split the actor's events between them.
        var asSource = await analytics.QueryAsync(new EventFilter { Source = "IND" });
        var asTarget = await analytics.QueryAsync(new EventFilter { Target = "IND" });
        Assert.All(asSource.Events, e => Assert.Equal("IND", e.Source.Key));
        Assert.All(asTarget.Events, e => Assert.Equal("IND", e.Target?.Key));
        Assert.True(asSource.Total > 0 && asTarget.Total > 0);
        Assert.Equal(4, asSource.Total + asTarget.Total);
        Assert.Equal(3, (await analytics.QueryAsync(new EventFilter { Actor = "CHNMIL", Sector = "MIL" })).Total);
        Assert.Equal(0, (await analytics.QueryAsync(new EventFilter { Actor = "CHNMIL", Sector = "REB" })).Total);
        Assert.Equal(3, (await analytics.QueryAsync(new EventFilter { Code = "04" })).Total);
        Assert.Equal(2, (await analytics.QueryAsync(new EventFilter { Code = "190" })).Total);
        Assert.Equal(2, (await analytics.QueryAsync(new EventFilter { Quad = 4 })).Total);
        Assert.Equal("j4", Assert.Single((await analytics.QueryAsync(new EventFilter { Modality = Modality.Future })).Events).DocId);
        Assert.Equal(3, (await analytics.QueryAsync(new EventFilter { From = new(2024, 2, 1) })).Total);
        Assert.Equal(2, (await analytics.QueryAsync(new EventFilter { From = new(2024, 1, 4), To = new(2024, 1, 10) })).Total);
        Assert.Equal("j2", Assert.Single((await analytics.QueryAsync(new EventFilter { Text = "CORRIDOR deal" })).Events).DocId);

        var page = await analytics.QueryAsync(new EventFilter { Limit = 4, Offset = 4 });
        Assert.Equal(9, page.Total);
        Assert.Equal(["j3", "j4", "i3", "i4"], page.Events.Select(e => e.DocId));
    }
}

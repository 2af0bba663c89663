using System.Diagnostics;
using Xunit.Abstractions;

namespace Entente.Store.Tests;

public sealed class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Hundred_thousand_synthetic_events_ingest_cluster_and_aggregate()
    {
        var options = new SyntheticOptions { Events = 100_000, Actors = 30, Seed = 11 };
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());

        var clock = Stopwatch.StartNew();
        var totals = await new IngestRunner(store).RunAsync(SyntheticEvents.Generate(options).ToAsyncEnumerable());
        var ingest = clock.Elapsed;
        Assert.Equal(100_000, totals.Events);

        clock.Restart();
        var clusters = await new EventClusterer(store).RunAsync();
        var clustering = clock.Elapsed;

        var analytics = new Analytics(store);
        var keys = SyntheticEvents.ActorKeys(options.Actors);
        clock.Restart();
        var series = await analytics.DyadSeriesAsync(keys[0], keys[1], PeriodUnit.Month);
        var dyad = clock.Elapsed;
        clock.Restart();
        var alignment = await analytics.AlignmentAsync();
        var align = clock.Elapsed;
        clock.Restart();
        var reports = await analytics.DyadSeriesAsync(keys[0], keys[1], PeriodUnit.Month, countClusters: false);
        var dyadReports = clock.Elapsed;

        output.WriteLine($"ingest: {totals.Documents} docs, {totals.Events} events in {ingest.TotalMilliseconds:F0} ms ({totals.Events / ingest.TotalSeconds:F0} events/s)");
        output.WriteLine($"cluster: {clusters.Clusters} clusters ({clusters.Merged} merged) in {clustering.TotalMilliseconds:F0} ms");
        output.WriteLine($"dyad by month (clusters): {series.Count} rows in {dyad.TotalMilliseconds:F1} ms; (reports): {dyadReports.TotalMilliseconds:F1} ms");
        output.WriteLine($"alignment: {alignment.Pairs.Count} pairs in {align.TotalMilliseconds:F1} ms");

        Assert.Equal(options.Actors * (options.Actors - 1) / 2, alignment.Pairs.Count);
        Assert.NotEmpty(alignment.Partnerships);
        Assert.NotEmpty(alignment.Rivalries);
        Assert.True(clusters.Clusters < 100_000);
        Assert.True(series.Where(p => p.Direction == DyadDirection.Combined).Sum(p => p.Total)
            < reports.Where(p => p.Direction == DyadDirection.Combined).Sum(p => p.Total));
    }
}

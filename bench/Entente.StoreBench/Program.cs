using System.Diagnostics;
using System.Globalization;
using Entente.Store;

namespace Entente.StoreBench;

/// <summary>Builds a DuckDB store of synthetic events and times ingest, clustering and the analytics queries (issue 6).</summary>
public static class Program
{
    /// <summary>Runs the benchmark; exit 1 on bad arguments.</summary>
    public static async Task<int> Main(string[] args)
    {
        var options = StoreBenchOptions.Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"entente-storebench: {error}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync("usage: Entente.StoreBench [--events N] [--actors M] [--db PATH] [--keep] [--reps R] [--batch B] [--default-settings] [--resume] [--query-only [--cluster]]").ConfigureAwait(false);
            return 1;
        }

        var path = options.Database ?? Path.Combine(Path.GetTempPath(), $"entente-storebench-{Environment.ProcessId}.duckdb");
        if (!options.QueryOnly && !options.Resume)
        {
            DeleteDatabase(path);
        }

        try
        {
            await RunAsync(options, path).ConfigureAwait(false);
        }
        finally
        {
            if (!options.Keep && !options.QueryOnly)
            {
                DeleteDatabase(path);
            }
        }

        return 0;
    }

    private static async Task RunAsync(StoreBenchOptions options, string path)
    {
        var synthetic = new SyntheticOptions { Events = options.Events, Actors = options.Actors };
        var size = options.QueryOnly ? "an existing store" : $"{options.Events:N0} events";
        Console.WriteLine($"# store benchmark: {size}, {options.Actors} actors, {synthetic.From:yyyy-MM-dd}..{synthetic.To:yyyy-MM-dd}, db {path}");
        Console.WriteLine($"load before: {Load()}  ({Environment.ProcessorCount} cores)");
        await using var store = await DuckDbEventStore.OpenAsync(path).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        if (!options.QueryOnly)
        {
            var step = Math.Max(1, options.Events / 10);
            long next = step;
            var progress = new SyncProgress(p =>
            {
                if (p.Events >= next)
                {
                    Console.WriteLine($"  ingest {p.Events,12:N0} events  {p.Elapsed.TotalSeconds,7:F1} s  {p.Events / Math.Max(0.001, p.Elapsed.TotalSeconds),9:N0} events/s");
                    next += step;
                }
            });
            IngestProgress totals;
            var settings = options.DefaultSettings ? null : await store.UseBulkWriteSettingsAsync().ConfigureAwait(false);
            try
            {
                totals = await new IngestRunner(store, new IngestOptions { BatchSize = options.BatchSize })
                    .RunAsync(SyntheticEvents.Generate(synthetic).ToAsyncEnumerable(), progress).ConfigureAwait(false);
            }
            finally
            {
                if (settings is not null)
                {
                    await settings.DisposeAsync().ConfigureAwait(false);
                }
            }

            var ingest = clock.Elapsed;
            Console.WriteLine($"ingest: {totals.Documents:N0} documents, {totals.Sentences:N0} sentences, {totals.Events:N0} events in {ingest.TotalSeconds:F1} s " +
                $"({totals.Events / ingest.TotalSeconds:N0} events/s), errors {totals.Errors}; load {Load()}");

            clock.Restart();
            var clusters = await new EventClusterer(store).RunAsync().ConfigureAwait(false);
            Console.WriteLine($"cluster: {clusters.Events:N0} events -> {clusters.Clusters:N0} clusters ({clusters.Merged:N0} merged) in {clock.Elapsed.TotalSeconds:F1} s; load {Load()}");
        }
        else if (options.Cluster)
        {
            var clusters = await new EventClusterer(store).RunAsync().ConfigureAwait(false);
            Console.WriteLine($"cluster: {clusters.Events:N0} events -> {clusters.Clusters:N0} clusters ({clusters.Merged:N0} merged) in {clock.Elapsed.TotalSeconds:F1} s; load {Load()}");
        }

        Console.WriteLine($"store on disk: {Megabytes(path)}");
        var analytics = new Analytics(store);
        var keys = SyntheticEvents.ActorKeys(options.Actors);
        var half = new DateRange(synthetic.From, DateOnly.FromDayNumber((synthetic.From.DayNumber + synthetic.To.DayNumber) / 2));
        var second = new DateRange(half.To.AddDays(1), synthetic.To);
        var reps = options.Repetitions;
        Console.WriteLine();
        Console.WriteLine("| query | rows | first ms | min ms | median ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (a, b) in new[] { (0, 1), (2, options.Actors - 1), (options.Actors / 2, options.Actors / 3) })
        {
            await TimeAsync($"DyadSeriesAsync({keys[a]}, {keys[b]}, Month)", reps,
                async () => (await analytics.DyadSeriesAsync(keys[a], keys[b], PeriodUnit.Month).ConfigureAwait(false)).Count).ConfigureAwait(false);
        }

        await TimeAsync($"DyadSeriesAsync({keys[0]}, {keys[1]}, Month, reports)", reps,
            async () => (await analytics.DyadSeriesAsync(keys[0], keys[1], PeriodUnit.Month, countClusters: false).ConfigureAwait(false)).Count).ConfigureAwait(false);
        await TimeAsync("AlignmentAsync()", reps, async () => (await analytics.AlignmentAsync().ConfigureAwait(false)).Pairs.Count).ConfigureAwait(false);
        await TimeAsync("AlignmentAsync(2022)", reps,
            async () => (await analytics.AlignmentAsync(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)).ConfigureAwait(false)).Pairs.Count).ConfigureAwait(false);
        await TimeAsync($"TrendAsync({half.From:yyyy-MM}..{half.To:yyyy-MM} vs {second.From:yyyy-MM}..{second.To:yyyy-MM})", reps,
            async () =>
            {
                var t = await analytics.TrendAsync(half, second).ConfigureAwait(false);
                return t.Warmed.Count + t.Cooled.Count;
            }).ConfigureAwait(false);
        var filters = new (string Name, EventFilter Filter)[]
        {
            ($"Query actor={keys[0]} 2023", new EventFilter { Actor = keys[0], From = new DateOnly(2023, 1, 1), To = new DateOnly(2023, 12, 31) }),
            ("Query code=19 quad=4", new EventFilter { Code = "19", Quad = 4 }),
            ($"Query country={keys[3]} sector=MIL future", new EventFilter { Country = keys[3], Sector = "MIL", Modality = Entente.Model.Modality.Future }),
            ("Query text=\"embargo\" 2021-03", new EventFilter { Text = "embargo", From = new DateOnly(2021, 3, 1), To = new DateOnly(2021, 3, 31) }),
            ("Query all, offset 100,000", new EventFilter { Offset = 100_000 }),
        };
        foreach (var (name, filter) in filters)
        {
            await TimeAsync(name, reps, async () => (await analytics.QueryAsync(filter).ConfigureAwait(false)).Total).ConfigureAwait(false);
        }

        Console.WriteLine();
        Console.WriteLine($"load after: {Load()}");
    }

    private static async Task TimeAsync(string name, int reps, Func<Task<long>> run)
    {
        var times = new double[reps];
        long rows = 0;
        for (var i = 0; i < reps; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = await run().ConfigureAwait(false);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        var first = times[0];
        Array.Sort(times);
        var median = reps % 2 == 1 ? times[reps / 2] : (times[(reps / 2) - 1] + times[reps / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {rows:N0} | {first:F1} | {times[0]:F1} | {median:F1} |"));
    }

    private static string Load()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string Megabytes(string path)
    {
        long bytes = 0;
        foreach (var file in new[] { path, path + ".wal" })
        {
            if (File.Exists(file))
            {
                bytes += new FileInfo(file).Length;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");
    }

    private static void DeleteDatabase(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
    }
}

using Entente.Model;

namespace Entente.Store.Tests;

public sealed class ClusterTests
{
    private static readonly DateOnly _day = new(2024, 5, 6);

    [Fact]
    public async Task Five_reports_of_one_meeting_from_five_outlets_form_one_cluster_and_a_later_meeting_another()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var reports = new[]
        {
            ("Dawn", 0, "PAK", "CHN", "Pakistan's prime minister met Chinese leaders in Beijing.", "040"),
            ("Reuters", 0, "CHN", "PAK", "China hosted the Pakistani premier for talks.", "043"),
            ("Xinhua", 1, "CHN", "PAK", "Chinese and Pakistani leaders held talks on the corridor.", "040"),
            ("The News", 1, "PAK", "CHN", "PM visits Beijing, meets counterpart.", "042"),
            ("AP", 2, "PAK", "CHN", "Pakistani and Chinese officials met again on Wednesday.", "040"),
        };
        var docs = reports.Select((r, i) => Fixtures.Simple("m" + i, r.Item1, _day.AddDays(r.Item2), r.Item3, r.Item4, r.Item6, 1, r.Item5)).ToList();
        // A second meeting of the same pair a week later, reported twice.
        docs.Add(Fixtures.Simple("later-1", "Dawn", _day.AddDays(8), "PAK", "CHN", "040", 1, "Second round of talks opened."));
        docs.Add(Fixtures.Simple("later-2", "AP", _day.AddDays(9), "CHN", "PAK", "040", 1, "Talks resumed between the two."));
        // Same dyad and days, but a different root, a non-asserted modality, and another dyad: none of them may join.
        docs.Add(Fixtures.Simple("attack", "AP", _day, "PAK", "CHN", "190", -10, "Clashes at the border."));
        docs.Add(Fixtures.Simple("plan", "AP", _day, "PAK", "CHN", "040", 1, "They will meet next month.", Modality.Future));
        docs.Add(Fixtures.Simple("other", "AP", _day, "PAK", "IND", "040", 1, "India and Pakistan met."));
        await store.WriteAsync(docs);

        var summary = await new EventClusterer(store).RunAsync();
        Assert.Equal(10, summary.Events);
        Assert.Equal(5, summary.Clusters);
        Assert.Equal(2, summary.Merged);

        await using var c = store.OpenConnection();
        await using var cmd = Sql.Command(c, "SELECT source_key, target_key, cameo_root, modality, first_date, last_date, mentions, documents, sources FROM clusters ORDER BY mentions DESC, first_date");
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal(("CHN", "PAK", "04", "asserted"), (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        Assert.Equal(_day, Sql.Date(r, 4));
        Assert.Equal(_day.AddDays(2), Sql.Date(r, 5));
        Assert.Equal((5L, 5L, 5L), (Sql.Long(r, 6), Sql.Long(r, 7), Sql.Long(r, 8)));
        Assert.True(await r.ReadAsync());
        Assert.Equal(_day.AddDays(8), Sql.Date(r, 4));
        Assert.Equal((2L, 2L, 2L), (Sql.Long(r, 6), Sql.Long(r, 7), Sql.Long(r, 8)));

        // Every event keeps its row; one head per cluster.
        Assert.Equal(10L, await StoreTests.CountAsync(store, "events"));
        Assert.Equal(5L, Convert.ToInt64(await Sql.ScalarAsync(c, "SELECT COUNT(*) FROM events WHERE cluster_head", default), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(await Sql.ScalarAsync(c, "SELECT COUNT(*) FROM events WHERE cluster_id IS NULL", default), System.Globalization.CultureInfo.InvariantCulture));

        // Aggregates count happenings by default: two meetings and one clash, not eight reports.
        var analytics = new Analytics(store);
        var happenings = await analytics.DyadSeriesAsync("PAK", "CHN", PeriodUnit.Year);
        Assert.Equal(3, happenings.Single(p => p.Direction == DyadDirection.Combined).Total);
        var reportsCounted = await analytics.DyadSeriesAsync("PAK", "CHN", PeriodUnit.Year, countClusters: false);
        Assert.Equal(8, reportsCounted.Single(p => p.Direction == DyadDirection.Combined).Total);
    }

    [Fact]
    public async Task Rerunning_the_clusterer_gives_the_same_clusters()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        await new IngestRunner(store).RunAsync(SyntheticEvents.Generate(new SyntheticOptions { Events = 3_000, Actors = 5 }).ToAsyncEnumerable());
        var first = await new EventClusterer(store).RunAsync();
        var second = await new EventClusterer(store).RunAsync();
        Assert.Equal(first, second);
        Assert.True(first.Merged > 0);
        Assert.Equal(first.Clusters, await StoreTests.CountAsync(store, "clusters"));
    }

    [Fact]
    public async Task An_incremental_run_after_more_ingest_equals_a_full_run()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var docs = SyntheticEvents.Generate(new SyntheticOptions { Events = 2_000, Actors = 6, Seed = 3 }).ToList();
        await store.WriteAsync(docs[..400]);
        await new EventClusterer(store).RunAsync();

        await store.WriteAsync(docs[400..]);
        // One more report of the first document's happenings, two days later, from another outlet: it must join their clusters.
        var late = docs[0].Events[0];
        await store.WriteAsync([Fixtures.Doc("late", "Late Outlet", late.Date!.Value.AddDays(1), ["A late report."],
            [late with { Id = "late:0:0", DocId = "late", Date = late.Date!.Value.AddDays(1) }])]);
        var incremental = await new EventClusterer(store).RunAsync(incremental: true);
        Assert.True(incremental.Events > 0);
        var afterIncremental = await DumpAsync(store);

        var full = await new EventClusterer(store).RunAsync();
        Assert.True(incremental.Events < full.Events);
        Assert.Equal(afterIncremental, await DumpAsync(store));

        await using var c = store.OpenConnection();
        var joined = await Sql.ScalarAsync(c, "SELECT COUNT(*) FROM events a JOIN events b ON a.cluster_id = b.cluster_id WHERE a.doc_id = 'late' AND b.doc_id = $1", default, docs[0].Document.Id);
        Assert.Equal(1L, Convert.ToInt64(joined, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<string> DumpAsync(IEventStore store)
    {
        await using var c = store.OpenConnection();
        var sb = new System.Text.StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT event_no, cluster_id, cluster_head FROM events ORDER BY event_no",
            "SELECT cluster_id, source_key, target_key, cameo_root, modality, first_date, last_date, mentions, documents, sources, head_event_no FROM clusters ORDER BY cluster_id",
            "SELECT event_no, cluster_id, is_head FROM event_clusters ORDER BY event_no",
        })
        {
            await using var cmd = Sql.Command(c, sql);
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                for (var i = 0; i < r.FieldCount; i++)
                {
                    sb.Append(Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}

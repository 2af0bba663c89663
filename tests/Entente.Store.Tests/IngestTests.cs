using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Entente.Model;

namespace Entente.Store.Tests;

public sealed class IngestTests
{
    private static readonly SyntheticOptions _corpus = new() { Events = 2_000, Actors = 8, Seed = 7 };

    [Fact]
    public async Task Reports_totals_and_skips_known_documents_on_a_second_run()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var runner = new IngestRunner(store, new IngestOptions { BatchSize = 100 });
        var reports = new List<IngestProgress>();
        var first = await runner.RunAsync(Stream(SyntheticEvents.Generate(_corpus)), new SyncProgress(reports.Add));
        Assert.Equal(500, first.Documents);
        Assert.Equal(2_000, first.Events);
        Assert.Equal(2_500, first.Sentences);
        Assert.Equal(0, first.Skipped);
        Assert.Equal(6, reports.Count);

        var second = await runner.RunAsync(Stream(SyntheticEvents.Generate(_corpus)));
        Assert.Equal(0, second.Documents);
        Assert.Equal(500, second.Skipped);
        Assert.Equal(2_000L, await StoreTests.CountAsync(store, "events"));
    }

    [Fact]
    public async Task A_killed_run_resumed_ends_with_the_same_rows_as_an_uninterrupted_one()
    {
        var clock = new FixedClock();
        await using var whole = await DuckDbEventStore.OpenAsync(Fixtures.TempDb(), clock);
        await new IngestRunner(whole, new IngestOptions { BatchSize = 64 }).RunAsync(Stream(SyntheticEvents.Generate(_corpus)));

        await using var resumed = await DuckDbEventStore.OpenAsync(Fixtures.TempDb(), clock);
        var runner = new IngestRunner(resumed, new IngestOptions { BatchSize = 64 });
        using (var kill = new CancellationTokenSource())
        {
            // The "kill" lands while the fourth batch is being read: three batches are stored, the partial one is not.
            var read = 0;
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(
                Stream(SyntheticEvents.Generate(_corpus), _ => { if (++read == 230) kill.Cancel(); }), cancellationToken: kill.Token));
        }

        Assert.Equal(192L, await StoreTests.CountAsync(resumed, "documents"));

        // Second run: the CLI's pre-filter skips the stored documents before (re)coding them.
        var skipped = 0;
        var rest = Filter(SyntheticEvents.Generate(_corpus), runner, () => skipped++);
        var totals = await runner.RunAsync(rest);
        Assert.Equal(192, skipped);
        Assert.Equal(308, totals.Documents);

        foreach (var table in new[] { "documents", "sentences", "events", "mentions" })
        {
            Assert.Equal(await DumpAsync(whole, table), await DumpAsync(resumed, table));
        }
    }

    [Fact]
    public async Task A_bad_document_is_counted_as_an_error_and_its_batch_neighbours_are_kept()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var day = new DateOnly(2024, 1, 1);
        var docs = new[]
        {
            Fixtures.Simple("ok-1", "A", day, "PAK", "CHN", "040", 1),
            Fixtures.Simple("bad", "A", day, "PAK", "CHN", "4", 1),
            Fixtures.Simple("ok-2", "A", day, "PAK", "IND", "190", -10),
        };
        var failed = new List<string>();
        var totals = await new IngestRunner(store).RunAsync(Stream(docs), onError: (d, _) => failed.Add(d.Id));
        Assert.Equal(2, totals.Documents);
        Assert.Equal(1, totals.Errors);
        Assert.Equal(["bad"], failed);
    }

    [Fact]
    public async Task IsKnown_sees_stored_documents_and_those_the_runner_writes_later()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var day = new DateOnly(2024, 1, 1);
        var first = Fixtures.Simple("one", "A", day, "PAK", "CHN", "040", 1);
        var second = Fixtures.Simple("two", "A", day, "PAK", "IND", "040", 1);
        await store.WriteAsync([first]);

        var runner = new IngestRunner(store);
        Assert.True(await runner.IsKnownAsync(first.Document));
        Assert.True(await runner.IsKnownAsync(first.Document with { Id = "renamed" }));
        Assert.False(await runner.IsKnownAsync(second.Document));
        await runner.RunAsync(Stream([second]));
        Assert.True(await runner.IsKnownAsync(second.Document));
        Assert.True(await new IngestRunner(store).IsKnownAsync(second.Document));
    }

    /// <summary>Every row of a table (ingest time aside), in a fixed order, as text.</summary>
    private static async Task<string> DumpAsync(IEventStore store, string table)
    {
        await using var c = store.OpenConnection();
        var order = table switch { "documents" => "doc_no", "events" => "event_no", _ => "doc_no, sentence, start_char" };
        await using var cmd = Sql.Command(c, $"SELECT * FROM {table} ORDER BY {order}");
        await using var r = await cmd.ExecuteReaderAsync();
        var sb = new StringBuilder();
        while (await r.ReadAsync())
        {
            for (var i = 0; i < r.FieldCount; i++)
            {
                var v = r.GetValue(i);
                sb.Append(v is System.Collections.IEnumerable list and not string ? string.Join(',', list.Cast<object>()) : Convert.ToString(v, CultureInfo.InvariantCulture)).Append('|');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static async IAsyncEnumerable<CodedDocument> Stream(IEnumerable<CodedDocument> docs, Action<CodedDocument>? onRead = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var d in docs)
        {
            ct.ThrowIfCancellationRequested();
            onRead?.Invoke(d);
            yield return d;
            await Task.Yield();
        }
    }

    private static async IAsyncEnumerable<CodedDocument> Filter(IEnumerable<CodedDocument> docs, IngestRunner runner, Action onSkip)
    {
        foreach (var d in docs)
        {
            if (await runner.IsKnownAsync(d.Document))
            {
                onSkip();
                continue;
            }

            yield return d;
        }
    }

    private sealed class SyncProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
    }
}

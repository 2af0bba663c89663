using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Store.Tests.Cli;

/// <summary>`entente ingest` run as a program: idempotent, resumable after a kill, bad records reported and skipped.</summary>
public sealed class IngestCliTests
{
    [Fact]
    public async Task A_second_ingest_of_the_same_corpus_adds_nothing()
    {
        var db = Fixtures.TempDb();
        var first = await StoreCliRunner.RunAsync("ingest", IngestedStore.Corpus, "--db", db);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("9 documents stored", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(9, StoreTables.Count(db, "documents"));
        Assert.True(StoreTables.Count(db, "events") >= 10);
        var before = StoreTables.All.Select(t => StoreTables.Rows(db, t.Table, t.Exclude)).ToList();

        var second = await StoreCliRunner.RunAsync("ingest", IngestedStore.Corpus, "--db", db);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("0 documents stored", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("9 skipped as already stored", second.Stdout, StringComparison.Ordinal);
        var after = StoreTables.All.Select(t => StoreTables.Rows(db, t.Table, t.Exclude)).ToList();
        Assert.Equal(before, after);
        // ingested_at is left out above; the documents themselves must not have been rewritten either.
        Assert.Equal(StoreTables.Rows(db, "documents").Count, before[0].Count);
    }

    [Fact]
    public async Task By_default_only_the_sentences_with_events_are_kept_and_all_sentences_keeps_every_one()
    {
        // The fixture corpus has an event in every sentence; these documents have sentences (and mentions) without one.
        var corpus = Path.Combine(Directory.CreateTempSubdirectory("entente-ingest-").FullName, "mixed.jsonl");
        await File.WriteAllTextAsync(corpus,
            "{\"id\":\"m1\",\"date\":\"2024-03-04\",\"text\":\"Rain fell over Islamabad on Monday. Pakistan praised China on Monday. Traffic in Beijing was slow.\"}\n" +
            "{\"id\":\"m2\",\"date\":\"2024-03-05\",\"text\":\"India praised Japan on Tuesday. Markets in Tokyo closed higher.\"}\n");
        var evidence = Fixtures.TempDb();
        Assert.Equal(0, (await StoreCliRunner.RunAsync("ingest", corpus, "--db", evidence, "--no-cluster")).ExitCode);
        var whole = Fixtures.TempDb();
        var all = await StoreCliRunner.RunAsync("ingest", corpus, "--db", whole, "--no-cluster", "--all-sentences");
        Assert.True(all.ExitCode == 0, all.Stderr);

        // Same documents and events either way; the default keeps the sentences (and mentions) that events point into.
        Assert.Equal(StoreTables.Rows(whole, "events"), StoreTables.Rows(evidence, "events"));
        Assert.Equal(StoreTables.Rows(whole, "documents", " EXCLUDE (ingested_at)"), StoreTables.Rows(evidence, "documents", " EXCLUDE (ingested_at)"));
        var withEvents = StoreTables.Rows(whole, "sentences").Where(row => StoreTables.Rows(whole, "events").Any(e => SameSentence(e, row))).ToList();
        Assert.Equal(withEvents, StoreTables.Rows(evidence, "sentences"));
        Assert.Equal(5, StoreTables.Count(whole, "sentences"));
        Assert.Equal(2, StoreTables.Count(evidence, "sentences"));
        Assert.True(StoreTables.Count(whole, "mentions") > StoreTables.Count(evidence, "mentions"));
        Assert.True(StoreTables.Count(evidence, "mentions") >= 4);
        Assert.Equal(StoreTables.Count(whole, "sentences"), StoreTables.Sum(evidence, "documents", "sentence_count"));
    }

    // events rows start event_no, doc_no, id, doc_id, sentence; sentences rows start doc_no, doc_id, sentence.
    private static bool SameSentence(string eventRow, string sentenceRow)
    {
        var e = eventRow.Split('\t');
        var s = sentenceRow.Split('\t');
        return e[1] == s[0] && e[4] == s[2];
    }

    [Fact]
    public async Task A_run_that_stored_everything_but_did_not_cluster_is_completed_by_the_next_run()
    {
        // The state a kill between the last batch and the clustering leaves behind.
        var unclustered = Fixtures.TempDb();
        var first = await StoreCliRunner.RunAsync("ingest", IngestedStore.Corpus, "--db", unclustered, "--no-cluster");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Empty(StoreTables.Rows(unclustered, "clusters"));
        var second = await StoreCliRunner.RunAsync("ingest", IngestedStore.Corpus, "--db", unclustered);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("0 documents stored", second.Stdout, StringComparison.Ordinal);

        var reference = Fixtures.TempDb();
        Assert.Equal(0, (await StoreCliRunner.RunAsync("ingest", IngestedStore.Corpus, "--db", reference)).ExitCode);
        foreach (var table in new[] { "events", "clusters", "event_clusters" })
        {
            Assert.Equal(StoreTables.Rows(reference, table), StoreTables.Rows(unclustered, table));
        }

        Assert.NotEmpty(StoreTables.Rows(reference, "clusters"));
    }

    [Fact]
    public async Task A_bad_record_is_reported_with_its_path_and_line_the_rest_is_stored_and_the_exit_is_2()
    {
        var dir = Directory.CreateTempSubdirectory("entente-ingest-").FullName;
        var corpus = Path.Combine(dir, "docs.jsonl");
        await File.WriteAllTextAsync(corpus,
            "{\"id\":\"a\",\"date\":\"2017-01-16\",\"text\":\"Russia praised Pakistan on Monday.\"}\n" +
            "{\"id\":\"b\",\"text\": oops}\n" +
            "{\"id\":\"c\",\"date\":\"2017-01-17\",\"text\":\"India praised the United States on Tuesday.\"}\n");
        var db = Path.Combine(dir, "s.duckdb");
        var r = await StoreCliRunner.RunAsync("ingest", corpus, "--db", db);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(corpus + ":2", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 documents stored", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("(2 sentences, 2 events)", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 bad", r.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, StoreTables.Count(db, "documents"));
    }

    [Fact]
    public async Task A_missing_input_is_one_line_exit_2_and_leaves_no_store_behind()
    {
        var dir = Directory.CreateTempSubdirectory("entente-ingest-").FullName;
        var missing = Path.Combine(dir, "nope.jsonl");
        var db = Path.Combine(dir, "s.duckdb");
        var r = await StoreCliRunner.RunAsync("ingest", missing, "--db", db);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"entente: {missing}: no such file or directory", r.Stderr.Trim());
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task A_killed_ingest_run_again_ends_with_the_rows_of_an_uninterrupted_one()
    {
        var dir = Directory.CreateTempSubdirectory("entente-resume-").FullName;
        var corpus = Path.Combine(dir, "generated.jsonl");
        const int documents = 2500;
        await File.WriteAllTextAsync(corpus, Generate(documents));
        var reference = Path.Combine(dir, "reference.duckdb");
        var resumed = Path.Combine(dir, "resumed.duckdb");

        var uninterrupted = StoreCliRunner.RunAsync("ingest", corpus, "--db", reference);

        // Small batches and frequent progress lines: the kill lands after some batches are committed, long before the end.
        using (var process = Process.Start(StoreCliRunner.StartInfo(dir, ["ingest", corpus, "--db", resumed, "--batch", "20", "--progress-interval", "0.1"]))!)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stored = await WaitForStoredAsync(process.StandardError, TimeSpan.FromMinutes(3));
            Assert.True(stored > 0, "the ingest reported no stored documents before it ended");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.NotEqual(0, process.ExitCode);
            Assert.Empty(await stdout);
        }

        var partial = StoreTables.Count(resumed, "documents");
        Assert.InRange(partial, 1, documents - 1);
        Assert.Empty(StoreTables.Rows(resumed, "clusters"));

        var rest = await StoreCliRunner.RunInAsync(dir, "ingest", corpus, "--db", resumed);
        Assert.True(rest.ExitCode == 0, rest.Stderr);
        Assert.Contains($"{partial.ToString("N0", CultureInfo.InvariantCulture)} skipped as already stored", rest.Stdout, StringComparison.Ordinal);

        var full = await uninterrupted;
        Assert.True(full.ExitCode == 0, full.Stderr);
        Assert.Equal(documents, StoreTables.Count(reference, "documents"));
        foreach (var (table, exclude) in StoreTables.All)
        {
            var expected = StoreTables.Rows(reference, table, exclude);
            var actual = StoreTables.Rows(resumed, table, exclude);
            Assert.True(expected.Count > 0, $"{table}: no rows");
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i] == actual[i], $"{table} row {i}:\n  uninterrupted {expected[i]}\n  resumed       {actual[i]}");
            }
        }
    }

    /// <summary>Reads progress lines until one says documents were stored; returns that count (0 if the stream ended first).</summary>
    private static async Task<long> WaitForStoredAsync(StreamReader stderr, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (await stderr.ReadLineAsync(cancel.Token) is { } line)
        {
            var m = Regex.Match(line, @"\(([\d,]+) stored");
            if (m.Success && long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) > 0)
            {
                return long.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    /// <summary>Distinct short news items between real countries, spread over 2017, each with its own number.</summary>
    private static string Generate(int n)
    {
        string[][] pairs =
        [
            ["Pakistan", "Russia"], ["India", "the United States"], ["China", "Japan"], ["France", "Germany"], ["Iran", "Israel"], ["Turkey", "Greece"],
        ];
        string[] verbs = ["met officials from", "signed an agreement with", "accused", "praised", "criticised", "held talks with"];
        var text = new StringBuilder(n * 200);
        var start = new DateOnly(2017, 1, 2);
        for (var i = 0; i < n; i++)
        {
            var pair = pairs[i % pairs.Length];
            var verb = verbs[(i / pairs.Length) % verbs.Length];
            var date = start.AddDays(i % 360);
            var (a, b) = i % 2 == 0 ? (pair[0], pair[1]) : (pair[1], pair[0]);
            var body = $"{Capital(a)} {verb} {b} on {date.DayOfWeek}. The talks, round {i} of a long series, covered trade and border security.";
            text.Append("{\"id\":\"gen-").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append("\",\"date\":\"").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append("\",\"source\":\"wire-").Append((i % 3).ToString(CultureInfo.InvariantCulture))
                .Append("\",\"text\":\"").Append(body).Append("\"}\n");
        }

        return text.ToString();
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

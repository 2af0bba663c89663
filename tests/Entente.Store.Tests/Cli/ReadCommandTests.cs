using System.Text.Json;
using DuckDB.NET.Data;

namespace Entente.Store.Tests.Cli;

/// <summary>`entente dyad`, `alignment`, `query` and `export` over a store ingested from bilateral.jsonl.</summary>
public sealed class ReadCommandTests(IngestedStore store) : IClassFixture<IngestedStore>
{
    private readonly string _db = store.Db;

    private async Task<StoreCliRunner.Result> OkAsync(params string[] args)
    {
        var r = await StoreCliRunner.RunAsync([.. args, "--db", _db]);
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Stderr}");
        return r;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Dyad_table_has_each_month_in_both_directions_and_combined()
    {
        var r = await OkAsync("dyad", "pak", "rus");
        var lines = Lines(r.Stdout);
        Assert.StartsWith("PAK–RUS, by month:", lines[0], StringComparison.Ordinal);
        // January: only the Russian minister meeting Pakistan's army chief (RUS→PAK, 040, verbal cooperation).
        var january = Array.FindIndex(lines, l => l.StartsWith("2017-01", StringComparison.Ordinal));
        Assert.Matches(@"^2017-01\s+PAK→RUS\s+0\s", lines[january]);
        Assert.Matches(@"^\s+RUS→PAK\s+1\s+1\s+0\s+0\s+0\s+\+1\.0\s+\+1\.00\s+diplomatic 1\s+04 1$", lines[january + 1]);
        Assert.Matches(@"^\s+both\s+1\s", lines[january + 2]);
        // June: the pipeline deal was reported twice; counted once as a happening.
        var june = Array.FindIndex(lines, l => l.StartsWith("2017-06", StringComparison.Ordinal));
        Assert.Matches(@"^\s+both\s+1\s", lines[june + 2]);
        Assert.DoesNotContain(lines, l => l.StartsWith("2017-03", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dyad_json_counts_every_report_with_all_reports()
    {
        var happenings = JsonDocument.Parse((await OkAsync("dyad", "PAK", "RUS", "--json")).Stdout).RootElement;
        var reports = JsonDocument.Parse((await OkAsync("dyad", "PAK", "RUS", "--json", "--all-reports", "--by", "year")).Stdout).RootElement;
        Assert.Equal("happenings", happenings.GetProperty("counting").GetString());
        Assert.Equal(9, happenings.GetProperty("periods").GetArrayLength()); // 3 months × (a→b, b→a, combined)
        var year = reports.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("direction").GetString() == "combined");
        Assert.Equal("2017-01-01", year.GetProperty("period").GetString());
        Assert.Equal(5, year.GetProperty("events").GetInt32());
        Assert.Equal(5, year.GetProperty("verbal_cooperation").GetInt32() + year.GetProperty("material_cooperation").GetInt32());
        Assert.Equal(4, year.GetProperty("cameo_roots").GetProperty("05").GetInt32()); // 057 ×3 reports, 051
    }

    [Fact]
    public async Task Alignment_shows_the_matrix_partnerships_and_rivalries()
    {
        var r = await OkAsync("alignment");
        var lines = Lines(r.Stdout);
        Assert.StartsWith("alignment: 3 pairs among 4 actors", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^IND\s+-1\.00\s+\+0\.33\s+\.$", lines.Single(l => l.StartsWith("IND ", StringComparison.Ordinal)));
        var partnerships = Array.IndexOf(lines, "strongest partnerships:");
        Assert.Matches(@"^\s+PAK–RUS\s+\+1\.00\s+4\s+4\s+0\s", lines[partnerships + 3]);
        var rivalries = Array.IndexOf(lines, "strongest rivalries:");
        Assert.Matches(@"^\s+IND–PAK\s+-1\.00\s+3\s+0\s+3\s", lines[rivalries + 3]);
    }

    [Fact]
    public async Task Alignment_trend_names_the_pair_that_cooled_and_the_events_that_drove_it()
    {
        var r = await OkAsync("alignment", "--min-events", "1", "--trend", "2017-01-01..2017-02-28", "2017-03-01..2017-12-31");
        var lines = Lines(r.Stdout);
        var cooled = Array.IndexOf(lines, "cooled most:");
        Assert.True(cooled > 0, r.Stdout);
        Assert.Matches(@"^\s+IND–USA\s+net \+1\.00 -> -0\.33 \(-1\.33\)", lines[cooled + 1]);
        Assert.Contains("India criticised the United States over new visa restrictions", lines[cooled + 2], StringComparison.Ordinal);
        Assert.Contains("warmed most: none", r.Stdout, StringComparison.Ordinal);

        var json = JsonDocument.Parse((await OkAsync("alignment", "--json", "--min-events", "1", "--trend", "2017-01-01..2017-02-28", "2017-03-01..2017-12-31")).Stdout).RootElement;
        var trend = json.GetProperty("trend").GetProperty("cooled")[0];
        Assert.Equal("IND", trend.GetProperty("a").GetString());
        Assert.Equal("USA", trend.GetProperty("b").GetString());
        // Drivers of a cooling: the later period's events, most hostile first (the two visa/trade rows, then the praise).
        var drivers = trend.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("event").GetProperty("quad_class").GetInt32()).ToList();
        Assert.Equal([3, 3, 1], drivers);
    }

    [Fact]
    public async Task Query_filters_and_pages()
    {
        var table = Lines((await OkAsync("query", "--actor", "PAK", "--quad", "3")).Stdout);
        Assert.Equal(5, table.Length); // header, rule, two accusations, footer
        Assert.Equal("events 1–2 of 2", table[^1]);

        var jsonl = Lines((await OkAsync("query", "--format", "jsonl", "--code", "05", "--limit", "2", "--offset", "1")).Stdout);
        Assert.Equal(2, jsonl.Length);
        Assert.All(jsonl, l => Assert.StartsWith("05", JsonDocument.Parse(l).RootElement.GetProperty("cameo").GetString(), StringComparison.Ordinal));

        var text = Lines((await OkAsync("query", "--text", "VISA")).Stdout);
        Assert.Equal("events 1–1 of 1", text[^1]);
    }

    [Fact]
    public async Task Export_gdelt_rows_have_61_tab_separated_columns()
    {
        var rows = Lines((await OkAsync("export", "--format", "gdelt")).Stdout);
        Assert.Equal(StoreTables.Count(_db, "events"), rows.Length);
        Assert.All(rows, row => Assert.Equal(61, row.Split('\t').Length));
    }

    [Fact]
    public async Task Export_parquet_reads_back_in_duckdb()
    {
        var file = Path.Combine(Path.GetDirectoryName(_db)!, Guid.NewGuid().ToString("N") + ".parquet");
        var r = await OkAsync("export", "--format", "parquet", "--out", file, "--actor", "IND");
        Assert.Contains($"events written to {file}", r.Stderr, StringComparison.Ordinal);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*), COUNT(DISTINCT id), MIN(event_date) FROM read_parquet('{file}')";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(9L, Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(9L, Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Export_jsonl_csv_and_plover_write_every_matching_event()
    {
        var events = StoreTables.Count(_db, "events");
        Assert.Equal(events, Lines((await OkAsync("export")).Stdout).Length);
        var csv = Lines((await OkAsync("export", "--format", "csv", "--from", "2017-06-01")).Stdout);
        Assert.StartsWith("event_no,", csv[0], StringComparison.Ordinal);
        Assert.Equal(1 + 4, csv.Length); // header + two pipeline reports, the India praise, the August accusation
        var plover = Lines((await OkAsync("export", "--format", "plover", "--country", "RUS")).Stdout);
        Assert.Equal(5, plover.Length);
        Assert.All(plover, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("event", out _)));
    }

    [Fact]
    public async Task A_missing_store_is_one_line_and_exit_2()
    {
        var dir = Directory.CreateTempSubdirectory("entente-nostore-").FullName;
        foreach (var args in new[] { new[] { "dyad", "PAK", "RUS" }, ["alignment"], ["query"], ["export"] })
        {
            var r = await StoreCliRunner.RunInAsync(dir, args);
            Assert.Equal(2, r.ExitCode);
            Assert.Equal("entente: entente.duckdb: no store; run 'entente ingest' first", r.Stderr.Trim());
            Assert.False(File.Exists(Path.Combine(dir, "entente.duckdb")));
        }
    }

    [Theory]
    [InlineData("dyad", "PAK", "RUS", "--from", "2017-13-01")]
    [InlineData("query", "--to", "yesterday")]
    [InlineData("alignment", "--from", "2017-03-01", "--to", "2017-01-01")]
    [InlineData("alignment", "--trend", "2017-01-01..2017-02-01")]
    [InlineData("export", "--format", "parquet")]
    public async Task Bad_dates_and_options_are_usage_errors(params string[] args)
    {
        var r = await StoreCliRunner.RunAsync([.. args, "--db", _db]);
        Assert.Equal(1, r.ExitCode);
        Assert.Single(Lines(r.Stderr));
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }
}

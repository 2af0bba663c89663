using System.Text.Json;
using Entente.Model;

namespace Entente.Store.Tests;

public sealed class ExportTests
{
    private static async Task<DuckDbEventStore> FixtureAsync()
    {
        var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var day = new DateOnly(2024, 2, 29);
        var located = Fixtures.Event("loc", 0, Fixtures.Actor("PAKMIL", "PAK", "the army\tchief", sector: "MIL", name: "Asim Munir"), Fixtures.Actor("NATO", null, "NATO", org: "NATO"), "042", day,
            Modality.Future, 1.9, plover: new PloverCoding("CONSULT", "visit", ["military"])) with
        { Location = new PlaceRef("Brussels", "BEL", 50.85, 4.35, 40, 48) };
        await store.WriteAsync(
        [
            Fixtures.Doc("loc", "Dawn", day, ["Army chief to visit NATO in Brussels."], [located]),
            Fixtures.Simple("a", "AP, \"wire\"", day, "PAK", "CHN", "040", 1),
            Fixtures.Simple("b", "Reuters", day.AddDays(1), "CHN", "PAK", "0431", 2.8),
            Fixtures.Simple("c", "Reuters", day, "IND", "PAK", "190", -10),
            // These have no PLOVER coding (as root 01 never has): they are left out of the PLOVER export only.
            Fixtures.Simple("d", "Reuters", day, "IND", "PAK", "010", 0),
        ]);
        await new EventClusterer(store).RunAsync();
        return store;
    }

    [Fact]
    public async Task Gdelt_rows_have_61_columns_and_load_back_in_duckdb()
    {
        await using var store = await FixtureAsync();
        var path = Fixtures.TempDb() + ".tsv";
        Assert.Equal(5, await new Exporter(store).ExportAsync(ExportFormat.Gdelt, path));
        Assert.Equal(61, Exporter.GdeltColumns.Count);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));

        await using var c = store.OpenConnection();
        var sql = $"SELECT column26, column27, column28, column05, column15, column52, column01, column31, column32 FROM read_csv('{path}', delim = '\t', header = false, all_varchar = true, columns = {{{string.Join(", ", Enumerable.Range(0, 61).Select(i => $"'column{i:00}': 'VARCHAR'"))}}}) ORDER BY column00";
        await using var cmd = Sql.Command(c, sql);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await r.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "" : r.GetString(i)).ToArray());
        }

        Assert.Equal(5, rows.Count);
        Assert.Equal(["042", "042", "04", "PAKMIL", "NATO", "Brussels", "20240229", "1", "1"], rows[0]);
        Assert.Equal(["0431", "043", "04", "CHNGOV", "PAKGOV", "", "20240301", "2", "2"], rows[2]); // clustered with "a": two mentions, two outlets
    }

    [Fact]
    public async Task Parquet_reads_back_in_duckdb_with_codes_as_strings()
    {
        await using var store = await FixtureAsync();
        var path = Fixtures.TempDb() + ".parquet";
        Assert.Equal(1, await new Exporter(store).ExportAsync(ExportFormat.Parquet, path, new EventFilter { Code = "04", Actor = "NATO" }));
        Assert.Equal(5, await new Exporter(store).ExportAsync(ExportFormat.Parquet, path));
        await using var c = store.OpenConnection();
        await using var cmd = Sql.Command(c, $"SELECT COUNT(*), MIN(cameo), MAX(doc_source), SUM(len(entries)) FROM read_parquet('{path}')");
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal(5L, Sql.Long(r, 0));
        Assert.Equal("010", r.GetString(1));
        Assert.Equal("Reuters", r.GetString(2));
        Assert.Equal(10L, Sql.Long(r, 3));
    }

    [Fact]
    public async Task Jsonl_is_the_public_event_record()
    {
        await using var store = await FixtureAsync();
        using var output = new MemoryStream();
        Assert.Equal(5, await new Exporter(store).ExportAsync(ExportFormat.Jsonl, output));
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal(
            ["id", "doc_id", "sentence", "date", "date_basis", "source", "target", "cameo", "cameo_root", "goldstein", "quad_class", "plover", "modality", "trigger", "location", "confidence", "rule", "entries"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-02-29", root.GetProperty("date").GetString());
        Assert.Equal("Asim Munir", root.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("target").GetProperty("country").ValueKind);
        Assert.Equal("future", root.GetProperty("modality").GetString());
        Assert.Equal("visit", root.GetProperty("plover").GetProperty("mode").GetString());
        Assert.Equal(50.85, root.GetProperty("location").GetProperty("lat").GetDouble());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("plover").ValueKind);
    }

    [Fact]
    public async Task Jsonl_lines_are_exactly_what_EventJson_writes_for_the_stored_events()
    {
        // One writer for the public record: an export must match `entente code` output byte for byte.
        await using var store = await FixtureAsync();
        using var output = new MemoryStream();
        Assert.Equal(5, await new Exporter(store).ExportAsync(ExportFormat.Jsonl, output));
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            using var parsed = JsonDocument.Parse(line);
            var id = parsed.RootElement.GetProperty("id").GetString();
            var stored = (await store.ReadEventsAsync(parsed.RootElement.GetProperty("doc_id").GetString()!)).Single(e => e.Id == id);
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer))
            {
                Entente.Output.EventJson.Write(json, stored);
            }

            Assert.Equal(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), line);
        }
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_what_needs_it()
    {
        await using var store = await FixtureAsync();
        var path = Fixtures.TempDb() + ".csv";
        Assert.Equal(5, await new Exporter(store).ExportAsync(ExportFormat.Csv, path));
        await using var c = store.OpenConnection();
        await using var cmd = Sql.Command(c, $"SELECT COUNT(*), MAX(CASE WHEN doc_id = 'a' THEN doc_source END), MAX(CASE WHEN doc_id = 'loc' THEN source_text END) FROM read_csv('{path}', header = true, all_varchar = true)");
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal(5L, Sql.Long(r, 0));
        Assert.Equal("AP, \"wire\"", r.GetString(1));
        Assert.Equal("the army\tchief", r.GetString(2));
    }

    [Fact]
    public async Task Plover_records_have_the_required_fields_and_auxiliary_modes()
    {
        await using var store = await FixtureAsync();
        using var output = new MemoryStream();
        Assert.Equal(1, await new Exporter(store).ExportAsync(ExportFormat.Plover, output));
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var doc = JsonDocument.Parse(lines[0]);
        var root = doc.RootElement;
        Assert.Equal("loc:0:0", root.GetProperty("id").GetString());
        Assert.Equal("2024-02-29", root.GetProperty("date").GetString());
        Assert.Equal("PAK", root.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("MIL", root.GetProperty("actor")[0].GetProperty("sector").GetString());
        Assert.Equal("NATO", root.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal("CONSULT", root.GetProperty("event")[0].GetString());
        Assert.Equal(["visit", "future"], root.GetProperty("mode").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Brussels", root.GetProperty("event_loc").GetProperty("resolved_place").GetString());
        Assert.Equal("Dawn", root.GetProperty("cite_info").GetProperty("publication").GetString());
        Assert.Equal(1, root.GetProperty("quad_code").GetInt32());
        Assert.Single(lines);
    }
}

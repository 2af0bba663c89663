using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Entente.Model;
using Entente.Output;

namespace Entente.Store;

/// <summary>Writes stored events as JSONL, CSV, Parquet, GDELT 2.0 event rows or PLOVER JSON.</summary>
/// <remarks>Paging fields of the filter (<see cref="EventFilter.Offset"/>, <see cref="EventFilter.Limit"/>) are ignored: an export is every match.</remarks>
public sealed class Exporter
{
    private const string Extras = ", d.source, d.url, d.title, d.ingested_at, c.mentions, c.documents, c.sources";
    private const string From = " FROM events e JOIN documents d ON d.doc_no = e.doc_no LEFT JOIN clusters c ON c.cluster_id = e.cluster_id";
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IEventStore _store;

    /// <summary>Creates an exporter over <paramref name="store"/>.</summary>
    public Exporter(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>The GDELT 2.0 event-table column names, in file order.</summary>
    public static IReadOnlyList<string> GdeltColumns { get; } = BuildGdeltColumns();

    /// <summary>Exports to a file (created or replaced); returns the number of events written.</summary>
    public async Task<long> ExportAsync(ExportFormat format, string path, EventFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (format == ExportFormat.Parquet)
        {
            if (_store is not DuckDbEventStore duck)
            {
                throw new NotSupportedException("Parquet export needs the DuckDB store.");
            }

            var w = SqlWhere.For(filter ?? new EventFilter());
            return await duck.CopyToParquetAsync(
                "SELECT e.*, d.source AS doc_source, d.url AS doc_url, d.title AS doc_title, d.pub_date AS doc_date FROM events e JOIN documents d ON d.doc_no = e.doc_no"
                + w.Clause + " ORDER BY e.event_no",
                w.Args, path, cancellationToken).ConfigureAwait(false);
        }

        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            return await ExportAsync(format, stream, filter, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Exports to a stream (left open); Parquet needs a path. Returns the number of events written.</summary>
    public async Task<long> ExportAsync(ExportFormat format, Stream output, EventFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format == ExportFormat.Parquet)
        {
            throw new NotSupportedException("Parquet is written to a file path, not a stream.");
        }

        var w = SqlWhere.For(filter ?? new EventFilter());
        await using var connection = _store.OpenConnection();
        await using var command = Sql.Command(connection, "SELECT " + EventRows.Columns + Extras + From + w.Clause + " ORDER BY e.event_no", [.. w.Args]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return format switch
        {
            ExportFormat.Jsonl or ExportFormat.Plover => await WriteJsonAsync(format, reader, output, cancellationToken).ConfigureAwait(false),
            _ => await WriteTextAsync(format, reader, output, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<long> WriteJsonAsync(ExportFormat format, DbDataReader reader, Stream output, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        await using var json = new Utf8JsonWriter(buffer);
        long n = 0;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var row = StoredRow.Read(reader);
            if (format == ExportFormat.Jsonl)
            {
                // The same writer as `entente code`, so an export and a fresh coding run give identical lines.
                EventJson.Write(json, row.Event);
            }
            else if (!WritePlover(json, row))
            {
                continue;
            }

            await json.FlushAsync(ct).ConfigureAwait(false);
            buffer.Write("\n"u8);
            json.Reset(buffer);
            n++;
            if (buffer.WrittenCount > 1 << 15)
            {
                await output.WriteAsync(buffer.WrittenMemory, ct).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
        return n;
    }

    private static async Task<long> WriteTextAsync(ExportFormat format, DbDataReader reader, Stream output, CancellationToken ct)
    {
        var writer = new StreamWriter(output, _utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            var line = new StringBuilder(1024);
            if (format == ExportFormat.Csv)
            {
                await writer.WriteLineAsync(string.Join(',', _csvColumns)).ConfigureAwait(false);
            }

            long n = 0;
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var row = StoredRow.Read(reader);
                line.Clear();
                if (format == ExportFormat.Csv)
                {
                    WriteCsv(line, row);
                }
                else
                {
                    WriteGdelt(line, row);
                }

                await writer.WriteLineAsync(line, ct).ConfigureAwait(false);
                n++;
            }

            await writer.FlushAsync(ct).ConfigureAwait(false);
            return n;
        }
    }

    /// <summary>A PLOVER record (manual, "Data Fields"); events whose code has no PLOVER type are left out.</summary>
    private static bool WritePlover(Utf8JsonWriter w, StoredRow row)
    {
        var ev = row.Event;
        if (ev.Plover is null || string.IsNullOrEmpty(ev.Plover.Type))
        {
            return false;
        }

        w.WriteStartObject();
        w.WriteString("id", ev.Id);
        WriteDate(w, "date", ev.Date);
        w.WriteStartArray("actor");
        WritePloverActor(w, ev.Source);
        w.WriteEndArray();
        if (ev.Target is not null)
        {
            w.WriteStartArray("recipient");
            WritePloverActor(w, ev.Target);
            w.WriteEndArray();
        }

        w.WriteStartArray("event");
        w.WriteStringValue(ev.Plover.Type);
        w.WriteEndArray();
        w.WriteStartArray("mode");
        if (ev.Plover.Mode is not null)
        {
            w.WriteStringValue(ev.Plover.Mode);
        }

        // PLOVER's auxiliary modes carry what Entente calls modality.
        switch (ev.Modality)
        {
            case Modality.Future: w.WriteStringValue("future"); break;
            case Modality.Hypothetical: w.WriteStringValue("hypothetical"); break;
            case Modality.Negated: w.WriteStringValue("negation"); break;
        }

        w.WriteEndArray();
        WriteStrings(w, "context", ev.Plover.Context);
        w.WriteNumber("quad_code", ev.QuadClass);
        w.WriteStartArray("event_text");
        w.WriteStringValue(ev.Trigger.Text);
        w.WriteEndArray();
        if (ev.Location is { } l)
        {
            w.WriteStartObject("event_loc");
            w.WriteString("extracted_place", l.Name);
            w.WriteString("resolved_place", l.Name);
            WriteNumber(w, "lat", l.Latitude);
            WriteNumber(w, "lon", l.Longitude);
            WriteNullable(w, "country_code", l.Country);
            w.WriteEndObject();
        }

        w.WriteStartObject("text_info");
        w.WriteNumber("sequence", ev.Sentence);
        w.WriteNumber("start", ev.Trigger.Start);
        w.WriteNumber("end", ev.Trigger.End);
        w.WriteEndObject();
        w.WriteStartObject("cite_info");
        WriteNullable(w, "url", row.Url);
        WriteNullable(w, "title", row.Title);
        WriteNullable(w, "publication", row.Outlet);
        w.WriteEndObject();
        w.WriteString("coder", "entente");
        w.WriteBoolean("has_event", true);
        // Fields beyond the PLOVER list, as the manual allows: the CAMEO coding the record was derived from.
        w.WriteString("cameo", ev.Cameo);
        w.WriteNumber("goldstein", ev.Goldstein);
        w.WriteNumber("confidence", ev.Confidence);
        w.WriteEndObject();
        return true;
    }

    private static void WritePloverActor(Utf8JsonWriter w, ActorRef a)
    {
        w.WriteStartObject();
        w.WriteString("code", a.Key);
        WriteNullable(w, "sector", a.Sector);
        w.WriteString("entity_text", a.Text);
        if (a.Name is not null)
        {
            w.WriteString("identifier_text", a.Name);
        }

        w.WriteEndObject();
    }

    private static readonly string[] _csvColumns =
    [
        "event_no", "id", "doc_id", "sentence", "date", "date_basis",
        "source_code", "source_country", "source_org", "source_sector", "source_name", "source_text", "source_start", "source_end",
        "target_code", "target_country", "target_org", "target_sector", "target_name", "target_text", "target_start", "target_end",
        "cameo", "cameo_root", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context", "modality",
        "trigger_text", "trigger_start", "trigger_end",
        "location_name", "location_country", "location_lat", "location_lon", "location_start", "location_end",
        "confidence", "rule", "entries", "cluster_id", "doc_source", "doc_url",
    ];

    private static void WriteCsv(StringBuilder line, StoredRow row)
    {
        var e = row.Event;
        var fields = new List<string?>(_csvColumns.Length)
        {
            Num(row.EventNo), e.Id, e.DocId, Num(e.Sentence), Date(e.Date), StoreNames.Of(e.DateBasis),
        };
        AddActor(fields, e.Source);
        AddActor(fields, e.Target);
        fields.AddRange([
            e.Cameo, e.CameoRoot, Num(e.Goldstein), Num(e.QuadClass), e.Plover?.Type, e.Plover?.Mode,
            e.Plover is null ? null : string.Join(';', e.Plover.Context), StoreNames.Of(e.Modality),
            e.Trigger.Text, Num(e.Trigger.Start), Num(e.Trigger.End),
            e.Location?.Name, e.Location?.Country, Num(e.Location?.Latitude), Num(e.Location?.Longitude),
            e.Location is null ? null : Num(e.Location.Start), e.Location is null ? null : Num(e.Location.End),
            Num(e.Confidence), e.Rule, string.Join(';', e.Entries), row.ClusterId is { } c ? Num(c) : null, row.Outlet, row.Url,
        ]);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var f = fields[i];
            if (f is null)
            {
                continue;
            }

            if (f.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                line.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(f);
            }
        }
    }

    private static void AddActor(List<string?> fields, ActorRef? a)
    {
        if (a is null)
        {
            fields.AddRange([null, null, null, null, null, null, null, null]);
            return;
        }

        fields.AddRange([a.Code, a.Country, a.Org, a.Sector, a.Name, a.Text, Num(a.Start), Num(a.End)]);
    }

    /// <summary>One GDELT 2.0 event row (FIELD-NOTES §5 order); empty where Entente has no value.</summary>
    private static void WriteGdelt(StringBuilder line, StoredRow row)
    {
        var e = row.Event;
        var f = new string?[61];
        f[0] = Num(row.EventNo);
        if (e.Date is { } d)
        {
            f[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            f[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
            f[3] = d.Year.ToString(CultureInfo.InvariantCulture);
            var days = DateTime.IsLeapYear(d.Year) ? 366.0 : 365.0;
            f[4] = (d.Year + ((d.DayOfYear - 1) / days)).ToString("0.0000", CultureInfo.InvariantCulture);
        }

        GdeltActor(f, 5, e.Source);
        if (e.Target is not null)
        {
            GdeltActor(f, 15, e.Target);
        }

        // GDELT marks events from the lead; ours is the headline and the first two sentences.
        f[25] = e.Sentence < 3 ? "1" : "0";
        f[26] = e.Cameo;
        f[27] = e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
        f[28] = e.CameoRoot;
        f[29] = Num(e.QuadClass);
        f[30] = Num(e.Goldstein);
        f[31] = Num(row.Mentions ?? 1);
        f[32] = Num(row.Sources ?? (string.IsNullOrEmpty(row.Outlet) ? 0 : 1));
        f[33] = Num(row.Documents ?? 1);
        if (e.Location is { } l)
        {
            // GDELT geography wants FIPS 10-4 country codes, which Entente does not carry: the code column stays empty.
            f[51] = l.Latitude is null ? null : "4";
            f[52] = l.Name;
            f[56] = Num(l.Latitude);
            f[57] = Num(l.Longitude);
        }

        f[59] = row.IngestedAt?.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        f[60] = row.Url;
        for (var i = 0; i < f.Length; i++)
        {
            if (i > 0)
            {
                line.Append('\t');
            }

            if (f[i] is { } value)
            {
                AppendClean(line, value);
            }
        }
    }

    private static void GdeltActor(string?[] f, int at, ActorRef a)
    {
        f[at] = a.Code;
        f[at + 1] = (a.Name ?? a.Text).ToUpperInvariant();
        f[at + 2] = a.Country;
        f[at + 3] = a.Org;
        f[at + 7] = a.Sector;
    }

    private static void AppendClean(StringBuilder line, string value)
    {
        foreach (var c in value)
        {
            line.Append(c is '\t' or '\n' or '\r' ? ' ' : c);
        }
    }

    private static IReadOnlyList<string> BuildGdeltColumns()
    {
        var actor = new[] { "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code" };
        var geo = new[] { "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID" };
        var list = new List<string> { "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate" };
        list.AddRange(actor.Select(a => "Actor1" + a));
        list.AddRange(actor.Select(a => "Actor2" + a));
        list.AddRange(["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]);
        list.AddRange(geo.Select(g => "Actor1Geo_" + g));
        list.AddRange(geo.Select(g => "Actor2Geo_" + g));
        list.AddRange(geo.Select(g => "ActionGeo_" + g));
        list.AddRange(["DATEADDED", "SOURCEURL"]);
        return list;
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string? Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>An event row with the document and cluster columns an export needs.</summary>
    private sealed record StoredRow(
        CodedEvent Event, long EventNo, long? ClusterId, string? Outlet, string? Url, string? Title, DateTime? IngestedAt,
        long? Mentions, long? Documents, long? Sources)
    {
        public static StoredRow Read(DbDataReader r)
        {
            const int o = EventRows.Count;
            return new StoredRow(
                EventRows.Read(r), Sql.Long(r, 40), r.IsDBNull(42) ? null : Sql.Long(r, 42),
                Sql.String(r, o), Sql.String(r, o + 1), Sql.String(r, o + 2), Sql.Timestamp(r, o + 3),
                r.IsDBNull(o + 4) ? null : Sql.Long(r, o + 4), r.IsDBNull(o + 5) ? null : Sql.Long(r, o + 5), r.IsDBNull(o + 6) ? null : Sql.Long(r, o + 6));
        }
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Entente.Cli.Store;
using Entente.Model;
using Entente.Output;
using Entente.Store;

namespace Entente.Cli;

/// <summary>`entente alignment`: who cooperates with whom (net-cooperation matrix), the strongest partnerships and rivalries, and what changed.</summary>
internal static class AlignmentCommand
{
    public static Command Create()
    {
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var db = StoreOptions.Db();
        var json = new Option<bool>("--json") { Description = "Write JSON instead of tables." };
        var trend = new Option<DateRange[]>("--trend")
        {
            Description = "Compare two periods, FROM1..TO1 FROM2..TO2 (default: the first and second half of the events' dates).",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
            CustomParser = ParseRanges,
        };
        var actors = StoreOptions.Positive("--actors", "Actors in the matrix, the most active first.", 10, min: 2);
        var top = StoreOptions.Positive("--top", "Partnerships, rivalries and warming/cooling pairs listed.", 10);
        var minEvents = StoreOptions.Positive("--min-events", "Pairs with fewer events are left out as too thin to judge.", 3);
        var allReports = new Option<bool>("--all-reports") { Description = "Count every report instead of each happening once." };
        var command = new Command("alignment", "Actor-by-actor net cooperation, strongest partnerships and rivalries, and the pairs that warmed or cooled most.")
        {
            from, to, db, json, trend, actors, top, minEvents, allReports,
        };
        command.SetAction(async (parse, ct) =>
        {
            var f = parse.GetValue(from);
            var t = parse.GetValue(to);
            if (StoreOptions.RangeError(f, t) is { } rangeError)
            {
                return StoreOptions.Usage(rangeError);
            }

            var options = new AlignmentOptions
            {
                MinEvents = parse.GetValue(minEvents),
                Top = parse.GetValue(top),
                CountClusters = !parse.GetValue(allReports),
            };
            return await StoreOptions.ReadAsync(parse.GetValue(db)!, async store =>
            {
                var analytics = new Analytics(store);
                var result = await analytics.AlignmentAsync(f, t, options, ct).ConfigureAwait(false);
                var matrix = TopActors(result, parse.GetValue(actors));
                var periods = parse.GetValue(trend) is { Length: 2 } given ? (given[0], given[1]) : await HalvesAsync(store, f, t, ct).ConfigureAwait(false);
                var report = new Report(f, t, options, result, matrix, periods, null, new Dictionary<string, string>(StringComparer.Ordinal));
                if (periods is { } p)
                {
                    var changes = await analytics.TrendAsync(p.Item1, p.Item2, options, ct).ConfigureAwait(false);
                    report = report with { Trend = changes };
                    foreach (var d in changes.Warmed.Concat(changes.Cooled).SelectMany(d => d.Drivers))
                    {
                        if (!report.Sentences.ContainsKey(d.Id) && await StoreReads.SentenceOfAsync(store, d.Id, ct).ConfigureAwait(false) is { } s)
                        {
                            report.Sentences[d.Id] = s;
                        }
                    }
                }

                if (parse.GetValue(json))
                {
                    await WriteJsonAsync(report, ct).ConfigureAwait(false);
                }
                else
                {
                    WriteText(Console.Out, report);
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The <paramref name="n"/> actors with most events in the matrix, most first (ties by key).</summary>
    private static List<string> TopActors(AlignmentResult result, int n)
    {
        var volume = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var cell in result.Pairs)
        {
            volume[cell.A] = volume.GetValueOrDefault(cell.A) + cell.Total;
            volume[cell.B] = volume.GetValueOrDefault(cell.B) + cell.Total;
        }

        return [.. volume.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => kv.Key)];
    }

    /// <summary>Without --trend, the span of the events (inside --from/--to) cut in two halves; null when it is a single day.</summary>
    private static async Task<(DateRange, DateRange)?> HalvesAsync(IEventStore store, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (await StoreReads.EventSpanAsync(store, from, to, ct).ConfigureAwait(false) is not { } span || span.To <= span.From)
        {
            return null;
        }

        var days = span.To.DayNumber - span.From.DayNumber;
        var middle = span.From.AddDays(days / 2);
        return (new DateRange(span.From, middle), new DateRange(middle.AddDays(1), span.To));
    }

    private static void WriteText(TextWriter o, Report r)
    {
        var counting = r.Options.CountClusters ? "each happening counted once" : "every report counted";
        o.WriteLine($"alignment{Formats.Range(r.From, r.To)}: {Formats.N(r.Result.Pairs.Count)} pairs among {Formats.N(r.Result.Actors.Count)} actors with at least {Events(r.Options.MinEvents)} each ({counting}; asserted events only)");
        if (r.Result.Pairs.Count == 0)
        {
            o.WriteLine("no pair has enough events; try --min-events 1 or a wider range");
            return;
        }

        o.WriteLine();
        o.WriteLine($"net cooperation, (cooperation - conflict) / events, from -1.00 (all conflict) to +1.00 (all cooperation); the {r.Matrix.Count} most active actors:");
        var headers = new string[r.Matrix.Count + 1];
        headers[0] = "";
        for (var i = 0; i < r.Matrix.Count; i++)
        {
            headers[i + 1] = ">" + r.Matrix[i];
        }

        var matrix = new TextTable(headers);
        foreach (var row in r.Matrix)
        {
            var cells = new string[r.Matrix.Count + 1];
            cells[0] = row;
            for (var i = 0; i < r.Matrix.Count; i++)
            {
                cells[i + 1] = row == r.Matrix[i] ? "" : r.Result.Cell(row, r.Matrix[i]) is { } c ? Formats.Signed(c.NetCooperation) : ".";
            }

            matrix.Add(cells);
        }

        matrix.Write(o);
        WritePairs(o, "strongest partnerships", r.Result.Partnerships);
        WritePairs(o, "strongest rivalries", r.Result.Rivalries);
        if (r.Periods is not { } p || r.Trend is not { } trend)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine($"trend {Span(p.Item1)} -> {Span(p.Item2)} (pairs with at least {Events(r.Options.MinEvents)} in both):");
        WriteTrends(o, "warmed most", trend.Warmed, r.Sentences);
        WriteTrends(o, "cooled most", trend.Cooled, r.Sentences);
    }

    private static void WritePairs(TextWriter o, string title, IReadOnlyList<AlignmentCell> cells)
    {
        o.WriteLine();
        if (cells.Count == 0)
        {
            o.WriteLine($"{title}: none");
            return;
        }

        o.WriteLine($"{title}:");
        var table = new TextTable("  pair", ">net", ">events", ">coop", ">conflict", ">goldstein mean");
        foreach (var c in cells)
        {
            table.Add($"  {c.A}–{c.B}", Formats.Signed(c.NetCooperation), Formats.N(c.Total), Formats.N(c.Cooperation), Formats.N(c.Conflict), Formats.Signed(c.GoldsteinMean));
        }

        table.Write(o);
    }

    private static void WriteTrends(TextWriter o, string title, IReadOnlyList<DyadTrend> trends, Dictionary<string, string> sentences)
    {
        if (trends.Count == 0)
        {
            o.WriteLine($"{title}: none");
            return;
        }

        o.WriteLine($"{title}:");
        foreach (var d in trends)
        {
            o.WriteLine($"  {d.After.A}–{d.After.B}  net {Formats.Signed(d.Before.NetCooperation)} -> {Formats.Signed(d.After.NetCooperation)} ({Formats.Signed(d.Change)}), " +
                $"Goldstein mean {Formats.Signed(d.Before.GoldsteinMean)} -> {Formats.Signed(d.After.GoldsteinMean)}; events {Formats.N(d.Before.Total)} -> {Formats.N(d.After.Total)}");
            foreach (var e in d.Drivers)
            {
                var sentence = sentences.TryGetValue(e.Id, out var s) ? "  \"" + EventTable.Shorten(s.Trim(), 100) + "\"" : "";
                o.WriteLine($"      {(e.Date is { } date ? StoreOptions.Iso(date) : "undated")}  {e.Source.Code} {e.Cameo} {e.Target?.Code ?? "---"} ({Formats.Signed(e.Goldstein, 1)}){sentence}");
            }
        }
    }

    private static async Task WriteJsonAsync(Report r, CancellationToken ct)
    {
        var stdout = Console.OpenStandardOutput();
        await using (stdout.ConfigureAwait(false))
        {
            var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
            await using (w.ConfigureAwait(false))
            {
                w.WriteStartObject();
                StoreOptions.WriteDate(w, "from", r.From);
                StoreOptions.WriteDate(w, "to", r.To);
                w.WriteString("counting", r.Options.CountClusters ? "happenings" : "reports");
                w.WriteNumber("min_events", r.Options.MinEvents);
                w.WriteStartArray("matrix_actors");
                foreach (var a in r.Matrix)
                {
                    w.WriteStringValue(a);
                }

                w.WriteEndArray();
                AnalyticsJson.WriteCells(w, "pairs", r.Result.Pairs);
                AnalyticsJson.WriteCells(w, "partnerships", r.Result.Partnerships);
                AnalyticsJson.WriteCells(w, "rivalries", r.Result.Rivalries);
                if (r.Periods is { } p && r.Trend is { } trend)
                {
                    w.WriteStartObject("trend");
                    WriteRange(w, "period1", p.Item1);
                    WriteRange(w, "period2", p.Item2);
                    WriteTrends(w, "warmed", trend.Warmed, r.Sentences);
                    WriteTrends(w, "cooled", trend.Cooled, r.Sentences);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("trend");
                }

                w.WriteEndObject();
                await w.FlushAsync(ct).ConfigureAwait(false);
            }

            await stdout.WriteAsync("\n"u8.ToArray(), ct).ConfigureAwait(false);
        }
    }

    private static void WriteTrends(Utf8JsonWriter w, string name, IReadOnlyList<DyadTrend> trends, Dictionary<string, string> sentences)
    {
        w.WriteStartArray(name);
        foreach (var d in trends)
        {
            AnalyticsJson.WriteTrendStart(w, d);
            w.WriteStartArray("drivers");
            foreach (var e in d.Drivers)
            {
                WriteDriver(w, e, sentences);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDriver(Utf8JsonWriter w, CodedEvent e, Dictionary<string, string> sentences)
    {
        w.WriteStartObject();
        w.WritePropertyName("event");
        EventJson.Write(w, e);
        if (sentences.TryGetValue(e.Id, out var s))
        {
            w.WriteString("sentence", s.Trim());
        }
        else
        {
            w.WriteNull("sentence");
        }

        w.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter w, string name, DateRange range)
    {
        w.WriteStartObject(name);
        w.WriteString("from", StoreOptions.Iso(range.From));
        w.WriteString("to", StoreOptions.Iso(range.To));
        w.WriteEndObject();
    }


    private static string Events(int n) => n == 1 ? "1 event" : $"{Formats.N(n)} events";

    private static string Span(DateRange r) => $"{StoreOptions.Iso(r.From)}..{StoreOptions.Iso(r.To)}";

    private static DateRange[] ParseRanges(ArgumentResult r)
    {
        var ranges = new List<DateRange>(2);
        foreach (var token in r.Tokens)
        {
            var raw = token.Value;
            var dots = raw.IndexOf("..", StringComparison.Ordinal);
            if (dots <= 0 || !StoreOptions.TryParseDate(raw[..dots], out var a) || !StoreOptions.TryParseDate(raw[(dots + 2)..], out var b))
            {
                r.AddError($"--trend takes two periods YYYY-MM-DD..YYYY-MM-DD, got '{raw}'");
                return [];
            }

            if (a > b)
            {
                r.AddError($"--trend period '{raw}' ends before it starts");
                return [];
            }

            ranges.Add(new DateRange(a, b));
        }

        return [.. ranges];
    }

    private sealed record Report(
        DateOnly? From,
        DateOnly? To,
        AlignmentOptions Options,
        AlignmentResult Result,
        List<string> Matrix,
        (DateRange, DateRange)? Periods,
        TrendResult? Trend,
        Dictionary<string, string> Sentences);
}

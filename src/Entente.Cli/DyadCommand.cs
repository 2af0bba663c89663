using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Entente.Cli.Store;
using Entente.Store;

namespace Entente.Cli;

/// <summary>`entente dyad A B`: how two actors dealt with each other, period by period, in both directions and combined.</summary>
internal static class DyadCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "First actor key (PAK, USA, NATO ...)." };
        var b = new Argument<string>("b") { Description = "Second actor key." };
        var by = new Option<string>("--by") { Description = "Period: month, week (ISO, from Monday) or year.", DefaultValueFactory = _ => "month" };
        by.AcceptOnlyFromAmong("month", "week", "year");
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var db = StoreOptions.Db();
        var allReports = new Option<bool>("--all-reports") { Description = "Count every report instead of each happening once." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var command = new Command("dyad", "Events between two actors per period: quad classes, Goldstein, domains.") { a, b, by, from, to, db, allReports, json };
        command.SetAction(async (parse, ct) =>
        {
            var actorA = parse.GetValue(a)!.Trim().ToUpperInvariant();
            var actorB = parse.GetValue(b)!.Trim().ToUpperInvariant();
            var unit = parse.GetValue(by) switch
            {
                "week" => PeriodUnit.Week,
                "year" => PeriodUnit.Year,
                _ => PeriodUnit.Month,
            };
            var f = parse.GetValue(from);
            var t = parse.GetValue(to);
            if (StoreOptions.RangeError(f, t) is { } rangeError)
            {
                return StoreOptions.Usage(rangeError);
            }

            var clusters = !parse.GetValue(allReports);
            return await StoreOptions.ReadAsync(parse.GetValue(db)!, async store =>
            {
                var series = await new Analytics(store).DyadSeriesAsync(actorA, actorB, unit, f, t, clusters, assertedOnly: true, ct).ConfigureAwait(false);
                if (parse.GetValue(json))
                {
                    await WriteJsonAsync(actorA, actorB, parse.GetValue(by)!, f, t, clusters, series, ct).ConfigureAwait(false);
                }
                else
                {
                    WriteTable(Console.Out, actorA, actorB, unit, f, t, clusters, series);
                }

                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static void WriteTable(TextWriter o, string a, string b, PeriodUnit unit, DateOnly? from, DateOnly? to, bool clusters, IReadOnlyList<DyadPeriod> series)
    {
        var range = Formats.Range(from, to);
        var counting = clusters ? "each happening counted once" : "every report counted";
        if (series.Count == 0)
        {
            o.WriteLine($"{a}–{b}{range}: no asserted events in the store");
            return;
        }

        long total = 0;
        double goldstein = 0;
        var periods = 0;
        foreach (var p in series)
        {
            if (p.Direction == DyadDirection.Combined)
            {
                total += p.Total;
                goldstein += p.GoldsteinSum;
                periods++;
            }
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{a}–{b}{range}, by {Unit(unit)}: {total:N0} events in {periods:N0} {Unit(unit)}s, Goldstein mean {Formats.Signed(total == 0 ? 0 : goldstein / total)} ({counting}; asserted events only)"));
        var table = new TextTable("period", "direction", ">events", ">v.coop", ">m.coop", ">v.conf", ">m.conf", ">goldstein", ">mean", "top contexts", "top CAMEO roots");
        foreach (var p in series)
        {
            table.Add(
                p.Direction == DyadDirection.AToB ? Period(p.Period, unit) : "",
                p.Direction switch
                {
                    DyadDirection.AToB => $"{a}→{b}",
                    DyadDirection.BToA => $"{b}→{a}",
                    _ => "both",
                },
                Formats.N(p.Total), Formats.N(p.VerbalCooperation), Formats.N(p.MaterialCooperation), Formats.N(p.VerbalConflict), Formats.N(p.MaterialConflict),
                p.Total == 0 ? "" : Formats.Signed(p.GoldsteinSum, 1),
                p.Total == 0 ? "" : Formats.Signed(p.GoldsteinMean),
                Formats.Top(p.Contexts, 3),
                Formats.Top(p.Roots, 3));
        }

        table.Write(o);
        o.WriteLine("v.coop/m.coop: verbal/material cooperation (quad classes 1, 2); v.conf/m.conf: verbal/material conflict (3, 4)");
    }

    private static async Task WriteJsonAsync(string a, string b, string by, DateOnly? from, DateOnly? to, bool clusters, IReadOnlyList<DyadPeriod> series, CancellationToken ct)
    {
        var stdout = Console.OpenStandardOutput();
        await using (stdout.ConfigureAwait(false))
        {
            var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
            await using (w.ConfigureAwait(false))
            {
                w.WriteStartObject();
                w.WriteString("a", a);
                w.WriteString("b", b);
                w.WriteString("by", by);
                StoreOptions.WriteDate(w, "from", from);
                StoreOptions.WriteDate(w, "to", to);
                w.WriteString("counting", clusters ? "happenings" : "reports");
                w.WriteStartArray("periods");
                foreach (var p in series)
                {
                    AnalyticsJson.WritePeriod(w, p);
                }

                w.WriteEndArray();
                w.WriteEndObject();
                await w.FlushAsync(ct).ConfigureAwait(false);
            }

            await stdout.WriteAsync("\n"u8.ToArray(), ct).ConfigureAwait(false);
        }
    }


    private static string Period(DateOnly start, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        PeriodUnit.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => StoreOptions.Iso(start),
    };

    private static string Unit(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Year => "year",
        PeriodUnit.Week => "week",
        _ => "month",
    };
}

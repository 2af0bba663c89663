using System.CommandLine;
using Entente.Cli.Store;
using Entente.Store;

namespace Entente.Cli;

/// <summary>`entente query`: stored events matching filters, a page at a time, as a table or JSONL.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var filters = new FilterOptions();
        var limit = StoreOptions.Positive("--limit", "Events to show.", 50);
        var offset = StoreOptions.Positive("--offset", "Matching events to skip first (paging).", 0, min: 0);
        var format = new Option<string>("--format", "-f") { Description = "Output format: table or jsonl.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var db = StoreOptions.Db();
        var command = new Command("query", "Show stored events that match all the given filters, ordered by date.") { limit, offset, format, db };
        filters.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (filters.Build(parse, out var exit) is not { } built)
            {
                return exit;
            }

            var filter = built with { Limit = parse.GetValue(limit), Offset = parse.GetValue(offset) };
            return await StoreOptions.ReadAsync(parse.GetValue(db)!, async store =>
            {
                var page = await new Analytics(store).QueryAsync(filter, ct).ConfigureAwait(false);
                if (parse.GetValue(format) == "jsonl")
                {
                    var stdout = Console.OpenStandardOutput();
                    await using (stdout.ConfigureAwait(false))
                    {
                        await EventTable.WriteJsonlAsync(stdout, page.Events, ct).ConfigureAwait(false);
                    }

                    return ExitCodes.Ok;
                }

                if (page.Events.Count == 0)
                {
                    Console.Out.WriteLine(page.Total == 0 ? "no matching events" : $"no events after the first {Formats.N(page.Total)} (--offset {page.Offset})");
                    return ExitCodes.Ok;
                }

                EventTable.Write(Console.Out, page.Events);
                var last = page.Offset + page.Events.Count;
                var more = last < page.Total ? $" (--offset {last} for more)" : "";
                Console.Out.WriteLine($"events {Formats.N(page.Offset + 1)}–{Formats.N(last)} of {Formats.N(page.Total)}{more}");
                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }
}

using System.CommandLine;
using Entente.Cli.Store;
using Entente.Store;

namespace Entente.Cli;

/// <summary>`entente export`: every stored event matching the filters, as JSONL, CSV, Parquet, GDELT 2.0 rows or PLOVER JSON.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var filters = new FilterOptions();
        var format = new Option<string>("--format", "-f") { Description = "jsonl (event records), csv, parquet (needs --out), gdelt (61 tab-separated columns) or plover.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet", "gdelt", "plover");
        var output = new Option<string?>("--out", "-o") { Description = "File to write (created or replaced; default stdout)." };
        var db = StoreOptions.Db();
        var command = new Command("export", "Write the stored events that match the filters in a standard format.") { format, output, db };
        filters.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (filters.Build(parse, out var exit) is not { } filter)
            {
                return exit;
            }

            var kind = parse.GetValue(format) switch
            {
                "csv" => ExportFormat.Csv,
                "parquet" => ExportFormat.Parquet,
                "gdelt" => ExportFormat.Gdelt,
                "plover" => ExportFormat.Plover,
                _ => ExportFormat.Jsonl,
            };
            var path = parse.GetValue(output);
            if (kind == ExportFormat.Parquet && string.IsNullOrEmpty(path))
            {
                return StoreOptions.Usage("--format parquet needs --out FILE");
            }

            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            {
                return CliErrors.Fail($"{path}: no such directory");
            }

            return await StoreOptions.ReadAsync(parse.GetValue(db)!, async store =>
            {
                var exporter = new Exporter(store);
                if (path is null)
                {
                    var stdout = Console.OpenStandardOutput();
                    await using (stdout.ConfigureAwait(false))
                    {
                        await exporter.ExportAsync(kind, stdout, filter, ct).ConfigureAwait(false);
                    }

                    return ExitCodes.Ok;
                }

                var n = await exporter.ExportAsync(kind, path, filter, ct).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"{Formats.N(n)} events written to {path} ({parse.GetValue(format)})").ConfigureAwait(false);
                return ExitCodes.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }
}

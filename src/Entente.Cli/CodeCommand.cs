using System.CommandLine;
using Entente.Cli.Store;
using Entente.Coding;
using Entente.Output;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Cli;

/// <summary>`entente code`: read documents, code them, write events.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories or - for stdin (.txt .html .jsonl .csv, optionally .gz).", Arity = ArgumentArity.ZeroOrMore };
        paths.Validators.Add(r =>
        {
            foreach (var t in r.Tokens)
            {
                if (t.Value.Length > 1 && t.Value[0] == '-') r.AddError($"unknown option '{t.Value}'");
            }
        });
        var format = new Option<string>("--format", "-f") { Description = "Output format: jsonl, tsv or table.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "tsv", "table");
        var date = CliOptions.Date();
        var evidence = new Option<bool>("--evidence") { Description = "Add each event's sentence to the output." };
        var threads = new Option<int>("--threads") { Description = "Documents coded in parallel (default: all cores).", DefaultValueFactory = _ => 0 };
        var command = new Command("code", "Code documents into events (JSONL on stdout by default).") { paths, format, date, evidence, threads };
        var petrarch = new PetrarchDictsOption();
        petrarch.AddTo(command);
        var noCache = CliOptions.NoCache();
        command.Options.Add(noCache);
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } p ? p : ["-"];
            var publication = CliOptions.ParseDate(parse.GetValue(date));
            var engine = Engine.Create(new EngineOptions { Coder = new CoderOptions { DefaultDate = publication }, Petrarch = petrarch.ToPaths(parse), UseCache = !parse.GetValue(noCache) });
            var opener = new InputOpener(new InputOptions
            {
                DefaultDate = publication,
                OnRecoverableError = e => Console.Error.WriteLine($"entente: {e.Message} (skipped)"),
            });
            // A document the coder fails on (a bug of ours) is reported and skipped: the run goes on with the rest instead of
            // losing every later document, and the exit code says that something was left out.
            var safe = new SafeCoder(engine);
            var failed = 0;
            var coder = new OrderedParallelCoder(safe, parse.GetValue(threads));
            var fmt = parse.GetValue(format);
            var stdout = Console.OpenStandardOutput();
            await using (stdout.ConfigureAwait(false))
            {
                var sink = CreateSink(fmt!, stdout, parse.GetValue(evidence));
                await using (sink.ConfigureAwait(false))
                {
                    await foreach (var doc in coder.CodeAsync(opener.ReadAsync(inputs, ct), ct).ConfigureAwait(false))
                    {
                        if (safe.TryTakeFailure(doc.Document, out var error))
                        {
                            failed++;
                            Console.Error.WriteLine($"entente: {CliErrors.FirstLine(error!.Message)} (document skipped)");
                            continue;
                        }

                        await sink.WriteAsync(doc, ct).ConfigureAwait(false);
                    }
                }
            }

            if (opener.DocumentCount == 0 && opener.ErrorCount == 0)
                return CliErrors.Fail($"{string.Join(", ", inputs)}: no documents in input");
            // Bad records were reported and skipped, the rest was coded; the exit code still says the input was not clean.
            return opener.ErrorCount > 0 || failed > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static IEventSink CreateSink(string format, Stream stdout, bool evidence) => format switch
    {
        "tsv" => new TsvSink(new StreamWriter(stdout) { AutoFlush = false }, leaveOpen: false),
        "table" => new TableSink(),
        _ => new JsonlSink(stdout, evidence),
    };
}

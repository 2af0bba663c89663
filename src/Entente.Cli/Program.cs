using System.CommandLine;

namespace Entente.Cli;

/// <summary>The `entente` command: subcommands for coding, explaining, evaluating and the dictionaries.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Entente: news text in, coded political events out.")
        {
            CodeCommand.Create(),
            ExplainCommand.Create(),
            EvalCommand.Create(),
            DemoCommand.Create(),
            DictCommand.Create(),
            IngestCommand.Create(),
            DyadCommand.Create(),
            AlignmentCommand.Create(),
            QueryCommand.Create(),
            ExportCommand.Create(),
            ServeCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line, not a help dump: the contract is exit 1 for usage errors with a short reason.
            await Console.Error.WriteLineAsync($"entente: {parse.Errors[0].Message} (see 'entente --help')").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // Our handler, not the library's: bad input is one line and exit 2, never a stack trace.
        return await CliErrors.RunAsync(() => parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false })).ConfigureAwait(false);
    }
}

using System.CommandLine;
using Entente.Cli.Store;
using Entente.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Entente.Cli;

/// <summary>`entente serve`: the HTTP API and the dashboard over a store, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on, ';'-separated (port 0: any free port).", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var create = new Option<bool>("--create") { Description = "Create an empty store when the file does not exist (to fill it through POST /api/documents)." };
        var maxBody = StoreOptions.Positive("--max-request-bytes", "Largest request body accepted; larger ones get 413.", 2 * 1024 * 1024);
        var log = new Option<bool>("--log-requests") { Description = "Log every request on stderr." };
        var command = new Command("serve", "Serve the HTTP API (/api/..., /openapi/v1.json) and the dashboard over a store.") { db, urls, create, maxBody, log };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ServerOptions
            {
                DatabasePath = parse.GetValue(db)!,
                Urls = parse.GetValue(urls)!,
                CreateStore = parse.GetValue(create),
                MaxRequestBytes = parse.GetValue(maxBody),
                LogRequests = parse.GetValue(log),
            };
            WebApplication app;
            try
            {
                app = await EntenteServer.BuildAsync(options, cancellationToken: ct).ConfigureAwait(false);
            }
            catch (ServerStartException ex)
            {
                return CliErrors.Fail(ex.Message);
            }

            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(ct).ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    // Address in use, or a port we may not bind: one line, not a stack trace.
                    return CliErrors.Fail($"{options.Urls}: {ex.Message}");
                }

                Console.Error.WriteLine($"entente: serving {options.DatabasePath} on {string.Join(", ", app.Urls)} (Ctrl+C to stop)");
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

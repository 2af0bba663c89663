namespace Entente.Store.Tests.Cli;

/// <summary>One store made by `entente ingest` of bilateral.jsonl, shared by the read-command tests.</summary>
public sealed class IngestedStore : IAsyncLifetime
{
    public string Db { get; } = Fixtures.TempDb();

    public static string Corpus => Path.Combine(AppContext.BaseDirectory, "Cli", "bilateral.jsonl");

    public async Task InitializeAsync()
    {
        var r = await StoreCliRunner.RunAsync("ingest", Corpus, "--db", Db);
        if (r.ExitCode != 0)
        {
            throw new InvalidOperationException($"ingest failed ({r.ExitCode}): {r.Stderr}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

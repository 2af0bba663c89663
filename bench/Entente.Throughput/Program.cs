namespace Entente.Throughput;

/// <summary>Entry point of the whole-corpus throughput runner.</summary>
public static class Program
{
    /// <summary>Runs one measurement; exit 1 on bad arguments, 2 on an unreadable corpus.</summary>
    public static async Task<int> Main(string[] args)
    {
        var options = ThroughputOptions.Parse(args, out string? error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"entente-throughput: {error}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync("usage: Entente.Throughput --corpus PATH [--corpus PATH ...] [--replicate-to N] [--threads 1|all] [--warmup] [--warmup-seconds S] [--date YYYY-MM-DD] [--json] [--alloc-types] [--no-cache] [--cache-dir DIR] [--batch-chars N] [--batch-docs N] [--scaling ROUNDS]").ConfigureAwait(false);
            return 1;
        }

        if (options.ScalingRounds > 0)
        {
            var scaling = await new ScalingRunner(options).RunAsync(options.Json ? Console.Error : Console.Out).ConfigureAwait(false);
            ResultPrinter.Print(scaling, options.Json);
            return 0;
        }

        using var sampler = options.AllocationTypes ? new AllocationSampler() : null;
        ThroughputResult result;
        try
        {
            result = await new ThroughputRunner(options, sampler).RunAsync().ConfigureAwait(false);
        }
        catch (Entente.Text.InputException e)
        {
            await Console.Error.WriteLineAsync($"entente-throughput: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        ResultPrinter.Print(result, options.Json);
        if (sampler is not null) ResultPrinter.PrintAllocations(sampler, result, options.Json ? Console.Error : Console.Out);
        return 0;
    }
}

using System.Globalization;
using System.Text.Json;

namespace Entente.Throughput;

/// <summary>Prints a result as a table for people and, with --json, one JSON line for scripts.</summary>
public static class ResultPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The table goes to stdout, or to stderr when the JSON line takes stdout.</summary>
    public static void Print(ThroughputResult r, bool json)
    {
        ArgumentNullException.ThrowIfNull(r);
        var table = json ? Console.Error : Console.Out;
        var c = CultureInfo.InvariantCulture;
        (string, string)[] rows =
        [
            ("corpus", r.Corpus),
            ("threads / cores (ProcessorCount)", $"{r.Threads} / {r.ProcessorCount}{(r.ServerGc ? ", server GC" : ", workstation GC")}, batches of {r.Batching}"),
            ("load average before / after", $"{r.LoadAverageBefore} / {r.LoadAverageAfter}"),
            ("corpus documents / sentences", $"{r.CorpusDocuments:N0} / {r.CorpusSentences:N0} (read in {r.ReadSeconds:F2} s)"),
            ("warm-up", r.Warmup ? $"{r.WarmupPasses} passes, {r.WarmupSeconds:F1} s" : "none (tiered JIT still promoting: not steady state)"),
            ("documents", r.Documents.ToString("N0", c)),
            ("sentences", r.Sentences.ToString("N0", c)),
            ("tokens", r.Tokens.ToString("N0", c)),
            ("events", r.Events.ToString("N0", c)),
            ("elapsed", $"{r.ElapsedSeconds:F2} s (CPU {r.CpuSeconds:F2} s)"),
            ("sentences/s", $"{r.SentencesPerSecond:N0} ({r.SentencesPerCpuSecond:N0} per CPU-second)"),
            ("documents/s", r.DocumentsPerSecond.ToString("N0", c)),
            ("events/s", r.EventsPerSecond.ToString("N0", c)),
            ("allocated per sentence", $"{r.AllocatedBytesPerSentence:N0} B"),
            ("GCs gen0/gen1/gen2, pause", $"{r.Gen0}/{r.Gen1}/{r.Gen2}, {r.GcPauseSeconds:F2} s"),
            ("peak RSS", $"{r.PeakRssBytes / (1024.0 * 1024.0):N0} MB"),
            ("JIT during the run", $"{r.JitMethods:N0} methods, {r.JitSeconds:F2} s"),
            ("runtime start (process → Main)", $"{r.RuntimeStartSeconds:F3} s"),
            r.CacheHit is { } hit
                ? ("compiled-data cache", $"{r.CacheSeconds:F3} s ({(hit ? "hit: read" : "miss: compiled and written")})")
                : ("dictionary load / compile (no cache)", $"{r.DictionaryLoadSeconds:F3} s / {r.DictionaryCompileSeconds:F3} s"),
            (r.CacheHit is null ? "patterns + ontology + engine" : "ontology + engine", $"{r.PatternsAndOntologySeconds:F3} s"),
            ("same again, jitted: cache read", r.CacheHit is null ? "-" : $"{r.WarmCacheSeconds:F3} s"),
            ("same again, jitted: load / compile / patterns", $"{r.WarmDictionaryLoadSeconds:F3} s / {r.WarmDictionaryCompileSeconds:F3} s / {r.WarmPatternsAndOntologySeconds:F3} s"),
            ("first event (from Main / process start)", $"{r.FirstEventSeconds:F3} s / {r.FirstEventSinceProcessStartSeconds:F3} s; CPU {r.FirstEventCpuSeconds:F3} s"),
        ];
        int width = rows.Max(row => row.Item1.Length);
        foreach (var (name, value) in rows) table.WriteLine(string.Create(c, $"{name.PadRight(width)}  {value}"));
        if (json) Console.Out.WriteLine(JsonSerializer.Serialize(r, JsonOptions));
    }

    /// <summary>The summary of a scaling run (the rounds were logged as they ran); with --json also one JSON line on stdout.</summary>
    public static void Print(ScalingResult r, bool json)
    {
        ArgumentNullException.ThrowIfNull(r);
        var table = json ? Console.Error : Console.Out;
        table.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Corpus}: {r.Sentences:N0} sentences, {r.Rounds.Count} rounds, batches of {r.Batching}, {(r.ServerGc ? "server" : "workstation")} GC"));
        table.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: 1 core {r.MedianOneCore:N0} sentences/s, {r.Cores} cores {r.MedianAllCores:N0} sentences/s, ratio ×{r.MedianRatio:F2} (median of rounds; best/best ×{r.BestRatio:F2}), CPU efficiency {r.MedianCpuEfficiency:F2}; load after {r.LoadAfter}"));
        table.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"machine (compute loop, all cores / one): ×{r.MedianMachineRatio:F2}; coder ratio / machine ratio: {r.MedianRelativeRatio:F2}"));
        if (json) Console.Out.WriteLine(JsonSerializer.Serialize(r, JsonOptions));
    }

    /// <summary>The sampled allocation types, in bytes per sentence.</summary>
    public static void PrintAllocations(AllocationSampler sampler, ThroughputResult r, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(output);
        double sentences = Math.Max(1, r.Sentences);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sampled allocations: {sampler.Total / sentences:N0} B/sentence; top types (B/sentence):"));
        foreach (var (type, bytes) in sampler.Top(25))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / sentences,8:N0}  {type}"));
    }
}

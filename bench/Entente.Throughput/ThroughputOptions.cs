namespace Entente.Throughput;

/// <summary>Command-line options of the throughput runner.</summary>
public sealed record ThroughputOptions
{
    /// <summary>Corpus files or folders (CSV, JSONL, text, HTML; read with InputOpener). Required.</summary>
    public IReadOnlyList<string> Corpus { get; init; } = [];

    /// <summary>Replicate documents (with distinct ids) until at least this many sentences; 0 = no replication. Default 200,000.</summary>
    public int ReplicateTo { get; init; } = 200_000;

    /// <summary>Documents coded in parallel: 1, or 0 for all cores. Default 1.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Code the unreplicated corpus before the timed run, again and again for at least <see cref="WarmupSeconds"/>,
    /// so the tiered JIT has finished promoting the hot methods. Default false.</summary>
    public bool Warmup { get; init; }

    /// <summary>Minimum warm-up time with <see cref="Warmup"/>. Default 5 s: one pass is not enough on one core, where
    /// the background JIT competes with the coder (one pass measured 30,000 sentences/s, five seconds 70,000+).</summary>
    public double WarmupSeconds { get; init; } = 5;

    /// <summary>After <see cref="WarmupSeconds"/>, the warm-up goes on until the JIT compiled at most this many methods over
    /// the last two seconds of passes (up to <see cref="MaxWarmupSeconds"/>). Default 20: on one core a five-second warm-up
    /// left ≈ 770 methods and 1.4 s of JIT inside the timed run of the synthetic stories (19,000-21,000 sentences/s);
    /// a settled JIT left 4 (28,900).</summary>
    public int QuietJitMethods { get; init; } = 20;

    /// <summary>Upper bound of the warm-up while the JIT is still busy. Default 120 s.</summary>
    public double MaxWarmupSeconds { get; init; } = 120;

    /// <summary>Print one JSON line on stdout (the table goes to stderr). Default false.</summary>
    public bool Json { get; init; }

    /// <summary>Also sample allocations by type during the timed run and print the top types (slows the run a little). Default false.</summary>
    public bool AllocationTypes { get; init; }

    /// <summary>Start from the compiled-data cache as <c>Engine.Create</c> does (false: <c>--no-cache</c>, parse and compile). Default true.</summary>
    public bool Cache { get; init; } = true;

    /// <summary>Cache folder (<c>--cache-dir</c>); null for the default. Default null.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How the parallel coder batches documents (<c>--batch-chars</c>, <c>--batch-docs</c>); default the library's defaults.
    /// <c>--batch-docs 1</c> hands over one document at a time, as before batching.</summary>
    public Entente.Pipeline.ParallelCodingOptions Batching { get; init; } = new();

    /// <summary>With <c>--scaling N</c>: after a warm-up, N timed rounds of (1 core, all cores) in one process, and their ratio
    /// (<see cref="ScalingRunner"/>) instead of the single run. Default 0 (off).</summary>
    public int ScalingRounds { get; init; }

    /// <summary>Publication date for documents that carry none. Default 2020-01-01.</summary>
    public DateOnly DefaultDate { get; init; } = new(2020, 1, 1);

    /// <summary>Parses the arguments; returns null and an error text when they are wrong.</summary>
    public static ThroughputOptions? Parse(string[] args, out string? error)
    {
        var corpus = new List<string>();
        var options = new ThroughputOptions();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (arg)
            {
                case "--corpus":
                    if (Next() is { } path) corpus.Add(path);
                    else error = "--corpus needs a path";
                    break;
                case "--replicate-to":
                    if (int.TryParse(Next(), out int n) && n >= 0) options = options with { ReplicateTo = n };
                    else error = "--replicate-to needs a count >= 0";
                    break;
                case "--threads":
                    string? t = Next();
                    if (t == "all") options = options with { Threads = 0 };
                    else if (int.TryParse(t, out int k) && k >= 1) options = options with { Threads = k };
                    else error = "--threads needs 1|all (or a count)";
                    break;
                case "--date":
                    if (DateOnly.TryParseExact(Next(), "yyyy-MM-dd", out var d)) options = options with { DefaultDate = d };
                    else error = "--date needs YYYY-MM-DD";
                    break;
                case "--warmup":
                    options = options with { Warmup = true };
                    break;
                case "--warmup-seconds":
                    if (double.TryParse(Next(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double w) && w >= 0)
                        options = options with { Warmup = true, WarmupSeconds = w };
                    else error = "--warmup-seconds needs a number of seconds";
                    break;
                case "--alloc-types":
                    options = options with { AllocationTypes = true };
                    break;
                case "--no-cache":
                    options = options with { Cache = false };
                    break;
                case "--cache-dir":
                    if (Next() is { } dir) options = options with { CacheDirectory = dir };
                    else error = "--cache-dir needs a folder";
                    break;
                case "--batch-chars":
                    if (int.TryParse(Next(), out int bc) && bc >= 1) options = options with { Batching = options.Batching with { BatchCharacters = bc } };
                    else error = "--batch-chars needs a count >= 1";
                    break;
                case "--batch-docs":
                    if (int.TryParse(Next(), out int bd) && bd >= 1) options = options with { Batching = options.Batching with { BatchDocuments = bd } };
                    else error = "--batch-docs needs a count >= 1";
                    break;
                case "--scaling":
                    if (int.TryParse(Next(), out int rounds) && rounds >= 1) options = options with { ScalingRounds = rounds, Warmup = true };
                    else error = "--scaling needs a number of rounds >= 1";
                    break;
                case "--json":
                    options = options with { Json = true };
                    break;
                default:
                    error = $"unknown argument '{arg}'";
                    break;
            }

            if (error is not null) return null;
        }

        if (corpus.Count == 0)
        {
            error = "--corpus PATH is required";
            return null;
        }

        return options with { Corpus = corpus };
    }
}

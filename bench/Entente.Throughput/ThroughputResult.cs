namespace Entente.Throughput;

/// <summary>What one run measured; serialised as the --json line.</summary>
public sealed record ThroughputResult
{
    public required string Corpus { get; init; }
    public required string Threads { get; init; }
    public required int ProcessorCount { get; init; }
    public required bool ServerGc { get; init; }
    public required string Batching { get; init; }
    public required bool Warmup { get; init; }
    public required int WarmupPasses { get; init; }
    public required double WarmupSeconds { get; init; }
    public required string LoadAverageBefore { get; init; }
    public required string LoadAverageAfter { get; init; }
    public required int CorpusDocuments { get; init; }
    public required int CorpusSentences { get; init; }
    public required double ReadSeconds { get; init; }
    public required double RuntimeStartSeconds { get; init; }
    public required bool? CacheHit { get; init; }
    public required double CacheSeconds { get; init; }
    public required double DictionaryLoadSeconds { get; init; }
    public required double DictionaryCompileSeconds { get; init; }
    public required double PatternsAndOntologySeconds { get; init; }
    public required double WarmCacheSeconds { get; init; }
    public required double WarmDictionaryLoadSeconds { get; init; }
    public required double WarmDictionaryCompileSeconds { get; init; }
    public required double WarmPatternsAndOntologySeconds { get; init; }
    public required double FirstEventSeconds { get; init; }
    public required double FirstEventSinceProcessStartSeconds { get; init; }
    public required double FirstEventCpuSeconds { get; init; }
    public required long Documents { get; init; }
    public required long Sentences { get; init; }
    public required long Tokens { get; init; }
    public required long Events { get; init; }
    public required double ElapsedSeconds { get; init; }
    public required double CpuSeconds { get; init; }
    public required double SentencesPerSecond { get; init; }
    public required double SentencesPerCpuSecond { get; init; }
    public required double DocumentsPerSecond { get; init; }
    public required double EventsPerSecond { get; init; }
    public required double AllocatedBytesPerSentence { get; init; }
    public required int Gen0 { get; init; }
    public required int Gen1 { get; init; }
    public required int Gen2 { get; init; }
    public required double GcPauseSeconds { get; init; }
    public required long PeakRssBytes { get; init; }

    /// <summary>Methods the JIT compiled during the timed run (tier-0 and tier-1 recompilations): near 0 in a steady state.</summary>
    public required long JitMethods { get; init; }

    /// <summary>Time the JIT spent compiling during the timed run, all threads.</summary>
    public required double JitSeconds { get; init; }
}

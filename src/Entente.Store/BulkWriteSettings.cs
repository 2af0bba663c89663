namespace Entente.Store;

/// <summary>DuckDB settings for a long run of batch writes next to CPU-bound coding (see <see cref="DuckDbEventStore.UseBulkWriteSettingsAsync"/>).</summary>
public sealed record BulkWriteSettings
{
    /// <summary>DuckDB worker threads while the settings apply. Default 1: a commit or checkpoint then runs on the writing
    /// thread alone instead of waking a second DuckDB thread that competes with the coders for the same cores.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Write-ahead-log size that triggers a checkpoint, in bytes. Default 64 MiB (DuckDB's own default is
    /// 16 MiB): every checkpoint rewrites the content-hash index and the tables' open row groups, so fewer, larger
    /// checkpoints cost less CPU; but the data written since the last checkpoint stays in memory, so the threshold also
    /// bounds the memory an ingest adds (at 256 MiB a 1M-event ingest peaked ≈ 120 MB higher). The WAL is replayed when
    /// a killed run's store is opened again.</summary>
    public long CheckpointThresholdBytes { get; init; } = 64L << 20;
}

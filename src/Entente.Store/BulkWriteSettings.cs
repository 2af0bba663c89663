namespace Entente.Store;

/// <summary>DuckDB settings for a long run of batch writes next to CPU-bound coding (see <see cref="DuckDbEventStore.UseBulkWriteSettingsAsync"/>).</summary>
public sealed record BulkWriteSettings
{
    /// <summary>DuckDB worker threads while the settings apply. Default 1: a commit or checkpoint then runs on the writing
    /// thread alone instead of waking a second DuckDB thread that competes with the coders for the same cores.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Write-ahead-log size that triggers a checkpoint, in bytes. Default 256 MiB (DuckDB's own default is
    /// 16 MiB): every checkpoint rewrites the content-hash index and the table's open row groups, so fewer, larger
    /// checkpoints cost less CPU; the WAL is replayed when a killed run's store is opened again.</summary>
    public long CheckpointThresholdBytes { get; init; } = 256L << 20;
}

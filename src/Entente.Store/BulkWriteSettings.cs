namespace Entente.Store;

/// <summary>DuckDB settings for a long run of batch writes next to CPU-bound coding (see <see cref="DuckDbEventStore.UseBulkWriteSettingsAsync"/>).</summary>
public sealed record BulkWriteSettings
{
    /// <summary>DuckDB worker threads while the settings apply. Default 1: a commit or checkpoint then runs on the writing
    /// thread alone instead of waking a second DuckDB thread that competes with the coders for the same cores.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Write-ahead-log size that triggers a checkpoint, in bytes. Default 16 MiB (DuckDB's own default). Data
    /// written since the last checkpoint is checkpointed when the store closes, on one core after the coding is done: with
    /// the evidence-only rows of <see cref="SentenceScope.WithEvents"/> a 64 MiB threshold left a 22,500-document ingest's
    /// whole WAL to that close (0.5–0.9 s, against 0.25–0.27 s at 16 MiB) for no saving in CPU. A larger threshold pays
    /// when every sentence and mention is written (fewer rewrites of the open row groups) but bounds less memory: the
    /// WAL's data stays in memory until it is checkpointed, and is replayed when a killed run's store is opened again.</summary>
    public long CheckpointThresholdBytes { get; init; } = 16L << 20;
}

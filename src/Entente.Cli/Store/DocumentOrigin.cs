namespace Entente.Cli.Store;

/// <summary>Where a document was read: its file and how many input bytes had been read by then (progress).</summary>
internal sealed record DocumentOrigin(string Path, long Position);

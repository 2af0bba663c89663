namespace Entente.Server;

/// <summary>Settings of <c>entente serve</c>: the store it opens, where it listens, and its request bounds.</summary>
public sealed record ServerOptions
{
    /// <summary>DuckDB store file; default <c>entente.duckdb</c> in the working folder, as for the CLI.</summary>
    public string DatabasePath { get; init; } = "entente.duckdb";

    /// <summary>Listening addresses; default loopback port 5000.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    /// <summary>Largest request body accepted, in bytes (default 2 MiB); larger bodies get 413.</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Largest page size for list endpoints (default 500).</summary>
    public int MaxPageSize { get; init; } = 500;
}

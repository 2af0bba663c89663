namespace Entente.Server;

/// <summary>Settings of <c>entente serve</c>: the store it opens, where it listens, and its request bounds.</summary>
public sealed record ServerOptions
{
    /// <summary>DuckDB store file; default <c>entente.duckdb</c> in the working folder, as for the CLI.</summary>
    public string DatabasePath { get; init; } = "entente.duckdb";

    /// <summary>Listening addresses; default loopback port 5000. Port 0 picks a free port (read it from <c>app.Urls</c> after start).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    /// <summary>Largest request body accepted, in bytes (default 2 MiB); larger bodies get 413.</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Largest page size for list endpoints (default 500).</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>Page size when a list request names none (default 50).</summary>
    public int DefaultPageSize { get; init; } = 50;

    /// <summary>Whether a missing store file is created empty (default false: a missing store is a start-up error, as for the CLI's read commands).</summary>
    public bool CreateStore { get; init; }

    /// <summary>Whether each request is logged (default false: only warnings and errors are logged).</summary>
    public bool LogRequests { get; init; }

    /// <summary>Folder of the dashboard's static files; default <c>wwwroot</c> next to the assembly. Not served when missing.</summary>
    public string? StaticRoot { get; init; }
}

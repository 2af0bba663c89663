using System.Globalization;

namespace Entente.StoreBench;

/// <summary>Command-line options of the store benchmark.</summary>
public sealed record StoreBenchOptions
{
    /// <summary>Synthetic events to ingest. Default 1,000,000.</summary>
    public int Events { get; init; } = 1_000_000;

    /// <summary>Distinct synthetic actors. Default 60.</summary>
    public int Actors { get; init; } = 60;

    /// <summary>Database file; default a new file in the temp folder, deleted at the end unless <see cref="Keep"/>.</summary>
    public string? Database { get; init; }

    /// <summary>Keep the database file after the run. Default false.</summary>
    public bool Keep { get; init; }

    /// <summary>Repetitions of each timed query. Default 5.</summary>
    public int Repetitions { get; init; } = 5;

    /// <summary>Documents per ingest transaction. Default 256 (the <c>IngestOptions</c> default).</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Ingest with DuckDB's default settings instead of <c>BulkWriteSettings</c> (one DuckDB thread, 16 MiB
    /// checkpoint threshold), as `entente ingest` does. Default false.</summary>
    public bool DefaultSettings { get; init; }

    /// <summary>Skip ingest and clustering and query an existing <see cref="Database"/>. Default false.</summary>
    public bool QueryOnly { get; init; }

    /// <summary>With <see cref="QueryOnly"/>: run the clusterer over the existing store before the queries. Default false.</summary>
    public bool Cluster { get; init; }

    /// <summary>Keep an existing <see cref="Database"/> and ingest into it: documents already stored are skipped by content hash,
    /// so an interrupted run can be continued. Default false.</summary>
    public bool Resume { get; init; }

    /// <summary>Parses the arguments; null with <paramref name="error"/> set when they are wrong.</summary>
    public static StoreBenchOptions? Parse(string[] args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var o = new StoreBenchOptions();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (arg)
            {
                case "--events" when int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    o = o with { Events = n };
                    break;
                case "--actors" when int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 4:
                    o = o with { Actors = n };
                    break;
                case "--reps" when int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    o = o with { Repetitions = n };
                    break;
                case "--batch" when int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    o = o with { BatchSize = n };
                    break;
                case "--db" when Next() is { } path:
                    o = o with { Database = path };
                    break;
                case "--keep":
                    o = o with { Keep = true };
                    break;
                case "--resume":
                    o = o with { Resume = true };
                    break;
                case "--default-settings":
                    o = o with { DefaultSettings = true };
                    break;
                case "--cluster":
                    o = o with { Cluster = true };
                    break;
                case "--query-only":
                    o = o with { QueryOnly = true };
                    break;
                default:
                    error = $"bad or incomplete argument '{arg}'";
                    return null;
            }
        }

        if (o.QueryOnly && o.Database is null)
        {
            error = "--query-only needs --db PATH";
            return null;
        }

        return o;
    }
}

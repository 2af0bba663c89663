namespace Entente.Store;

/// <summary>File formats <see cref="Exporter"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>The public event record of DESIGN.md §3, one JSON object a line.</summary>
    Jsonl,
    /// <summary>Flat comma-separated table with a header row; lists joined with ';'.</summary>
    Csv,
    /// <summary>Apache Parquet (through DuckDB COPY); needs a file path.</summary>
    Parquet,
    /// <summary>GDELT 2.0 event table: 61 tab-separated columns, no header.</summary>
    Gdelt,
    /// <summary>PLOVER JSON records, one a line.</summary>
    Plover,
}

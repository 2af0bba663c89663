namespace Entente.Text;

/// <summary>The input formats Entente reads, chosen by file extension (the one inside ".gz").</summary>
public enum InputFormat
{
    /// <summary>Plain text, one document a file.</summary>
    Text,
    /// <summary>An HTML page, one document after article extraction.</summary>
    Html,
    /// <summary>JSON Lines, one document a line.</summary>
    Jsonl,
    /// <summary>CSV with a header, one document a record.</summary>
    Csv,
}

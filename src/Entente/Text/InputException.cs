namespace Entente.Text;

/// <summary>Bad input: carries the file and line so that the CLI prints one line and exits 2.</summary>
public sealed class InputException : Exception
{
    public InputException(string path, int? line, string reason)
        : base(line is { } l ? $"{path}:{l}: {reason}" : $"{path}: {reason}")
    {
        Path = path;
        Line = line;
        Reason = reason;
    }

    public InputException() : this("-", null, "bad input") { }

    public InputException(string message) : this("-", null, message) { }

    public InputException(string message, Exception innerException) : base(message, innerException)
    {
        Path = "-";
        Reason = message;
    }

    /// <summary>File path, or "-" for stdin.</summary>
    public string Path { get; } = "-";

    /// <summary>1-based line, when the error is on a line.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; } = "";

    /// <summary>Whether the rest of the input can still be read (a bad record in a corpus), or reading must stop.</summary>
    public bool Recoverable { get; init; }
}

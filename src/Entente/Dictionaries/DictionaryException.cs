namespace Entente.Dictionaries;

/// <summary>A dictionary file that cannot be read or compiled; the message is "file:line: reason".</summary>
public sealed class DictionaryException : Exception
{
    /// <summary>Creates the exception for a place in a file.</summary>
    public DictionaryException(string file, int line, string reason)
        : base(file + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + reason)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public DictionaryException()
        : this("?", 0, "dictionary error")
    {
    }

    public DictionaryException(string message)
        : this("?", 0, message)
    {
    }

    public DictionaryException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "?";
        Reason = message;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>1-based line number (0 when not about a line).</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}

namespace Entente.Coding;

/// <summary>A malformed pattern file line; the message starts with "file:line:".</summary>
public sealed class PatternException : Exception
{
    public PatternException(string file, int line, string reason) : base($"{file}:{line}: {reason}") { }

    public PatternException() { }

    public PatternException(string message) : base(message) { }

    public PatternException(string message, Exception innerException) : base(message, innerException) { }
}

namespace Entente.Dictionaries;

/// <summary>One lint finding about a dictionary line.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">File name.</param>
/// <param name="Line">1-based line (0 for the file as a whole).</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record DictionaryDiagnostic(DiagnosticSeverity Severity, string File, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": "
        + (Severity == DiagnosticSeverity.Error ? "error: " : "warning: ") + Message;
}

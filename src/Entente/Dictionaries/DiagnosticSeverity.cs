namespace Entente.Dictionaries;

/// <summary>How bad a lint finding is.</summary>
public enum DiagnosticSeverity : byte
{
    /// <summary>Suspicious but usable.</summary>
    Warning,
    /// <summary>Must be fixed: the dictionaries are wrong or ambiguous.</summary>
    Error,
}

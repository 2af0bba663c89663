namespace Entente.Model;

/// <summary>Where a stream being read came from, for ids and error messages.</summary>
/// <param name="Path">File path, or "-" for stdin.</param>
/// <param name="DefaultDate">Publication date to use when the input carries none (the CLI's --date).</param>
public sealed record SourceInfo(string Path, DateOnly? DefaultDate = null);

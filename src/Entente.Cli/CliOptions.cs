using System.CommandLine;
using System.Globalization;

namespace Entente.Cli;

/// <summary>Options shared by several subcommands.</summary>
internal static class CliOptions
{
    public static Option<string?> Date() => new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) for input that carries none; relative dates resolve against it.",
        CustomParser = r =>
        {
            var raw = r.Tokens.Count > 0 ? r.Tokens[0].Value : null;
            if (raw is null || DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return raw;
            r.AddError($"--date must be YYYY-MM-DD, got '{raw}'");
            return null;
        },
    };

    /// <summary>`--no-cache`: compile the dictionaries and patterns instead of reading (and writing) the compiled-data cache.</summary>
    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Compile dictionaries and patterns from data/ instead of using the compiled-data cache (~/.cache/entente).",
    };

    public static DateOnly? ParseDate(string? raw) =>
        raw is null ? null : DateOnly.ParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

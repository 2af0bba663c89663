using System.CommandLine;
using System.CommandLine.Parsing;
using System.Data.Common;
using System.Globalization;
using Entente.Store;

namespace Entente.Cli.Store;

/// <summary>Options and store access shared by the store commands (ingest, dyad, alignment, query, export).</summary>
internal static class StoreOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "The store file.",
        DefaultValueFactory = _ => DuckDbEventStore.DefaultPath,
    };

    public static Option<DateOnly?> From() => DateOption("--from", "First event date, inclusive (YYYY-MM-DD).");

    public static Option<DateOnly?> To() => DateOption("--to", "Last event date, inclusive (YYYY-MM-DD).");

    /// <summary>The usage error of a --from after --to, or null. Checked in the action: a command validator cannot read an option whose own parse failed.</summary>
    public static string? RangeError(DateOnly? from, DateOnly? to) =>
        from is { } f && to is { } t && f > t ? $"--from {Iso(f)} is after --to {Iso(t)}" : null;

    /// <summary>A usage error found after parsing: one line, exit 1, like the parser's own errors.</summary>
    public static int Usage(string message)
    {
        Console.Error.WriteLine($"entente: {message} (see 'entente --help')");
        return ExitCodes.Usage;
    }

    /// <summary>An integer option of at least <paramref name="min"/>; a bad value is a usage error, never an exception.</summary>
    public static Option<int> Positive(string name, string description, int defaultValue, int min = 1) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r =>
        {
            var raw = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min)
            {
                return n;
            }

            r.AddError($"{name} must be a whole number of at least {min}, got '{raw}'");
            return defaultValue;
        },
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes a date property as ISO text, or null.</summary>
    public static void WriteDate(System.Text.Json.Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, Iso(d));
        else w.WriteNull(name);
    }

    public static bool TryParseDate(string raw, out DateOnly date) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Runs <paramref name="action"/> over an existing store; a missing file is one line and exit 2, never a new empty store.</summary>
    public static async Task<int> ReadAsync(string path, Func<DuckDbEventStore, Task<int>> action, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return CliErrors.Fail($"{path}: no store; run 'entente ingest' first");
        }

        return await OpenAsync(path, action, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens (creating if needed) the store and runs <paramref name="action"/>; database errors (a locked file) are one line and exit 2.</summary>
    public static async Task<int> OpenAsync(string path, Func<DuckDbEventStore, Task<int>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            var store = await DuckDbEventStore.OpenAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                return await action(store).ConfigureAwait(false);
            }
        }
        catch (DbException ex)
        {
            return CliErrors.Fail($"{path}: {FirstLine(ex.Message)}");
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith(path, StringComparison.Ordinal))
        {
            // A store written by a newer program: the message already names the file.
            return CliErrors.Fail(ex.Message);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r => ParseDate(r, name),
    };

    private static DateOnly? ParseDate(ArgumentResult r, string name)
    {
        var raw = r.Tokens.Count > 0 ? r.Tokens[0].Value : null;
        if (raw is null)
        {
            return null;
        }

        if (TryParseDate(raw, out var date))
        {
            return date;
        }

        r.AddError($"{name} must be YYYY-MM-DD, got '{raw}'");
        return null;
    }
}

using System.Globalization;

namespace Entente.Text;

/// <summary>Parsing shared by the readers: publication dates and ids derived from paths.</summary>
internal static class InputFields
{
    /// <summary>Reads YYYY-MM-DD, YYYYMMDD, or an ISO date-time (the date as written, no time-zone shift).</summary>
    public static bool TryParseDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        value = value.Trim();
        date = default;
        if (value.Length == 8 && IsDigits(value))
        {
            return DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (value.Length >= 10 && value[4] == '-' && value[7] == '-'
            && (value.Length == 10 || value[10] is 'T' or 't' or ' '))
        {
            if (DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return value.Length == 10
                    || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _);
            }

            return false;
        }

        // Last resort for feeds that write "10 April 2019" or "April 10, 2019".
        if (value.Length is > 0 and <= 40
            && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }

    /// <summary>The id a file-level document gets: the file name without its extensions (".txt", ".txt.gz").</summary>
    public static string IdFromPath(string path)
    {
        if (path == "-")
        {
            return "stdin";
        }

        string name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        string stem = Path.GetFileNameWithoutExtension(name);
        return stem.Length > 0 ? stem : name;
    }

    private static bool IsDigits(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

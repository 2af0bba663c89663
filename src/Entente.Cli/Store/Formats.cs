using System.Globalization;

namespace Entente.Cli.Store;

/// <summary>Number, date and count formatting shared by the store commands' tables (invariant culture).</summary>
internal static class Formats
{
    public static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"1 document", "2,000 documents".</summary>
    public static string Count(long n, string singular, string? plural = null) => $"{N(n)} {(n == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>A value with an explicit sign ("+0.50", "-1.20", "0.00"); a value that rounds to zero gets none.</summary>
    public static string Signed(double value, int decimals = 2)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return rounded > 0 ? "+" + text : rounded < 0 ? "-" + text : text;
    }

    /// <summary>The <paramref name="n"/> largest counts, largest first, as "military 3, diplomatic 1".</summary>
    public static string Top(IReadOnlyDictionary<string, long> counts, int n)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n)
            .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}"));
        return string.Join(", ", top);
    }

    /// <summary>" 2017-01-01..2017-12-31", " from 2017-01-01", " to ...", or "" for no range.</summary>
    public static string Range(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        (null, null) => "",
        ({ } f, null) => $" from {StoreOptions.Iso(f)}",
        (null, { } t) => $" to {StoreOptions.Iso(t)}",
        ({ } f, { } t) => $" {StoreOptions.Iso(f)}..{StoreOptions.Iso(t)}",
    };
}

using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Entente.Server;

/// <summary>Reads query-string parameters, recording each unreadable one in <see cref="ApiErrors"/> under its own name.</summary>
internal sealed class QueryReader
{
    private readonly IQueryCollection _query;

    public QueryReader(IQueryCollection query, ApiErrors errors)
    {
        _query = query;
        Errors = errors;
    }

    public ApiErrors Errors { get; }

    /// <summary>The trimmed value, or null when absent or blank.</summary>
    public string? String(string name)
    {
        if (!_query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        var value = values[values.Count - 1]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public bool Has(string name) => String(name) is not null;

    /// <summary>An ISO date (YYYY-MM-DD), or null; anything else is an error.</summary>
    public DateOnly? Date(string name)
    {
        if (String(name) is not { } raw)
        {
            return null;
        }

        if (TryParseDate(raw, out var date))
        {
            return date;
        }

        Errors.Add(name, $"not a date (YYYY-MM-DD): {Shorten(raw)}");
        return null;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/>.</summary>
    public int Int(string name, int fallback, int min, int max)
    {
        if (String(name) is not { } raw)
        {
            return fallback;
        }

        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        Errors.Add(name, $"must be a whole number from {min} to {max}, got {Shorten(raw)}");
        return fallback;
    }

    /// <summary>A boolean (true/false/1/0), or <paramref name="fallback"/>.</summary>
    public bool Bool(string name, bool fallback)
    {
        switch (String(name)?.ToUpperInvariant())
        {
            case null:
                return fallback;
            case "TRUE" or "1" or "YES":
                return true;
            case "FALSE" or "0" or "NO":
                return false;
            default:
                Errors.Add(name, $"must be true or false, got {Shorten(String(name)!)}");
                return fallback;
        }
    }

    /// <summary>One of <paramref name="allowed"/> (case-insensitive, returned lower-case), or <paramref name="fallback"/>.</summary>
    public string? OneOf(string name, string? fallback, params string[] allowed)
    {
        if (String(name) is not { } raw)
        {
            return fallback;
        }

        foreach (var a in allowed)
        {
            if (string.Equals(a, raw, StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }
        }

        Errors.Add(name, $"must be one of {string.Join(", ", allowed)}, got {Shorten(raw)}");
        return fallback;
    }

    /// <summary>Records a from-after-to range as an error of <paramref name="fromName"/>.</summary>
    public void CheckRange(DateOnly? from, DateOnly? to, string fromName = "from", string toName = "to")
    {
        if (from is { } f && to is { } t && f > t)
        {
            Errors.Add(fromName, $"{Iso(f)} is after {toName} {Iso(t)}");
        }
    }

    /// <summary>Records every parameter not in <paramref name="known"/> as an error, so that a misspelt filter is never silently ignored.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known)
    {
        foreach (var key in _query.Keys)
        {
            // "_" is the usual cache-buster of browsers' fetch wrappers.
            if (key != "_" && !known.Contains(key))
            {
                Errors.Add(key, $"unknown parameter; known: {string.Join(", ", known)}");
            }
        }
    }

    public static bool TryParseDate(string raw, out DateOnly date) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Echoes user input in a message, bounded so an error never repeats a huge value.</summary>
    public static string Shorten(string raw) => raw.Length <= 40 ? raw : string.Concat(raw.AsSpan(0, 39), "…");
}

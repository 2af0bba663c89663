using System.Globalization;

namespace Entente.Dictionaries;

/// <summary>Reads one native dictionary file (header, entries, comments) into <see cref="DictionaryEntry"/> records.</summary>
/// <remarks>
/// Without a diagnostics list the first problem throws a <see cref="DictionaryException"/>; with one, every
/// problem is recorded, the bad line is skipped and parsing goes on (that is what lint uses).
/// </remarks>
public static class DictionaryFileParser
{
    /// <summary>The header's fixed opening.</summary>
    public const string HeaderPrefix = "#! entente-dictionary";

    private static readonly string[] _kinds = ["countries", "actors", "agents", "places", "collectives"];

    /// <summary>Parses a file from disk; the file name (without folders) is used in messages.</summary>
    public static DictionaryFile ParseFile(string path, ICollection<DictionaryDiagnostic>? diagnostics = null) =>
        Parse(Path.GetFileName(path), File.ReadAllText(path), diagnostics);

    /// <summary>Parses the text of one file.</summary>
    public static DictionaryFile Parse(string name, string text, ICollection<DictionaryDiagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<DictionaryEntry>();
        var kind = "";
        var version = "";
        var lineNumber = 0;
        var sawHeader = false;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine;
            if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line[1..];
            }

            if (lineNumber == 1)
            {
                sawHeader = true;
                if (!TryParseHeader(line.ToString(), out kind, out version, out var headerError))
                {
                    Report(diagnostics, name, 1, "bad header: " + headerError);
                }

                continue;
            }

            var content = StripComment(line).Trim();
            if (content.IsEmpty)
            {
                continue;
            }

            var entry = ParseEntry(name, lineNumber, content.ToString(), out var error);
            if (entry is null)
            {
                Report(diagnostics, name, lineNumber, error!);
                continue;
            }

            entries.Add(entry);
        }

        if (!sawHeader)
        {
            Report(diagnostics, name, 1, "bad header: the file is empty");
        }

        return new DictionaryFile(name, kind, version, entries);
    }

    /// <summary>The prefix of an id ("country" for "country:pak"), or null when it has none.</summary>
    public static EntryKind? KindOfPrefix(ReadOnlySpan<char> prefix) => prefix switch
    {
        "country" => EntryKind.Country,
        "region" => EntryKind.Region,
        "adj" => EntryKind.Adjective,
        "capital" => EntryKind.Capital,
        "person" => EntryKind.Person,
        "org" => EntryKind.Organisation,
        "agent" => EntryKind.Agent,
        "title" => EntryKind.Title,
        "place" => EntryKind.Place,
        "collective" => EntryKind.Collective,
        _ => null,
    };

    /// <summary>The header kinds an entry kind belongs in.</summary>
    public static string FileKindOf(EntryKind kind) => kind switch
    {
        EntryKind.Country or EntryKind.Region or EntryKind.Adjective or EntryKind.Capital => "countries",
        EntryKind.Person or EntryKind.Organisation => "actors",
        EntryKind.Agent or EntryKind.Title => "agents",
        EntryKind.Place => "places",
        _ => "collectives",
    };

    private static void Report(ICollection<DictionaryDiagnostic>? diagnostics, string file, int line, string reason)
    {
        if (diagnostics is null)
        {
            throw new DictionaryException(file, line, reason);
        }

        diagnostics.Add(new DictionaryDiagnostic(DiagnosticSeverity.Error, file, line, reason));
    }

    private static bool TryParseHeader(string line, out string kind, out string version, out string? error)
    {
        kind = "";
        version = "";
        error = null;
        if (!line.StartsWith(HeaderPrefix, StringComparison.Ordinal))
        {
            error = "the first line must be '" + HeaderPrefix + " kind=KIND version=VERSION'";
            return false;
        }

        foreach (var part in line[HeaderPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                error = "expected key=value, found '" + part + "'";
                return false;
            }

            var key = part[..eq];
            var value = part[(eq + 1)..];
            if (key == "kind")
            {
                kind = value;
            }
            else if (key == "version")
            {
                version = value;
            }
        }

        if (Array.IndexOf(_kinds, kind) < 0)
        {
            error = "kind must be one of " + string.Join(", ", _kinds) + ", found '" + kind + "'";
            return false;
        }

        if (version.Length == 0)
        {
            error = "missing version=";
            return false;
        }

        return true;
    }

    private static ReadOnlySpan<char> StripComment(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    private static DictionaryEntry? ParseEntry(string file, int lineNumber, string content, out string? error)
    {
        var columns = content.Split('|', StringSplitOptions.TrimEntries);
        if (columns.Length < 3)
        {
            error = "expected 'ID | ROLES | ALIASES [| ATTRIBUTES]', found " + columns.Length + " column(s)";
            return null;
        }

        if (columns.Length > 4)
        {
            error = "too many columns (" + columns.Length + "); at most 4";
            return null;
        }

        var id = columns[0];
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            error = "id '" + id + "' has no prefix (expected prefix:slug)";
            return null;
        }

        var kind = KindOfPrefix(id.AsSpan(0, colon));
        if (kind is null)
        {
            error = "unknown prefix '" + id[..colon] + ":' in id '" + id + "'";
            return null;
        }

        if (!IsSlug(id.AsSpan(colon + 1)))
        {
            error = "id '" + id + "' must be prefix:slug with a slug of [a-z0-9-]";
            return null;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (columns.Length == 4 && columns[3].Length > 0)
        {
            foreach (var pair in columns[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    error = "attribute '" + pair + "' is not key=value";
                    return null;
                }

                attributes[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
            }
        }

        var aliases = new List<string>();
        foreach (var alias in columns[2].Split(';', StringSplitOptions.TrimEntries))
        {
            if (alias.Length == 0)
            {
                error = "empty alias in '" + columns[2] + "'";
                return null;
            }

            aliases.Add(alias);
        }

        IReadOnlyList<ActorRole> roles = [];
        IReadOnlyList<string> sectors = [];
        int? count = null;
        switch (kind.Value)
        {
            case EntryKind.Agent:
            case EntryKind.Title:
                if (!TryParseSectors(columns[1], kind.Value == EntryKind.Title, out sectors, out error))
                {
                    return null;
                }

                break;
            case EntryKind.Collective:
                if (columns[1] == "*")
                {
                    count = 0;
                }
                else if (int.TryParse(columns[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2)
                {
                    count = n;
                }
                else if (columns[1] == "1" && columns.Length > 3 && columns[3].Contains("fits=", StringComparison.Ordinal))
                {
                    // "the Gulf state": one state named before, among those the descriptor fits (the fits= attribute).
                    count = 1;
                }
                else if (TryParseMembers(columns[1]) is { Count: >= 2 } members)
                {
                    roles = members;
                    // A joint undertaking that names its parties itself: "CPEC" is China and Pakistan whoever was named before.
                    count = roles.Count;
                }
                else
                {
                    error = "a collective's ROLES is a member count of 2 or more, '*', 1 with a fits= list, or two or more undated members (PAK, CHN); found '" + columns[1] + "'";
                    return null;
                }

                break;
            case EntryKind.Place when columns[1] == "-":
                // A water body that belongs to no state ("the Gulf of Aden", "the South China Sea"): a place without a country.
                break;
            default:
                if (!TryParseRoles(columns[1], out roles, out error))
                {
                    return null;
                }

                if (kind.Value == EntryKind.Place && (roles.Count != 1 || roles[0].Sector is not null || roles[0].From is not null || roles[0].To is not null))
                {
                    error = "a place's ROLES is one ISO 3166-1 alpha-3 country code or '-' (no state), found '" + columns[1] + "'";
                    return null;
                }

                break;
        }

        error = null;
        return new DictionaryEntry(id, kind.Value, roles, sectors, count, aliases, attributes, file, lineNumber);
    }

    private static bool IsSlug(ReadOnlySpan<char> slug)
    {
        if (slug.IsEmpty)
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseSectors(string column, bool allowNone, out IReadOnlyList<string> sectors, out string? error)
    {
        sectors = [];
        error = null;
        if (allowNone && column == "-")
        {
            return true;
        }

        var list = new List<string>();
        foreach (var sector in column.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Sectors.IsKnown(sector))
            {
                error = "unknown sector '" + sector + "'";
                return false;
            }

            list.Add(sector);
        }

        sectors = list;
        return true;
    }

    private static bool TryParseRoles(string column, out IReadOnlyList<ActorRole> roles, out string? error)
    {
        roles = [];
        error = null;
        var list = new List<ActorRole>();
        foreach (var item in column.Split(',', StringSplitOptions.TrimEntries))
        {
            if (item.Length == 0)
            {
                error = "empty role in '" + column + "'";
                return false;
            }

            var space = item.IndexOf(' ', StringComparison.Ordinal);
            var code = space < 0 ? item : item[..space];
            var range = space < 0 ? null : item[(space + 1)..].Trim();
            var dot = code.IndexOf('.', StringComparison.Ordinal);
            var part = dot < 0 ? code : code[..dot];
            var sector = dot < 0 ? null : code[(dot + 1)..];
            if (!IsPart(part))
            {
                error = "bad role code '" + code + "' (expected PART or PART.SECTOR, PART in capitals)";
                return false;
            }

            if (sector is not null && !Sectors.IsKnown(sector))
            {
                error = "unknown sector '" + sector + "' in role '" + item + "'";
                return false;
            }

            DateOnly? from = null;
            DateOnly? to = null;
            if (range is not null)
            {
                var dots = range.IndexOf("..", StringComparison.Ordinal);
                if (dots < 0)
                {
                    error = "malformed date range '" + range + "' (expected FROM..TO)";
                    return false;
                }

                if (!TryParseDate(range[..dots], out from) || !TryParseDate(range[(dots + 2)..], out to))
                {
                    error = "malformed date in '" + range + "' (expected yyyy-MM-dd)";
                    return false;
                }

                if (from is not null && to is not null && to.Value < from.Value)
                {
                    error = "range '" + range + "' ends before it starts";
                    return false;
                }
            }

            var role = new ActorRole(part, sector, from, to);
            foreach (var earlier in list)
            {
                if (earlier.Overlaps(role))
                {
                    error = "role '" + item + "' overlaps an earlier range of the same entry";
                    return false;
                }
            }

            list.Add(role);
        }

        roles = list;
        return true;
    }

    /// <summary>The undated parties of a collective that names them itself ("CHN, PAK"), or null when the column is not such a list.</summary>
    private static List<ActorRole>? TryParseMembers(string column)
    {
        var list = new List<ActorRole>();
        foreach (var item in column.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!IsPart(item) || list.Exists(r => r.Part == item)) return null;
            list.Add(new ActorRole(item, null, null, null));
        }

        return list;
    }

    private static bool IsPart(string part)
    {
        if (part.Length < 2)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!(c is >= 'A' and <= 'Z' || c is >= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        return false;
    }
}

using System.Globalization;

namespace Entente.Dictionaries;

/// <summary>Checks dictionaries and reports every problem as a <see cref="DictionaryDiagnostic"/> instead of stopping at the first (the <c>entente dict lint</c> rules of docs/dictionary-format.md).</summary>
public static class DictionaryLinter
{
    /// <summary>Lints every <c>*.txt</c> of a folder.</summary>
    public static IReadOnlyList<DictionaryDiagnostic> LintDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var sources = new List<DictionarySource>();
        foreach (var path in DictionarySet.FilesIn(directory))
        {
            sources.Add(new DictionarySource(Path.GetFileName(path), File.ReadAllText(path)));
        }

        return Lint(sources);
    }

    /// <summary>Lints dictionary texts: syntax (header, columns, ids, prefixes, sectors, dates, ranges, empty aliases) and then the cross-file rules.</summary>
    public static IReadOnlyList<DictionaryDiagnostic> Lint(IEnumerable<DictionarySource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var diagnostics = new List<DictionaryDiagnostic>();
        var files = new List<DictionaryFile>();
        foreach (var source in sources)
        {
            files.Add(DictionaryFileParser.Parse(source.Name, source.Text, diagnostics));
        }

        diagnostics.AddRange(Lint(files));
        return diagnostics;
    }

    /// <summary>The cross-file rules over parsed files: duplicate ids, kinds in the wrong file, unknown countries or organisations, alias conflicts, place coordinates, repeated aliases.</summary>
    public static IReadOnlyList<DictionaryDiagnostic> Lint(IReadOnlyList<DictionaryFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var diagnostics = new List<DictionaryDiagnostic>();
        var entries = new List<DictionaryEntry>();
        var firstById = new Dictionary<string, DictionaryEntry>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var entry in file.Entries)
            {
                if (!firstById.TryAdd(entry.Id, entry))
                {
                    Error(diagnostics, entry, "duplicate id '" + entry.Id + "' (first at " + firstById[entry.Id].Location + ")");
                    continue;
                }

                if (file.Kind.Length > 0 && DictionaryFileParser.FileKindOf(entry.Kind) != file.Kind)
                {
                    diagnostics.Add(new DictionaryDiagnostic(DiagnosticSeverity.Warning, entry.File, entry.Line,
                        "'" + entry.Id + "' belongs in a kind=" + DictionaryFileParser.FileKindOf(entry.Kind) + " file, not kind=" + file.Kind));
                }

                entries.Add(entry);
            }
        }

        var parts = DictionaryCompiler.PartKinds(entries);
        foreach (var entry in entries)
        {
            foreach (var role in entry.Roles)
            {
                if (!parts.ContainsKey(role.Part))
                {
                    Error(diagnostics, entry, "unknown country or organisation '" + role.Part + "' in '" + entry.Id + "'");
                }
            }

            CheckOwnAliases(diagnostics, entry);
            if (entry.Kind == EntryKind.Place)
            {
                CheckCoordinates(diagnostics, entry);
            }
        }

        CheckAliasConflicts(diagnostics, entries);
        CheckShadowedAgents(diagnostics, entries);
        return diagnostics;
    }

    /// <summary>Whether an entry kind names an actor (its aliases must not name two actors on one day).</summary>
    public static bool IsActorKind(EntryKind kind) =>
        kind is EntryKind.Country or EntryKind.Region or EntryKind.Adjective or EntryKind.Capital or EntryKind.Person or EntryKind.Organisation;

    private static void CheckOwnAliases(List<DictionaryDiagnostic> diagnostics, DictionaryEntry entry)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alias in entry.Aliases)
        {
            if (!seen.Add(TokenNormalizer.AliasKey(alias)))
            {
                diagnostics.Add(new DictionaryDiagnostic(DiagnosticSeverity.Warning, entry.File, entry.Line,
                    "alias '" + alias + "' is repeated in '" + entry.Id + "'"));
            }
        }
    }

    private static void CheckCoordinates(List<DictionaryDiagnostic> diagnostics, DictionaryEntry entry)
    {
        var lat = entry.Attribute("lat");
        var lon = entry.Attribute("lon");
        if (lat is null || lon is null)
        {
            diagnostics.Add(new DictionaryDiagnostic(DiagnosticSeverity.Warning, entry.File, entry.Line, "place '" + entry.Id + "' has no lat= and lon="));
            return;
        }

        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude) || latitude is < -90 or > 90
            || !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude) || longitude is < -180 or > 180)
        {
            Error(diagnostics, entry, "place '" + entry.Id + "' has bad coordinates lat=" + lat + " lon=" + lon);
        }
    }

    private static void CheckAliasConflicts(List<DictionaryDiagnostic> diagnostics, List<DictionaryEntry> entries)
    {
        var byAlias = new Dictionary<string, List<DictionaryEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!IsActorKind(entry.Kind))
            {
                continue;
            }

            foreach (var (alias, _) in DictionaryCompiler.MatchForms(entry))
            {
                var key = TokenNormalizer.AliasKey(alias);
                if (!byAlias.TryGetValue(key, out var list))
                {
                    byAlias[key] = list = [];
                }

                if (!list.Contains(entry))
                {
                    list.Add(entry);
                }
            }
        }

        foreach (var (alias, list) in byAlias)
        {
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    if (Clash(list[a], list[b]) is { } clash)
                    {
                        Error(diagnostics, list[b], "alias '" + alias + "' maps to " + clash.A + " (" + list[a].Id + ", " + list[a].Location
                            + ") and " + clash.B + " (" + list[b].Id + ") on the same day");
                    }
                }
            }
        }
    }

    /// <summary>Two agents with one alias: the recognizer always takes the first, so the second never matches by it.</summary>
    private static void CheckShadowedAgents(List<DictionaryDiagnostic> diagnostics, List<DictionaryEntry> entries)
    {
        var first = new Dictionary<string, DictionaryEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Kind != EntryKind.Agent)
            {
                continue;
            }

            foreach (var (alias, _) in DictionaryCompiler.MatchForms(entry))
            {
                var key = TokenNormalizer.AliasKey(alias);
                if (!first.TryAdd(key, entry) && first[key] != entry)
                {
                    diagnostics.Add(new DictionaryDiagnostic(DiagnosticSeverity.Warning, entry.File, entry.Line,
                        "alias '" + alias + "' of '" + entry.Id + "' is already an alias of '" + first[key].Id + "' (" + first[key].Location + ")"));
                }
            }
        }
    }

    private static (string A, string B)? Clash(DictionaryEntry a, DictionaryEntry b)
    {
        foreach (var ra in a.Roles)
        {
            foreach (var rb in b.Roles)
            {
                if (ra.Code != rb.Code && ra.Overlaps(rb))
                {
                    return (ra.Code, rb.Code);
                }
            }
        }

        return null;
    }

    private static void Error(List<DictionaryDiagnostic> diagnostics, DictionaryEntry entry, string message) =>
        diagnostics.Add(new DictionaryDiagnostic(DiagnosticSeverity.Error, entry.File, entry.Line, message));
}

using System.Diagnostics;
using Entente.Coding;
using Entente.Dictionaries;

namespace Entente.Petrarch;

/// <summary>Imports PETRARCH/TABARI dictionaries (actors, agents, verbs, discards) into Entente's structures.</summary>
public static class PetrarchDictionaries
{
    /// <summary>Reads and converts the files named by <paramref name="paths"/>. A malformed line is skipped and listed in
    /// <see cref="PetrarchImport.Warnings"/> ("file:line: reason"), or with <paramref name="strict"/> throws
    /// <see cref="DictionaryException"/>; a missing file throws <see cref="FileNotFoundException"/>.</summary>
    public static PetrarchImport Load(PetrarchPaths paths, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var clock = Stopwatch.StartNew();
        var notes = new PetrarchNotes(strict);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<DictionaryFile>();
        foreach (var path in paths.Actors)
        {
            files.Add(new DictionaryFile(Path.GetFileName(path), "actors", "petrarch", PetrarchActorReader.ReadFile(Existing(path), notes, ids)));
        }

        if (paths.Agents is { } agents)
        {
            files.Add(new DictionaryFile(Path.GetFileName(agents), "agents", "petrarch", PetrarchAgentReader.ReadFile(Existing(agents), notes, ids)));
        }

        IReadOnlyList<EventPattern> patterns = paths.Verbs is { } verbs ? PetrarchVerbReader.ReadFile(Existing(verbs), notes, ids) : [];
        var discards = paths.Discards is { } d ? DiscardSet.ReadFile(Existing(d), notes) : DiscardSet.Empty;
        clock.Stop();
        return new PetrarchImport(files, patterns, discards, CountsOf(files, patterns, discards, notes, clock.Elapsed), notes.Warnings);
    }

    private static PetrarchCounts CountsOf(List<DictionaryFile> files, IReadOnlyList<EventPattern> patterns, DiscardSet discards, PetrarchNotes notes, TimeSpan elapsed)
    {
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in files.SelectMany(f => f.Entries))
        {
            var key = entry.Kind.ToString();
            byKind.TryGetValue(key, out var n);
            byKind[key] = n + 1;
        }

        var nulls = patterns.Count(p => p.CodesNothing);
        return new PetrarchCounts(byKind, patterns.Count, nulls, discards.Phrases.Count, new SortedDictionary<string, int>(notes.Counts.ToDictionary(), StringComparer.Ordinal), elapsed);
    }

    private static string Existing(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException("No PETRARCH dictionary file '" + path + "'.", path);
}

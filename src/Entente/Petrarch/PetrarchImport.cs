using Entente.Coding;
using Entente.Dictionaries;

namespace Entente.Petrarch;

/// <summary>The result of importing PETRARCH dictionaries: Entente dictionary files, event patterns, discards, counts,
/// and the malformed lines that were skipped ("file:line: reason").</summary>
public sealed record PetrarchImport(
    IReadOnlyList<DictionaryFile> Files,
    IReadOnlyList<EventPattern> Patterns,
    DiscardSet Discards,
    PetrarchCounts Counts,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Name of the generated file of part definitions added by <see cref="ToDictionarySet"/>.</summary>
    public const string PartsFileName = "petrarch-parts";

    /// <summary>All imported entries.</summary>
    public IEnumerable<DictionaryEntry> Entries => Files.SelectMany(f => f.Entries);

    /// <summary>The imported files as a <see cref="DictionarySet"/>, after the files of <paramref name="native"/> when given,
    /// plus one generated file defining every country/organisation code the imported roles use that nothing defines
    /// (three letters → a country, longer → an organisation), so that <see cref="DictionaryCompiler"/> accepts them.</summary>
    public DictionarySet ToDictionarySet(DictionarySet? native = null)
    {
        var files = new List<DictionaryFile>();
        if (native is not null) files.AddRange(native.Files);
        files.AddRange(Files);
        var all = files.SelectMany(f => f.Entries).ToList();
        // A three-letter part used only by sectored codes ("[IRQGOV]", while "IRAQ" itself has dated roles) is still a
        // state: define it as a country, so that events carry the country and aggregate into its dyads.
        var defined = new HashSet<string>(
            DictionaryCompiler.PartKinds(all).Where(k => k.Value != EntryKind.Organisation || k.Key.Length != 3).Select(k => k.Key),
            StringComparer.Ordinal);
        var ids = new HashSet<string>(all.Select(e => e.Id), StringComparer.Ordinal);
        var parts = new List<DictionaryEntry>();
        foreach (var entry in all)
        {
            foreach (var role in entry.Roles)
            {
                if (defined.Contains(role.Part)) continue;
                defined.Add(role.Part);
                var country = role.Part.Length == 3;
                var id = PetrarchIds.Unique((country ? "country:" : "org:") + "petrarch-part-" + PetrarchText.Slug(role.Part), ids);
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["source"] = "petrarch", ["generated"] = "part" };
                parts.Add(new DictionaryEntry(id, country ? EntryKind.Country : EntryKind.Organisation,
                    [new ActorRole(role.Part, null, null, null)], [], null, [], attributes, PartsFileName, 0));
            }
        }

        if (parts.Count > 0) files.Add(new DictionaryFile(PartsFileName, "actors", "generated", parts));
        return DictionarySet.FromFiles(files);
    }
}

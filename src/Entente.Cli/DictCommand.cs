using System.CommandLine;
using System.Globalization;
using Entente.Coding;
using Entente.Dictionaries;
using Entente.Petrarch;
using Entente.Pipeline;

namespace Entente.Cli;

/// <summary>`entente dict lint|stats`: check and describe the dictionaries and patterns.</summary>
internal static class DictCommand
{
    public static Command Create()
    {
        var dir = new Option<string?>("--dir") { Description = "Dictionary folder (default: the shipped data/dictionaries)." };
        var lint = new Command("lint", "Check dictionaries and patterns; exit 2 on any error.") { dir };
        lint.SetAction((parse, _) => Task.FromResult(Lint(parse.GetValue(dir))));
        var stats = new Command("stats", "Print dictionary coverage (or, with --petrarch-dicts, what a PETRARCH import holds).") { dir };
        var petrarch = new PetrarchDictsOption();
        petrarch.AddTo(stats);
        stats.SetAction((parse, _) => Task.FromResult(petrarch.ToPaths(parse) is { } paths ? PetrarchStats(paths) : Stats(parse.GetValue(dir))));
        return new Command("dict", "Dictionary tools.") { lint, stats };
    }

    private static int Lint(string? dir)
    {
        var folder = dir ?? DataFolders.Find("dictionaries");
        var diagnostics = DictionaryLinter.LintDirectory(folder);
        foreach (var d in diagnostics) Console.Out.WriteLine(d.ToString());
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var patterns = PatternLoader.Load(DataFolders.Find("patterns"));
        // The discard files are data the engine loads too: a malformed one would stop every command, so lint reads them.
        var discards = DiscardLoader.Load(DataFolders.Find("discards"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{folder}: {errors} errors, {diagnostics.Count - errors} warnings; {patterns.Patterns.Count} patterns and {discards.Phrases.Count} discard phrases parsed"));
        return errors > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static int PetrarchStats(PetrarchPaths paths)
    {
        var import = PetrarchDictionaries.Load(paths);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var compiled = import.ToDictionarySet().Compile();
        var compile = started.Elapsed;
        var counts = import.Counts;
        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(inv,
            $"PETRARCH import: {counts.Entries} entries, {counts.Patterns} patterns ({counts.NullPatterns} null-coded), {counts.Discards} discards; read in {counts.LoadTime.TotalMilliseconds:0} ms, compiled in {compile.TotalMilliseconds:0} ms ({compiled.Entries.Count} compiled entries)"));
        Console.Out.WriteLine("entries by kind:");
        foreach (var (kind, n) in counts.EntriesByKind.OrderBy(kv => kv.Key, StringComparer.Ordinal)) Console.Out.WriteLine(string.Create(inv, $"  {kind,-12} {n,6}"));
        if (counts.Unmapped.Count > 0)
        {
            Console.Out.WriteLine("constructs approximated or dropped:");
            foreach (var (what, n) in counts.Unmapped.OrderByDescending(kv => kv.Value)) Console.Out.WriteLine(string.Create(inv, $"  {what,-30} {n,6}"));
        }

        return ExitCodes.Ok;
    }

    private static int Stats(string? dir)
    {
        var folder = dir ?? DataFolders.Find("dictionaries");
        var started = System.Diagnostics.Stopwatch.StartNew();
        var set = DictionarySet.Load(folder);
        var compiled = set.Compile();
        var elapsed = started.Elapsed;
        var stats = DictionaryStats.Compute(set);
        var inv = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(inv, $"{folder}: {stats.TotalEntries} entries in {set.Files.Count} files, compiled in {elapsed.TotalMilliseconds:0} ms ({compiled.Entries.Count} compiled)"));
        Console.Out.WriteLine("entries by kind:");
        foreach (var (kind, n) in stats.EntriesByKind) Console.Out.WriteLine(string.Create(inv, $"  {kind,-12} {n,6}"));
        Console.Out.WriteLine(string.Create(inv, $"people by country ({stats.PeopleByCountry.Count} countries/organisations), top 40:"));
        foreach (var (country, n) in stats.PeopleByCountry.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(40))
            Console.Out.WriteLine(string.Create(inv, $"  {country,-10} {n,5}"));
        Console.Out.WriteLine(string.Create(inv, $"roles open without an end date: {stats.OpenRoles.Count}"));
        Console.Out.WriteLine(string.Create(inv, $"aliases naming more than one actor: {stats.AmbiguousAliases.Count}"));
        foreach (var (alias, ids) in stats.AmbiguousAliases.Take(30))
            Console.Out.WriteLine(string.Create(inv, $"  '{alias}': {string.Join(", ", ids)}"));
        return ExitCodes.Ok;
    }
}

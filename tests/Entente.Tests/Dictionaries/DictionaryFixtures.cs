using Entente.Dictionaries;
using Entente.Model;

namespace Entente.Tests.Dictionaries;

/// <summary>Loads the fictional fixture dictionaries and the shipped ones, once per test run.</summary>
internal static class DictionaryFixtures
{
    private static readonly Lazy<CompiledDictionaries> _fixtures = new(() => DictionarySet.Load(FixtureDirectory).Compile());

    private static readonly Lazy<CompiledDictionaries> _real = new(() => RealSet().Compile());

    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Dictionaries", "Fixtures");

    public static CompiledDictionaries Fixtures => _fixtures.Value;

    /// <summary>The shipped dictionaries plus a small fixture person file (the real people.txt is written elsewhere and may be absent).</summary>
    public static CompiledDictionaries Real => _real.Value;

    public static DictionarySet RealSet()
    {
        var files = new List<DictionaryFile>();
        var directory = DictionarySet.FindDefaultDirectory() ?? throw new DirectoryNotFoundException("data/dictionaries");
        foreach (var path in DictionarySet.FilesIn(directory))
        {
            if (Path.GetFileName(path) != "people.txt")
            {
                files.Add(DictionaryFileParser.ParseFile(path));
            }
        }

        files.Add(DictionaryFileParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "Dictionaries", "RealPeople", "people-fixture.txt")));
        return DictionarySet.FromFiles(files);
    }

    public static IReadOnlyList<Mention> Recognize(CompiledDictionaries dictionaries, string text, DateOnly? date = null, bool splitPossessive = false) =>
        new Recognizer(dictionaries, new RecognizerOptions { Today = new DateOnly(2020, 6, 1) }).Recognize(TestSegmenter.Segment(text, date, splitPossessive));

    public static string Describe(Mention m, string text) =>
        m.Kind + " '" + text[m.Start..m.End] + "' " + (m.Actor?.Code ?? m.Place?.Name ?? "-")
        + (m.Count > 0 ? " x" + m.Count : "") + (m.Plural ? " pl" : "") + " [" + string.Join(",", m.Entries) + "]";
}

using Entente.Dictionaries;
using Entente.Model;
using Xunit.Abstractions;

namespace Entente.Tests.Dictionaries;

/// <summary>Loads the fictional fixture dictionaries and the shipped ones, once per test run.</summary>
internal static class DictionaryFixtures
{
    private static readonly Lazy<CompiledDictionaries> _fixtures = new(() => DictionarySet.Load(FixtureDirectory).Compile());

    private static readonly Lazy<CompiledDictionaries> _real = new(() => RealSet().Compile());

    private static readonly Lazy<CompiledDictionaries> _shipped = new(() => DictionarySet.LoadDefault().Compile());

    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Dictionaries", "Fixtures");

    public static CompiledDictionaries Fixtures => _fixtures.Value;

    /// <summary>The shipped dictionaries plus a small fixture person file (the real people.txt is written elsewhere and may be absent).</summary>
    public static CompiledDictionaries Real => _real.Value;

    /// <summary>The whole shipped folder, the real people.txt included.</summary>
    public static CompiledDictionaries Shipped => _shipped.Value;

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

    /// <summary>The rows of a tab-separated case file under Dictionaries/Cases: text, date, expected mentions, why.</summary>
    public static TheoryData<string, string, string, string> MentionCases(string file)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var columns in TsvCases.Rows("Dictionaries", "Cases", file))
        {
            data.Add(columns[0], columns[1], columns[2], columns[3]);
        }

        return data;
    }

    /// <summary>Recognizes <paramref name="text"/> as the real segmenter tokenises it (a possessive "'s" is its own token) and
    /// checks that the described mentions start, in order, with the " ; "-separated <paramref name="expected"/> prefixes.</summary>
    public static void AssertMentions(CompiledDictionaries dictionaries, string text, string date, string expected, string why, ITestOutputHelper output)
    {
        var mentions = Recognize(dictionaries, text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), splitPossessive: true);
        var described = mentions.Select(m => Describe(m, text)).ToList();
        output.WriteLine(why);
        output.WriteLine(string.Join(Environment.NewLine, described));
        var prefixes = expected.Length == 0 ? [] : expected.Split(" ; ");
        Assert.Equal(prefixes.Length, described.Count);
        for (var i = 0; i < prefixes.Length; i++)
        {
            Assert.StartsWith(prefixes[i], described[i], StringComparison.Ordinal);
        }
    }

    public static string Describe(Mention m, string text) =>
        m.Kind + " '" + text[m.Start..m.End] + "' " + (m.Actor?.Code ?? m.Place?.Name ?? "-")
        + (m.Count > 0 ? " x" + m.Count : "") + (m.Plural ? " pl" : "") + " [" + string.Join(",", m.Entries) + "]";
}

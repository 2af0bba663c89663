using System.Globalization;
using System.Text.Json;
using Entente.Dates;
using Entente.Model;

namespace Entente.Tests.Dates;

public sealed class DateResolverGoldenTests
{
    private static readonly string GoldenPath = Path.Combine(AppContext.BaseDirectory, "Dates", "date-golden.jsonl");

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in LoadCases())
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Fact]
    public void Golden_file_has_enough_distinct_cases_each_with_a_reason()
    {
        var cases = LoadCases();
        Assert.True(cases.Count >= 60, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Why), c.Id));
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Golden_case(string id)
    {
        var c = LoadCases().Single(x => x.Id == id);
        var publication = DateOnly.ParseExact(c.Publication, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (document, sentence) = OneSentence(c.Text);

        var found = new DateResolver().Find(document, sentence, publication, c.Future);

        var actual = found.Select(e => Describe(c.Text, e, c.Expected.FirstOrDefault(x => x.Text == c.Text[e.Start..e.End])?.Rule is not null)).ToList();
        var expected = c.Expected.Select(x => Describe(x)).ToList();
        Assert.Equal(expected, actual);
    }

    /// <summary>A document whose single sentence covers the whole text, with no tokens (the resolver reads characters).</summary>
    internal static (SegmentedDocument Document, Sentence Sentence) OneSentence(string text, string prefix = "")
    {
        var full = prefix + text;
        var document = new Document("test", null, null, null, null, full);
        var sentence = new Sentence(0, prefix.Length, full.Length, 0, 0);
        return (new SegmentedDocument(document, [sentence], []), sentence);
    }

    private static string Describe(string text, DateExpression e, bool withRule) =>
        $"{text[e.Start..e.End]} | {Iso(e.Date)} | {e.Granularity} | {(e.RangeEnd is { } end ? Iso(end) : "-")}{(withRule ? " | " + e.Rule : "")}";

    private static string Describe(DateGoldenExpected x) =>
        $"{x.Text} | {x.Date} | {x.Granularity} | {x.RangeEnd ?? "-"}{(x.Rule is null ? "" : " | " + x.Rule)}";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<DateGoldenCase> LoadCases()
    {
        var cases = new List<DateGoldenCase>();
        foreach (var line in File.ReadLines(GoldenPath))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                cases.Add(JsonSerializer.Deserialize<DateGoldenCase>(line) ?? throw new InvalidDataException(line));
            }
        }

        return cases;
    }
}

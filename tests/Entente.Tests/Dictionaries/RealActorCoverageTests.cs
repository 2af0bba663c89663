using Xunit.Abstractions;

namespace Entente.Tests.Dictionaries;

/// <summary>Kinds of real-world actors the shipped dictionaries and the recognizer must cover; the cases are in Cases/real-actor-cases.tsv.</summary>
public sealed class RealActorCoverageTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var columns in TsvCases.Rows("Dictionaries", "Cases", "real-actor-cases.tsv"))
        {
            data.Add(columns[0], columns[1], columns[2], columns[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Real_actor_case(string text, string date, string expected, string why)
    {
        // Tokenised as the real segmenter does (a possessive "'s" is its own token), since the pipeline sees it so.
        var mentions = DictionaryFixtures.Recognize(DictionaryFixtures.Real, text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), splitPossessive: true);
        var described = mentions.Select(m => DictionaryFixtures.Describe(m, text)).ToList();
        output.WriteLine(why);
        output.WriteLine(string.Join(Environment.NewLine, described));
        var prefixes = expected.Length == 0 ? [] : expected.Split(" ; ");
        Assert.Equal(prefixes.Length, described.Count);
        for (var i = 0; i < prefixes.Length; i++)
        {
            Assert.StartsWith(prefixes[i], described[i], StringComparison.Ordinal);
        }
    }
}

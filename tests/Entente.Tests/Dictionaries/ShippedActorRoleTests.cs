using Entente.Dictionaries;
using Xunit.Abstractions;

namespace Entente.Tests.Dictionaries;

/// <summary>Dated roles of real 2010-2026 actors in the full shipped dictionaries (people.txt included); the cases are in Cases/actors1-dated-roles.tsv.</summary>
public sealed class ShippedActorRoleTests(ITestOutputHelper output)
{
    // The whole shipped folder, unlike DictionaryFixtures.Real, which swaps people.txt for a small fixture.
    private static readonly Lazy<CompiledDictionaries> _shipped = new(() => DictionarySet.LoadDefault().Compile());

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var columns in TsvCases.Rows("Dictionaries", "Cases", "actors1-dated-roles.tsv"))
        {
            data.Add(columns[0], columns[1], columns[2], columns[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shipped_actor_has_the_role_in_force_on_the_date(string text, string date, string expected, string why)
    {
        var mentions = DictionaryFixtures.Recognize(_shipped.Value, text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), splitPossessive: true);
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

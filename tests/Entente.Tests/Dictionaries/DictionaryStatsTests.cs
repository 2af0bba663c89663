using Entente.Dictionaries;

namespace Entente.Tests.Dictionaries;

public sealed class DictionaryStatsTests
{
    [Fact]
    public void Counts_kinds_people_open_roles_and_ambiguous_aliases()
    {
        var set = DictionarySet.Load(DictionaryFixtures.FixtureDirectory);
        var stats = DictionaryStats.Compute(set);
        Assert.Equal(5, stats.EntriesByKind[EntryKind.Country]);
        Assert.Equal(4, stats.EntriesByKind[EntryKind.Person]);
        Assert.Equal(set.Entries.Count(), stats.TotalEntries);
        Assert.Equal(3, stats.PeopleByCountry["GON"]);
        Assert.Equal(1, stats.PeopleByCountry["ROH"]);
        Assert.Equal(["person:gon-faramir", "person:arn-aragorn"], stats.OpenRoles);
        Assert.Equal(["person:arn-aragorn"], stats.AmbiguousAliases["aragorn"]);
        Assert.DoesNotContain("gondor", stats.AmbiguousAliases.Keys);
    }

    [Fact]
    public void Default_folder_is_found_from_the_test_output_folder()
    {
        var directory = DictionarySet.FindDefaultDirectory();
        Assert.NotNull(directory);
        Assert.True(File.Exists(Path.Combine(directory, "countries.txt")));
    }
}

using Entente.Dictionaries;
using Entente.Petrarch;
using Entente.Tests.Dictionaries;

namespace Entente.Tests.Petrarch;

/// <summary>The whole import: counts, environment folders, compiling with or instead of native dictionaries, recognition with dated roles.</summary>
public sealed class PetrarchDictionariesTests
{
    [Fact]
    public void CountsEntriesByKind()
    {
        var counts = PetrarchFixtures.Load().Counts;
        Assert.Equal(6, counts.EntriesByKind["Agent"]);
        Assert.Equal(3, counts.EntriesByKind["Country"]);
        Assert.Equal(3, counts.EntriesByKind["Organisation"]);
        Assert.Equal(4, counts.EntriesByKind["Person"]);
        Assert.Equal(16, counts.Entries);
        Assert.Equal(3, counts.Discards);
        Assert.True(counts.LoadTime > TimeSpan.Zero);
    }

    [Fact]
    public void ImportAloneCompilesWithGeneratedPartDefinitions()
    {
        var import = PetrarchFixtures.Load();
        var set = import.ToDictionarySet();
        var parts = set.Files[^1];
        Assert.Equal(PetrarchImport.PartsFileName, parts.Name);
        // Only codes that no imported entry defines get a generated part: ZAR is used by a person alone.
        var part = Assert.Single(parts.Entries);
        Assert.Equal("ZAR", part.Roles[0].Part);
        Assert.Equal(EntryKind.Country, part.Kind);
        var compiled = set.Compile();
        Assert.NotNull(compiled);
    }

    [Fact]
    public void ImportCompilesTogetherWithNativeDictionaries()
    {
        var native = DictionarySet.Load(DictionaryFixtures.FixtureDirectory);
        var set = PetrarchFixtures.Load().ToDictionarySet(native);
        Assert.Equal(native.Files[0].Name, set.Files[0].Name);
        Assert.NotNull(set.Compile());
    }

    [Theory]
    [InlineData("2008-05-01", "VLDOPP")]
    [InlineData("2012-05-01", "VLDGOV")]
    [InlineData("2019-05-01", "VLDELI")]
    public void DatedRolesResolveByDocumentDate(string date, string code)
    {
        var compiled = PetrarchFixtures.Load().ToDictionarySet().Compile();
        var mentions = new Recognizer(compiled).Recognize(TestSegmenter.Segment("Mira Koval spoke.", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        var mention = Assert.Single(mentions);
        Assert.Equal(code, mention.Actor?.Code);
    }

    [Fact]
    public void EnvironmentXmlNamesTheFiles()
    {
        var dir = Directory.CreateTempSubdirectory("petr-env-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "tests.xml"),
                "<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Agentfile>g.txt</Agentfile>" +
                "<Discardfile>d.txt</Discardfile></Environment><Sentences></Sentences></Validation>");
            var paths = PetrarchPaths.FromEnvironmentDirectory(dir.FullName);
            Assert.Equal([Path.Combine(dir.FullName, "a.txt")], paths.Actors);
            Assert.Equal(Path.Combine(dir.FullName, "v.txt"), paths.Verbs);
            Assert.Equal(Path.Combine(dir.FullName, "g.txt"), paths.Agents);
            Assert.Equal(Path.Combine(dir.FullName, "d.txt"), paths.Discards);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void StandardNamesAreUsedWithoutAConfig()
    {
        var paths = PetrarchPaths.FromEnvironmentDirectory(PetrarchFixtures.Directory);
        Assert.Equal([PetrarchFixtures.File("Fixture.actors.txt")], paths.Actors);
        Assert.Equal(PetrarchFixtures.File("Fixture.agents.txt"), paths.Agents);
        Assert.Equal(PetrarchFixtures.File("Fixture.verbs.txt"), paths.Verbs);
        Assert.Equal(PetrarchFixtures.File("Fixture.discards.txt"), paths.Discards);
        Assert.Equal(16, PetrarchDictionaries.Load(paths).Counts.Entries);
    }

    [Fact]
    public void AMissingFileIsReported()
    {
        var paths = new PetrarchPaths { Verbs = PetrarchFixtures.File("nope.verbs.txt") };
        Assert.Throws<FileNotFoundException>(() => PetrarchDictionaries.Load(paths));
    }

    [Fact]
    public void AStateKnownOnlyThroughSectoredCodesIsStillACountry()
    {
        // why: the state's own entry has dated roles (a person-like history), so only "[QRSMIL]" uses the bare part;
        // events must still carry the country QRS, or they never reach its dyads.
        var dir = Directory.CreateTempSubdirectory("petr-parts-");
        try
        {
            var actors = Path.Combine(dir.FullName, "a.actors.txt");
            File.WriteAllText(actors, "QARSANIA_\n\t[QRS <20030320]\n\t[QRSOCC 20030320-20060520]\n\t[QRS >20060520]\nQARSANIAN_ARMY [QRSMIL]\n");
            var compiled = PetrarchDictionaries.Load(new PetrarchPaths { Actors = [actors] }, strict: true).ToDictionarySet().Compile();
            var mention = Assert.Single(new Recognizer(compiled).Recognize(TestSegmenter.Segment("The Qarsanian army moved.", new DateOnly(2010, 1, 1))));
            Assert.Equal("QRSMIL", mention.Actor?.Code);
            Assert.Equal("QRS", mention.Actor?.Country);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

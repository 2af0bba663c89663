using Entente.Dictionaries;
using Entente.Petrarch;

namespace Entente.Tests.Petrarch;

/// <summary>PETRARCH agents: sector codes, substitution sets, plural forms.</summary>
public sealed class PetrarchAgentReaderTests
{
    private static readonly IReadOnlyList<DictionaryEntry> Agents = PetrarchFixtures.Load().Files[1].Entries;

    private static DictionaryEntry Named(string alias) => Agents.Single(e => e.Aliases.Contains(alias));

    [Fact]
    public void TildeCodeIsTheAgentsSector()
    {
        var envoy = Named("envoy");
        Assert.Equal(EntryKind.Agent, envoy.Kind);
        Assert.Equal(["GOV"], envoy.Sectors);
        Assert.Null(envoy.Attribute("plural"));
        Assert.Contains(("envoys", true), DictionaryCompiler.MatchForms(envoy));
    }

    [Fact]
    public void SubstitutionSetsExpandIntoAliases()
    {
        var worker = Named("harbourhand");
        Assert.Equal(["harbourhand", "harbourhands", "harbourkeeper", "harbourkeepers"], worker.Aliases);
        Assert.Equal(["LAB"], worker.Sectors);
    }

    [Fact]
    public void BracesGiveExplicitPluralsOrNone()
    {
        Assert.Equal(["town guards"], Named("town guard").Plurals);
        Assert.Contains(("town guards", true), DictionaryCompiler.MatchForms(Named("town guard")));
        Assert.Equal("none", Named("militia").Attribute("plural"));
        Assert.DoesNotContain(DictionaryCompiler.MatchForms(Named("militia")), f => f.Plural);
    }

    [Fact]
    public void MultiSectorAndPrefixCodesAreKeptAndMarked()
    {
        Assert.Equal(["HLHMED"], Named("field medic").Sectors);
        var relief = Named("relief body");
        Assert.Equal(["NGO"], relief.Sectors);
        Assert.Equal("prefix", relief.Attribute("petrarch.position"));
    }

    [Theory]
    [InlineData("ENVOY\n", 1, "has no code")]
    [InlineData("# c\nHARBOUR!WORKER! [~LAB]\n", 2, "unknown substitution set !WORKER!")]
    [InlineData("ENVOY [GOV]\n", 1, "malformed agent code")]
    [InlineData("ENVOY {ENVOYS [~GOV]\n", 1, "unclosed '{'")]
    [InlineData("!X = A\n", 1, "malformed substitution name")]
    public void MalformedLinesNameFileAndLine(string text, int line, string reason)
    {
        var error = Assert.Throws<DictionaryException>(() =>
            PetrarchAgentReader.Read("bad.agents.txt", new StringReader(text), new PetrarchNotes(strict: true), new HashSet<string>()));
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}

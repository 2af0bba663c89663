using Entente.Tests.Petrarch;

namespace Entente.Tests.Cli;

/// <summary>The CLI's PETRARCH entry points, run as the real program on the fixture dictionaries.</summary>
public sealed class PetrarchCliTests
{
    [Fact]
    public async Task DictStatsReportsTheImport()
    {
        var r = await CliRunner.RunAsync(null, "dict", "stats", "--petrarch-dicts", PetrarchFixtures.Directory);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("PETRARCH import: 16 entries", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Person", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainCodesWithTheImportedDictionaries()
    {
        // why: "hail" is a PRAISE verb only in the fixture verbs; the shipped patterns would code it otherwise or not at all.
        var r = await CliRunner.RunAsync(null, "explain", "Valdoria hailed Tomas Renn.", "--date", "2012-05-01", "--petrarch-dicts", PetrarchFixtures.Directory);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Fixture.verbs.txt", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("VLD -> EST  051", r.Stdout, StringComparison.Ordinal);
        // why: explain also shows the shallow syntax: part of speech per word and the noun and verb groups
        Assert.Contains("syntax: [NG Valdoria/NP] [VG hailed/V] [NG Tomas/NP Renn/NP] ./PU", r.Stdout, StringComparison.Ordinal);
    }
}

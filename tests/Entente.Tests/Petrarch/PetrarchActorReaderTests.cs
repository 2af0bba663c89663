using Entente.Dictionaries;
using Entente.Petrarch;

namespace Entente.Tests.Petrarch;

/// <summary>PETRARCH actors: phrases, synonyms, codes split into part and sector, date restrictions as dated roles.</summary>
public sealed class PetrarchActorReaderTests
{
    private static readonly IReadOnlyList<DictionaryEntry> Actors = PetrarchFixtures.Load().Files[0].Entries;

    private static DictionaryEntry Named(string alias) => Actors.Single(e => e.Aliases.Contains(alias));

    [Fact]
    public void SynonymLinesBecomeAliasesOfOneCountryEntry()
    {
        var entry = Named("valdoria");
        Assert.Equal(EntryKind.Country, entry.Kind);
        Assert.Equal(["valdoria", "valdorian", "the vale"], entry.Aliases);
        Assert.Equal(new ActorRole("VLD", null, null, null), Assert.Single(entry.Roles));
        Assert.StartsWith("country:petrarch-", entry.Id, StringComparison.Ordinal);
        Assert.Equal("Fixture.actors.txt", entry.File);
        Assert.Equal(6, entry.Line);
    }

    [Fact]
    public void UnderscoreAndSpaceBothJoinWords()
    {
        Assert.Equal(EntryKind.Organisation, Named("port alder").Kind);
        Assert.Equal(new ActorRole("VLD", "GOV", null, null), Named("port alder").Roles[0]);
        Assert.Equal("EST", Named("estmark republic").Roles[0].Part);
    }

    [Fact]
    public void DateRestrictionsBecomeDatedRolesInFileOrder()
    {
        var koval = Named("mira koval");
        Assert.Equal(EntryKind.Person, koval.Kind);
        Assert.Contains("president koval", koval.Aliases);
        Assert.Equal(
            [
                new ActorRole("VLD", "OPP", null, new DateOnly(2009, 12, 31)),
                new ActorRole("VLD", "GOV", new DateOnly(2010, 1, 1), new DateOnly(2015, 12, 31)),
                new ActorRole("VLD", "ELI", new DateOnly(2016, 1, 1), null),
            ],
            koval.Roles);
    }

    [Fact]
    public void AnUndatedDefaultCodeComesAfterTheDatedOnes()
    {
        var renn = Named("tomas renn");
        Assert.Equal(
            [new ActorRole("EST", "MIL", new DateOnly(2018, 3, 1), new DateOnly(2020, 6, 30)), new ActorRole("EST", null, null, null)],
            renn.Roles);
    }

    [Fact]
    public void CodesWithoutAKnownSectorStayWhole()
    {
        Assert.Equal(new ActorRole("IGONRA", null, null, null), Named("northern accord").Roles[0]);
        Assert.Equal(new ActorRole("VLD", "REBVFR", null, null), Named("vale front").Roles[0]);
        Assert.Equal("VLDREBVFR", Named("vale front").Roles[0].Code);
    }

    [Fact]
    public void NullCodesAreDroppedAndSlashCodesGiveSeveralRoles()
    {
        Assert.DoesNotContain(Actors, e => e.Aliases.Contains("passing stranger"));
        Assert.Equal(["VLD", "EST"], Named("twin harbours").Roles.Select(r => r.Part));
        Assert.Equal(1, PetrarchFixtures.Load().Counts.Unmapped["actor with only null codes"]);
    }

    [Fact]
    public void LowerCaseCodesAreUpperCasedAndShortAcronymsKeepTheirCapitals()
    {
        var ecu = Named("ECU");
        Assert.Equal("EST", ecu.Roles[0].Part);
        Assert.Equal("UN ENVOY", PetrarchText.Alias("UN_ENVOY").ToUpperInvariant());
        Assert.Equal("UN envoy", PetrarchText.Alias("UN_ENVOY"));
        Assert.Equal("U.S. army", PetrarchText.Alias("U.S._ARMY"));
        Assert.Equal("ivo josipovic", PetrarchText.Alias("IVO_JOSIPOVIC_"));
        Assert.Equal("the vale", PetrarchText.Alias("THE_VALE_"));
    }

    [Theory]
    [InlineData("+VALDORIAN\n", 1, "before any actor")]
    [InlineData("# c\nVALDORIA [VLD 20101301-20111231]\n", 2, "invalid date")]
    [InlineData("VALDORIA\n\n\t[VLDGOV 20151231-20100101]\n", 3, "ends before it starts")]
    [InlineData("VALDORIA [VLD 2010]\n", 1, "malformed date restriction")]
    [InlineData("VALDORIA [VLD\n", 1, "unclosed")]
    [InlineData("VALDORIA\nESTMARK [EST]\n", 1, "has no code")]
    [InlineData("<!--\nheader\n-->\nVALDORIA [V!D]\n", 4, "malformed actor code")]
    public void MalformedLinesNameFileAndLine(string text, int line, string reason)
    {
        var error = Assert.Throws<DictionaryException>(() =>
            PetrarchActorReader.Read("bad.actors.txt", new StringReader(text), new PetrarchNotes(strict: true), new HashSet<string>()));
        Assert.Equal("bad.actors.txt", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.actors.txt:" + line + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LenientReadingSkipsAMalformedCodeAndKeepsTheRest()
    {
        var notes = new PetrarchNotes();
        var entries = PetrarchActorReader.Read("bad.actors.txt", new StringReader("VALDORIA [VLD 2010]\nESTMARK [EST]\n"), notes, new HashSet<string>());
        Assert.Equal("estmark", Assert.Single(entries).Name);
        Assert.Equal("bad.actors.txt:1: malformed date restriction '2010' (expected <D, >D or D-D)", Assert.Single(notes.Warnings));
    }
}

using Entente.Dictionaries;

namespace Entente.Tests.Dictionaries;

public sealed class DictionaryFileParserTests
{
    private const string Header = "#! entente-dictionary kind=actors version=1\n";

    [Fact]
    public void Parses_header_entries_roles_aliases_attributes_and_comments()
    {
        const string text = "#! entente-dictionary kind=actors version=2026.11.30\n"
            + "# a comment line\n"
            + "\n"
            + "person:gon-faramir | GON.MIL 2016-11-29..2022-11-29, GON.ELI 2022-11-30.. | Faramir Ithilien; Faramir   # trailing comment\n"
            + "org:c-sharp | CSHARP.IGO | C# Users; CSU | home=GON; sector=IGO\n";
        var file = DictionaryFileParser.Parse("a.txt", text);
        Assert.Equal("actors", file.Kind);
        Assert.Equal("2026.11.30", file.Version);
        Assert.Equal(2, file.Entries.Count);

        var faramir = file.Entries[0];
        Assert.Equal("person:gon-faramir", faramir.Id);
        Assert.Equal(EntryKind.Person, faramir.Kind);
        Assert.Equal(4, faramir.Line);
        Assert.Equal("a.txt", faramir.File);
        Assert.Equal(["Faramir Ithilien", "Faramir"], faramir.Aliases);
        Assert.Equal(new ActorRole("GON", "MIL", new DateOnly(2016, 11, 29), new DateOnly(2022, 11, 29)), faramir.Roles[0]);
        Assert.Equal(new ActorRole("GON", "ELI", new DateOnly(2022, 11, 30), null), faramir.Roles[1]);
        Assert.Equal("GONMIL", faramir.Roles[0].Code);

        var org = file.Entries[1];
        Assert.Equal(["C# Users", "CSU"], org.Aliases);
        Assert.Equal("GON", org.Attribute("home"));
        Assert.Equal("IGO", org.Attribute("sector"));
    }

    [Fact]
    public void Parses_agents_titles_places_and_collectives()
    {
        var agents = DictionaryFileParser.Parse("agents.txt", "#! entente-dictionary kind=agents version=1\n"
            + "agent:officer | MIL, COP | officer | plural=officers\n"
            + "title:mr | - | Mr\n");
        Assert.Equal(["MIL", "COP"], agents.Entries[0].Sectors);
        Assert.Equal(["officers"], agents.Entries[0].Plurals);
        Assert.Empty(agents.Entries[1].Sectors);

        var places = DictionaryFileParser.Parse("places.txt", "#! entente-dictionary kind=places version=1\n"
            + "place:bree | ARN | Bree | lat=52.0; lon=12.0\n");
        Assert.Equal("ARN", Assert.Single(places.Entries[0].Roles).Part);

        var collectives = DictionaryFileParser.Parse("c.txt", "#! entente-dictionary kind=collectives version=1\n"
            + "collective:two | 2 | the two countries\ncollective:all | * | all sides\n");
        Assert.Equal(2, collectives.Entries[0].Count);
        Assert.Equal(0, collectives.Entries[1].Count);
    }

    [Fact]
    public void A_collective_may_name_its_parties_itself()
    {
        // why: a joint project ("the Gondor-Arnor road") means its parties whatever the story named before it.
        var file = DictionaryFileParser.Parse("c.txt", "#! entente-dictionary kind=collectives version=1\n"
            + "collective:road | GON, ARN | the Gondor-Arnor road\n");
        var entry = Assert.Single(file.Entries);
        Assert.Equal(2, entry.Count);
        Assert.Equal(["GON", "ARN"], entry.Roles.Select(r => r.Part));
    }

    [Theory]
    [InlineData("collective:road | GON | the road\n")]
    [InlineData("collective:road | GON, GON | the road\n")]
    [InlineData("collective:road | GON, arn | the road\n")]
    [InlineData("collective:road | 1 | the road\n")]
    public void A_collective_with_bad_members_is_rejected(string line)
    {
        var ex = Assert.Throws<DictionaryException>(() =>
            DictionaryFileParser.Parse("c.txt", "#! entente-dictionary kind=collectives version=1\n" + line));
        Assert.Contains("c.txt:2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("two or more undated members", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#! entente-dictionary kind=verbs version=1\n", 1, "bad header: kind must be one of")]
    [InlineData("hello\n", 1, "bad header: the first line must be")]
    [InlineData("#! entente-dictionary kind=actors\n", 1, "bad header: missing version=")]
    [InlineData(Header + "\nperson:x | GON\n", 3, "expected 'ID | ROLES | ALIASES [| ATTRIBUTES]', found 2 column(s)")]
    [InlineData(Header + "person:x | GON | X | a=b | extra\n", 2, "too many columns")]
    [InlineData(Header + "human:x | GON | X\n", 2, "unknown prefix 'human:'")]
    [InlineData(Header + "person:Bad_Id | GON | X\n", 2, "must be prefix:slug")]
    [InlineData(Header + "nocolon | GON | X\n", 2, "has no prefix")]
    [InlineData(Header + "person:x | GON.XYZ | X\n", 2, "unknown sector 'XYZ'")]
    [InlineData(Header + "person:x | gon | X\n", 2, "bad role code 'gon'")]
    [InlineData(Header + "person:x | GON 2020-13-01.. | X\n", 2, "malformed date in '2020-13-01..'")]
    [InlineData(Header + "person:x | GON 2020-01-01 | X\n", 2, "malformed date range")]
    [InlineData(Header + "person:x | GON 2020-01-02..2020-01-01 | X\n", 2, "ends before it starts")]
    [InlineData(Header + "person:x | GON.MIL 2010-01-01..2020-01-01, GON.ELI 2019-01-01.. | X\n", 2, "overlaps an earlier range")]
    [InlineData(Header + "person:x | GON | X;; Y\n", 2, "empty alias")]
    [InlineData(Header + "person:x | GON | X | novalue\n", 2, "is not key=value")]
    [InlineData("#! entente-dictionary kind=agents version=1\nagent:x | WAR | x\n", 2, "unknown sector 'WAR'")]
    [InlineData("#! entente-dictionary kind=collectives version=1\ncollective:x | one | x\n", 2, "member count")]
    [InlineData("#! entente-dictionary kind=places version=1\nplace:x | GON.GOV | x\n", 2, "one ISO 3166-1 alpha-3")]
    public void Errors_name_the_file_and_line(string text, int line, string reason)
    {
        var error = Assert.Throws<DictionaryException>(() => DictionaryFileParser.Parse("x.txt", text));
        Assert.Equal(line, error.Line);
        Assert.StartsWith("x.txt:" + line + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collecting_mode_reports_every_bad_line_and_keeps_the_good_ones()
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        var file = DictionaryFileParser.Parse("x.txt", Header + "person:a | GON | A\nperson:b | GON\nhuman:c | GON | C\nperson:d | GON | D\n", diagnostics);
        Assert.Equal(["person:a", "person:d"], file.Entries.Select(e => e.Id));
        Assert.Equal([3, 4], diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void A_byte_order_mark_before_the_header_is_accepted()
    {
        var file = DictionaryFileParser.Parse("x.txt", "\uFEFF" + Header + "person:a | GON | A\n");
        Assert.Single(file.Entries);
    }
}

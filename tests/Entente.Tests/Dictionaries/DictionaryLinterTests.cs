using Entente.Dictionaries;

namespace Entente.Tests.Dictionaries;

public sealed class DictionaryLinterTests
{
    private const string Countries = "#! entente-dictionary kind=countries version=1\n"
        + "country:gon | GON | Gondor\n"
        + "country:roh | ROH | Rohan\n";

    private static IReadOnlyList<DictionaryDiagnostic> Lint(string actors) =>
        DictionaryLinter.Lint([new DictionarySource("countries.txt", Countries), new DictionarySource("actors.txt", actors)]);

    [Theory]
    [InlineData("#! entente-dictionary kind=people version=1\n", 1, "bad header")]
    [InlineData("person:a | GON\n", 2, "column(s)")]
    [InlineData("person:a | GON | A\nperson:a | GON | B\n", 3, "duplicate id 'person:a' (first at actors.txt:2)")]
    [InlineData("human:a | GON | A\n", 2, "unknown prefix")]
    [InlineData("person:a | XXX.GOV | A\n", 2, "unknown country or organisation 'XXX'")]
    [InlineData("person:a | GON.XYZ | A\n", 2, "unknown sector 'XYZ'")]
    [InlineData("person:a | GON.GOV 2020-02-30.. | A\n", 2, "malformed date")]
    [InlineData("person:a | GON.GOV 2020-02-01..2020-01-01 | A\n", 2, "ends before it starts")]
    [InlineData("person:a | GON.GOV ..2020-01-01, GON.ELI 2019-06-01.. | A\n", 2, "overlaps")]
    [InlineData("person:a | GON.GOV | Theoden\nperson:b | ROH.GOV | Théoden; theoden\n", 3, "alias 'theoden' maps to GONGOV (person:a, actors.txt:2) and ROHGOV (person:b) on the same day")]
    [InlineData("person:a | GON.GOV | A; \n", 2, "empty alias")]
    [InlineData("place:x | GON | X | lat=95; lon=0\n", 2, "bad coordinates")]
    public void Errors_are_reported_with_file_and_line(string body, int line, string message)
    {
        var text = body.StartsWith("#!", StringComparison.Ordinal) ? body : "#! entente-dictionary kind=actors version=1\n" + body;
        var diagnostics = Lint(text);
        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("actors.txt", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_alias_on_different_days_is_not_a_conflict()
    {
        var diagnostics = Lint("#! entente-dictionary kind=actors version=1\n"
            + "person:a | GON.GOV ..2019-12-31 | Hama\n"
            + "person:b | ROH.GOV 2020-01-01.. | Hama\n");
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_same_alias_for_the_same_code_is_not_a_conflict()
    {
        Assert.Empty(Lint("#! entente-dictionary kind=actors version=1\norg:a | GON.GOV | Palace\norg:b | GON.GOV | Palace\n"));
    }

    [Fact]
    public void Warnings_for_entries_in_the_wrong_file_repeated_aliases_and_missing_coordinates()
    {
        var diagnostics = Lint("#! entente-dictionary kind=actors version=1\n"
            + "agent:x | GOV | envoy\n"
            + "person:a | GON.GOV | Gen. A; Gen A\n"
            + "place:p | GON | P\n");
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(diagnostics, d => d.Line == 2 && d.Message.Contains("kind=agents", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 3 && d.Message.Contains("repeated", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Line == 4 && d.Message.Contains("no lat=", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agent_alias_already_used_by_another_agent_is_a_warning()
    {
        var diagnostics = DictionaryLinter.Lint([new DictionarySource("agents.txt",
            "#! entente-dictionary kind=agents version=1\nagent:a | GOV | envoy\nagent:b | MIL | soldier; envoy\n")]);
        Assert.Equal(2, diagnostics.Count); // "envoy" and its generated plural
        var warning = diagnostics[0];
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(3, warning.Line);
        Assert.Contains("'envoy' of 'agent:b' is already an alias of 'agent:a'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixture_dictionaries_are_clean()
    {
        Assert.Empty(DictionaryLinter.LintDirectory(DictionaryFixtures.FixtureDirectory));
    }

    [Fact]
    public void Compiling_rejects_duplicate_ids_and_unknown_parts()
    {
        var duplicate = Assert.Throws<DictionaryException>(() => DictionarySet.FromSources(
            [new DictionarySource("countries.txt", Countries), new DictionarySource("b.txt", "#! entente-dictionary kind=countries version=1\ncountry:gon | GON | Gondor\n")]).Compile());
        Assert.Equal("b.txt:2: duplicate id 'country:gon' (first at countries.txt:2)", duplicate.Message);

        var unknown = Assert.Throws<DictionaryException>(() => DictionarySet.FromSources(
            [new DictionarySource("a.txt", "#! entente-dictionary kind=actors version=1\nperson:x | XYZ | X\n")]).Compile());
        Assert.Equal("a.txt:2: unknown country or organisation 'XYZ'", unknown.Message);
    }
}

using Entente.Coding;

namespace Entente.Tests.Coding;

public sealed class PatternFileParserTests
{
    private const string Header = "#! entente-dictionary kind=patterns version=test\n";

    private static IReadOnlyList<EventPattern> Parse(string body) =>
        new PatternFileParser().Parse(new StringReader(Header + body), "fixture.txt");

    [Fact]
    public void Parses_columns_frame_and_attributes()
    {
        var p = Assert.Single(Parse("pattern:meet-with | 040 | ~meet/met with | p:with recip | mode=visit; context=diplomatic,military; example=A met with B.\n"));
        Assert.Equal("pattern:meet-with", p.Id);
        Assert.Equal("040", p.Cameo);
        Assert.Equal(TriggerKind.Verb, p.Kind);
        Assert.Equal(["with"], p.TargetPrepositions);
        Assert.True(p.Reciprocal);
        Assert.False(p.DirectObject);
        Assert.Equal("visit", p.PloverMode);
        Assert.Equal(["diplomatic", "military"], p.Contexts);
        Assert.Equal("A met with B.", p.Example);
        Assert.Contains("met", p.Elements[0].Forms);
        Assert.Contains("meeting", p.Elements[0].Forms);
        Assert.Equal(2, p.Line);
    }

    [Fact]
    public void An_inverted_frame_puts_the_source_after_the_trigger_and_the_target_in_the_subject()
    {
        var p = Assert.Single(Parse("pattern:draw | 111 | ~draw/drew .. criticism | src:from tgt:subject\n"));
        Assert.True(p.SourceAfterTrigger);
        Assert.Equal(["from"], p.SourcePrepositions);
        Assert.True(p.TargetBeforeTrigger);
        Assert.Empty(p.TargetPrepositions);
    }

    [Fact]
    public void Head_alternatives_each_take_their_irregular_forms()
    {
        var p = Assert.Single(Parse("pattern:cut | 161 | ~cut|sever|break/broke/broken .. ties | p:with\n"));
        var forms = p.Elements[0].Forms;
        Assert.Contains("severed", forms);
        Assert.Contains("broke", forms);
        Assert.Contains("broken", forms);
        Assert.Contains("cutting", forms);
        Assert.True(p.Elements[1].IsGap);
    }

    [Fact]
    public void Comments_and_blank_lines_are_skipped()
    {
        var ps = Parse("# a comment\n\npattern:a | 040 | ~meet | obj   # trailing comment\n");
        Assert.Single(ps);
    }

    [Theory]
    [InlineData("pattern:a | 040 | ~meet\n", "fixture.txt:2:")]
    [InlineData("pattern:a | 04x | ~meet | obj\n", "CAMEO code")]
    [InlineData("pattern:a | 040 | meet | obj\n", "inflected head")]
    [InlineData("pattern:a | 040 | ~meet ^visit | obj\n", "only one inflected head")]
    [InlineData("pattern:a | 040 | ~meet | sideways\n", "unknown frame flag")]
    [InlineData("meet | 040 | ~meet | obj\n", "must start with 'pattern:'")]
    [InlineData("pattern:a | 111 | ~draw .. criticism | tgt:subject\n", "needs the source after the trigger")]
    [InlineData("pattern:a | 040 | ~meet | obj | colour=red\n", "unknown attribute")]
    [InlineData("pattern:a | 040 | ~meet | obj\npattern:a | 042 | ~visit | obj\n", "duplicate id")]
    [InlineData("pattern:a | 040 | ~meet .. | obj\n", "cannot end with a gap")]
    public void Errors_name_the_file_and_line(string body, string expected)
    {
        var ex = Assert.Throws<PatternException>(() => Parse(body));
        Assert.StartsWith("fixture.txt:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_header_is_an_error_on_line_1()
    {
        var ex = Assert.Throws<PatternException>(() => new PatternFileParser().Parse(new StringReader("pattern:a | 040 | ~meet | obj\n"), "p.txt"));
        Assert.StartsWith("p.txt:1:", ex.Message, StringComparison.Ordinal);
    }
}

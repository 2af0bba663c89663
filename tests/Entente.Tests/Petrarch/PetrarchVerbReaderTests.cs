using Entente.Coding;
using Entente.Dictionaries;
using Entente.Model;
using Entente.Petrarch;
using Entente.Tests.Dictionaries;

namespace Entente.Tests.Petrarch;

/// <summary>PETRARCH verbs: verb blocks, inflections, synsets, markers and codes mapped to Entente event patterns.</summary>
public sealed class PetrarchVerbReaderTests
{
    private static readonly PetrarchImport Import = PetrarchFixtures.Load();

    private static IEnumerable<EventPattern> From(string pattern) =>
        Import.Patterns.Where(p => p.Attributes["petrarch.pattern"] == pattern);

    private static IReadOnlyList<string> Words(EventPattern p) =>
        p.Elements.Select(e => e.IsGap ? ".." + e.MaxGap : e.IsHead ? "~" + e.Forms[0] : string.Join('|', e.Forms)).ToArray();

    [Fact]
    public void EveryVerbGivesABarePatternWithItsOwnOrTheBlocksCode()
    {
        var bare = Import.Patterns.Where(p => p.Attributes["petrarch.pattern"] == "verb").ToList();
        var praise = bare.Single(p => p.Cameo == "051");
        Assert.Contains("hailed", praise.Elements[0].Forms);
        Assert.Contains("praises", praise.Elements[0].Forms);
        Assert.True(praise.DirectObject);
        Assert.Equal(TriggerKind.Verb, praise.Kind);
        var laud = bare.Single(p => p.Cameo == "052");
        Assert.Contains("lauded", laud.Elements[0].Forms);
        Assert.Equal("Fixture.verbs.txt", laud.File);
        Assert.Equal(19, laud.Line);
    }

    [Fact]
    public void MultiWordVerbsInflectTheMarkedWord()
    {
        var sendOff = Import.Patterns.Single(p => p.Attributes["petrarch.pattern"] == "verb" && p.Elements.Count == 2);
        Assert.True(sendOff.Elements[0].IsHead);
        Assert.Contains("sent", sendOff.Elements[0].Forms);
        Assert.Equal(["off"], sendOff.Elements[1].Forms);
        Assert.Equal("070", sendOff.Cameo);
    }

    [Fact]
    public void PatternsApplyToEveryVerbOfTheBlock()
    {
        var aid = From("* AID_TO +").ToList();
        Assert.Equal(2, aid.Count);
        Assert.Equal(["~ship", "..6", "aid", "to"], Words(aid[0]));
        Assert.Equal(["~send", "off", "..6", "aid", "to"], Words(aid[1]));
        Assert.All(aid, p => Assert.Equal(["to"], p.TargetPrepositions));
        Assert.All(aid, p => Assert.False(p.DirectObject));
        Assert.All(aid, p => Assert.Equal("073", p.Cameo));
    }

    [Fact]
    public void SynsetsExpandIncludingNestedAndMultiWordMembers()
    {
        var goods = From("* &TRADEGOODS TO +").Where(p => p.Elements[0].Forms.Contains("ship")).ToList();
        Assert.Equal(2, goods.Count);
        Assert.Equal(["grain", "timber", "wool"], goods[0].Elements[2].Forms.Order());
        Assert.Equal(["~ship", "..6", "salt", "fish", "..6", "to"], Words(goods[1]));
    }

    [Fact]
    public void NullCodedPatternsCodeNothing()
    {
        var negated = From("&NEGAUX *").ToList();
        Assert.Equal(2, negated.Count);
        Assert.All(negated, p => Assert.True(p.CodesNothing));
        Assert.Equal(["did", "n't", "..6", "~praise"], Words(negated[0]));
        Assert.Equal(["will", "not", "..6", "~praise"], Words(negated[1]));
    }

    [Fact]
    public void MarkersSetTheFrame()
    {
        var passive = From("+ WAS_ * BY $").First();
        Assert.True(passive.TargetBeforeTrigger);
        Assert.True(passive.SourceAfterTrigger);
        Assert.Equal(["by"], passive.SourcePrepositions);
        Assert.Equal(["was", "~ship", "..6", "by"], Words(passive));

        var skip = From("$ * ^ +").First();
        Assert.True(skip.DirectObject);
        Assert.False(skip.SourceAfterTrigger);
        Assert.Equal(["~ship"], Words(skip));

        var pledge = From("* PLEDGE FROM $").First();
        Assert.True(pledge.SourceAfterTrigger);
        Assert.Equal(["from"], pledge.SourcePrepositions);
        Assert.True(pledge.DirectObject);
        Assert.True(pledge.TargetInVerbPhrase);
        Assert.False(From("* AID_TO +").First().TargetInVerbPhrase);

        var compound = From("% *").First();
        Assert.True(compound.Reciprocal);
        Assert.Equal("075", compound.Cameo);
        Assert.Equal("075", compound.SecondCode);
    }

    [Fact]
    public void CodePairsKeepTheSecondCode()
    {
        var arrive = Import.Patterns.Single(p => p.Attributes["petrarch.block"] == "ARRIVE" && p.Attributes["petrarch.pattern"] == "verb");
        Assert.Equal("042", arrive.Cameo);
        Assert.Equal("043", arrive.SecondCode);
        Assert.Equal(["~arrive", "..6", "in"], Words(From("* IN_").Single()));
        Assert.Equal("0431", From("* IN_").Single().Cameo);
    }

    [Fact]
    public void WordsOfOneGroupMayBeSeparatedByOnlyAFewTokens()
    {
        var harbour = From("* (IN {THE HARBOUR})").Single();
        Assert.Equal(["~arrive", "..6", "in", "..2", "the", "..2", "harbour"], Words(harbour));
        Assert.True(harbour.TargetInVerbPhrase);
    }

    [Fact]
    public void CountsAndUnmappedConstructs()
    {
        var counts = Import.Counts;
        Assert.Equal(24, counts.Patterns);
        Assert.Equal(2, counts.NullPatterns);
        Assert.Equal(1, counts.Unmapped["verb transformation"]);
        Assert.Equal(1, counts.Unmapped["pattern skip (^) as gap"]);
        Assert.Equal(Import.Patterns.Count, Import.Patterns.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void ImportedPatternsMatchInAPatternSet()
    {
        var set = new PatternSet(Import.Patterns);
        var text = "Valdoria shipped grain to Estmark.";
        var doc = TestSegmenter.Segment(text);
        var matches = set.Match(text, doc.Tokens.ToArray(), 0);
        var match = Assert.Single(matches);
        Assert.Equal("071", match.Pattern.Cameo);
        Assert.Equal(1, match.HeadToken);
    }

    [Theory]
    [InlineData("- * GRAIN [070]\n", 1, "pattern outside a verb block")]
    [InlineData("PRAISE\n", 1, "outside a verb block")]
    [InlineData("--- PRAISE [051] ---\nPRAISE\n- * &NOTHING [052]\n", 3, "unknown synset &NOTHING")]
    [InlineData("--- PRAISE [051] ---\nPRAISE\n# c\n- * EFFORTS\n", 4, "has no code")]
    [InlineData("--- PRAISE [05.1] ---\nPRAISE\n", 1, "malformed event code")]
    [InlineData("--- PRAISE ---\n", 1, "malformed verb block header")]
    [InlineData("&A\n+B\n&A\n", 3, "defined twice")]
    [InlineData("--- PRAISE [051] ---\nHAIL {HAILED\n", 2, "unclosed '{'")]
    public void MalformedLinesNameFileAndLine(string text, int line, string reason)
    {
        var error = Assert.Throws<DictionaryException>(() =>
            PetrarchVerbReader.Read("bad.verbs.txt", new StringReader(text), new PetrarchNotes(strict: true), new HashSet<string>()));
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}

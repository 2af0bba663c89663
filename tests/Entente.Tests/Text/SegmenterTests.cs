using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Text;

public sealed class SegmenterTests
{
    private static readonly Segmenter _segmenter = new();

    [Fact]
    public void Segments_only_inside_kept_ranges_and_never_across_them()
    {
        const string text = "Debris line\nThe talks began. Both sides\nAdvertisement\nagreed to meet again.";
        var doc = new Document("d", null, null, null, null, text);
        var kept = new List<TextRange>
        {
            new(text.IndexOf("The talks", StringComparison.Ordinal), text.IndexOf("\nAdvertisement", StringComparison.Ordinal)),
            new(text.IndexOf("agreed", StringComparison.Ordinal), text.Length),
        };

        var segmented = _segmenter.Segment(doc, kept);

        Assert.Equal(["The talks began.", "Both sides", "agreed to meet again."], segmented.Sentences.Select(s => text[s.Start..s.End]));
        SegmenterInvariants.Check(segmented, kept);
    }

    [Fact]
    public void Offsets_hold_on_a_mixed_article()
    {
        string text = string.Join('\n',
            "Pak-Russia defence ties",
            "",
            "  ISLAMABAD — Lt. Gen. Ahmed met the U.S. envoy at 3 p.m.; “It was useful,” he said (briefly).\r",
            "• Exports rose 3.5% to $1,200 million…",
            "1. Russia’s offer stands.   2) none",
            "",
            "Emoji 🙂 and tabs\tand\u00A0no-break spaces. Zero\u200Bwidth.");
        var kept = new List<TextRange> { new(0, text.Length) };

        var segmented = _segmenter.Segment(new Document("d", null, null, null, null, text), kept);

        SegmenterInvariants.Check(segmented, kept);
        Assert.True(segmented.Sentences[0].IsHeadline);
        Assert.Contains(segmented.Tokens, t => t.Span(text) is "U.S." && t.Kind == TokenKind.Word);
        Assert.Contains(segmented.Tokens, t => t.Span(text) is "1,200" && t.Kind == TokenKind.Number);
        Assert.Contains(segmented.Tokens, t => t.Span(text) is "$" && t.Kind == TokenKind.Symbol);
        Assert.Contains(segmented.Tokens, t => t.Span(text) is "—" && t.Kind == TokenKind.Punctuation);
    }

    [Fact]
    public void Overlong_unpunctuated_run_is_cut()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var segmenter = new Segmenter(new SegmenterOptions { MaxSentenceTokens = 100 });

        var segmented = segmenter.Segment(new Document("d", null, null, null, null, text), [new TextRange(0, text.Length)]);

        Assert.Equal(10, segmented.Sentences.Count);
        Assert.All(segmented.Sentences, s => Assert.Equal(100, s.TokenCount));
    }

    [Fact]
    public void Empty_and_whitespace_ranges_give_no_sentences()
    {
        const string text = "   \n\n\t ";
        var segmented = _segmenter.Segment(new Document("d", null, null, null, null, text), [new TextRange(0, text.Length)]);
        Assert.Empty(segmented.Sentences);
        Assert.Empty(segmented.Tokens);
    }

    [Fact]
    public void Custom_abbreviation_list_is_honoured()
    {
        const string text = "He met Gov. Ali. Sen. Khan came too.";
        var withoutGov = new Segmenter(new SegmenterOptions { TitleAbbreviations = ["Sen"] });
        var segmented = withoutGov.Segment(new Document("d", null, null, null, null, text), [new TextRange(0, text.Length)]);
        Assert.Equal(["He met Gov.", "Ali.", "Sen. Khan came too."], segmented.Sentences.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Cleaner_and_segmenter_compose_on_the_article_fixture()
    {
        string text = File.ReadAllText(GoldenFile.PathOf("cleaner-article.txt"));
        var doc = new Document("fixture", null, null, null, null, text);
        var kept = new Cleaner().Clean(doc).Kept;

        var segmented = _segmenter.Segment(doc, kept);

        SegmenterInvariants.Check(segmented, kept);
        Assert.Equal("Border trade and the road ahead", text[segmented.Sentences[0].Start..segmented.Sentences[0].End]);
        Assert.True(segmented.Sentences[0].IsHeadline);
        Assert.Equal(6, segmented.Sentences.Count);
        Assert.DoesNotContain(segmented.Sentences, s => text[s.Start..s.End].Contains("Share", StringComparison.Ordinal));
    }
}

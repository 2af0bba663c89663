using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Text;

public sealed class SegmenterGoldenTests
{
    private static readonly Segmenter _segmenter = new();

    public static TheoryData<int, string> SentenceCases => GoldenFile.Cases("segmenter-sentences.jsonl");

    public static TheoryData<int, string> TokenCases => GoldenFile.Cases("segmenter-tokens.jsonl");

    [Theory]
    [MemberData(nameof(SentenceCases))]
    public void Sentences_match_golden(int index, string why)
    {
        var golden = GoldenFile.Lines("segmenter-sentences.jsonl")[index];
        string text = golden.GetProperty("text").GetString()!;
        var segmented = Segment(text);

        string[] expected = [.. golden.GetProperty("sentences").EnumerateArray().Select(e => e.GetString()!)];
        string[] actual = [.. segmented.Sentences.Select(s => text[s.Start..s.End])];
        Assert.True(expected.SequenceEqual(actual), $"{why}\nexpected: {string.Join(" | ", expected)}\nactual:   {string.Join(" | ", actual)}");

        if (golden.TryGetProperty("headlines", out var headlines))
        {
            bool[] expectedHeadlines = [.. headlines.EnumerateArray().Select(e => e.GetBoolean())];
            Assert.Equal(expectedHeadlines, segmented.Sentences.Select(s => s.IsHeadline).ToArray());
        }

        SegmenterInvariants.Check(segmented, [new TextRange(0, text.Length)]);
    }

    [Theory]
    [MemberData(nameof(TokenCases))]
    public void Tokens_match_golden(int index, string why)
    {
        var golden = GoldenFile.Lines("segmenter-tokens.jsonl")[index];
        string text = golden.GetProperty("text").GetString()!;
        var segmented = Segment(text);

        string[] expected = [.. golden.GetProperty("tokens").EnumerateArray().Select(e => e.GetString()!)];
        string[] actual = [.. segmented.Tokens.Select(t => t.Span(text).ToString())];
        Assert.True(expected.SequenceEqual(actual), $"{why}\nexpected: {string.Join(" ", expected)}\nactual:   {string.Join(" ", actual)}");
        SegmenterInvariants.Check(segmented, [new TextRange(0, text.Length)]);
    }

    [Fact]
    public void Segmenter_golden_file_has_at_least_forty_cases() =>
        Assert.True(GoldenFile.Lines("segmenter-sentences.jsonl").Count >= 40);

    private static SegmentedDocument Segment(string text) =>
        _segmenter.Segment(new Document("t", null, null, null, null, text), [new TextRange(0, text.Length)]);
}

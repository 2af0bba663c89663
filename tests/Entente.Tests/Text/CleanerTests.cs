using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Text;

public sealed class CleanerTests
{
    private static readonly Cleaner _cleaner = new();

    public static TheoryData<int, string> LineCases => GoldenFile.Cases("cleaner-lines.jsonl");

    [Theory]
    [MemberData(nameof(LineCases))]
    public void Line_verdict_matches_golden(int index, string why)
    {
        var golden = GoldenFile.Lines("cleaner-lines.jsonl")[index];
        string line = golden.GetProperty("line").GetString()!;
        var cleaned = _cleaner.Clean(Doc(line));

        if (golden.GetProperty("keep").GetBoolean())
        {
            Assert.True(cleaned.Removed.Count == 0, $"{why}: removed as {cleaned.Removed.FirstOrDefault()?.Reason}");
            Assert.Equal([new TextRange(line.Length - line.TrimStart().Length, line.TrimEnd().Length)], cleaned.Kept);
        }
        else
        {
            var removed = Assert.Single(cleaned.Removed);
            Assert.Equal(golden.GetProperty("reason").GetString(), removed.Reason);
            Assert.Equal(line.Trim(), line[removed.Range.Start..removed.Range.End]);
            Assert.Empty(cleaned.Kept);
        }
    }

    [Fact]
    public void Article_fixture_loses_only_its_debris()
    {
        string text = File.ReadAllText(GoldenFile.PathOf("cleaner-article.txt"));
        var cleaned = _cleaner.Clean(Doc(text));

        Assert.Equal(
            [
                ("Home > Opinion > Editorials", "breadcrumb"),
                ("By Staff Reporter", "byline"),
                ("Updated 09:40 PKT", "lone date or time"),
                ("Advertisement", "advertisement"),
                ("Related articles", "related-links header"),
                ("Tashkent hosts regional transport ministers", "related link"),
                ("Caravan route to reopen next spring", "related link"),
                ("Share this post", "share/social button"),
                ("scroll to top", "navigation"),
            ],
            cleaned.Removed.Select(r => (text[r.Range.Start..r.Range.End], r.Reason)));

        string[] kept = [.. cleaned.Kept.Select(r => text[r.Start..r.End])];
        Assert.Equal(3, kept.Length);
        Assert.Equal("Border trade and the road ahead", kept[0]);
        Assert.StartsWith("THE decision", kept[1], StringComparison.Ordinal);
        Assert.EndsWith("within a single day.", kept[1], StringComparison.Ordinal);
        Assert.StartsWith("We hope", kept[2], StringComparison.Ordinal);
        Assert.EndsWith("quietly assumes.", kept[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sentence_line_of_the_fixture_is_kept()
    {
        string text = File.ReadAllText(GoldenFile.PathOf("cleaner-article.txt"));
        var cleaned = _cleaner.Clean(Doc(text));
        foreach (string line in text.Split('\n').Select(l => l.Trim()).Where(l => l.EndsWith('.') && l.Split(' ').Length > 8))
        {
            int start = text.IndexOf(line, StringComparison.Ordinal);
            Assert.Contains(cleaned.Kept, r => r.Contains(new TextRange(start, start + line.Length)));
        }
    }

    [Fact]
    public void Related_block_ends_at_the_first_prose_line()
    {
        const string text = "Read more\nShort link one\nThe envoy, however, said the talks would continue next week.\nAnother short line";
        var cleaned = _cleaner.Clean(Doc(text));
        Assert.Equal(["related-links header", "related link"], cleaned.Removed.Select(r => r.Reason));
        Assert.Equal("The envoy, however, said the talks would continue next week.\nAnother short line", text[cleaned.Kept[0].Start..cleaned.Kept[0].End]);
    }

    [Fact]
    public void Options_can_extend_the_lists()
    {
        var cleaner = new Cleaner(new CleanerOptions { SocialLines = ["teilen"] });
        var cleaned = cleaner.Clean(Doc("Der Minister kam.\nTeilen"));
        Assert.Equal("share/social button", Assert.Single(cleaned.Removed).Reason);
    }

    [Fact]
    public void Crlf_lines_keep_exact_offsets()
    {
        const string text = "First sentence here.\r\nShare\r\nSecond sentence here.\r\n";
        var cleaned = _cleaner.Clean(Doc(text));
        Assert.Equal(["First sentence here.", "Second sentence here."], cleaned.Kept.Select(r => text[r.Start..r.End]));
        Assert.Equal("Share", text[cleaned.Removed[0].Range.Start..cleaned.Removed[0].Range.End]);
    }

    private static Document Doc(string text) => new("d", null, null, null, null, text);
}

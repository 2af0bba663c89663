using Entente.Model;
using Entente.Pipeline;
using Entente.Tests.Coding;
using Entente.Text;

namespace Entente.Tests.Pipeline;

/// <summary>End to end on the shipped sample editorial (written for the project in the seed's image):
/// raw text with debris in, the alignment events out, with dates resolved and offsets on the right words.</summary>
[Collection("engine")]
public sealed class SampleArticleTests(EngineFixture fixture)
{
    private async Task<CodedDocument> CodeSampleAsync(string id)
    {
        var samples = DataFolders.Find("samples");
        await foreach (var doc in new InputOpener().ReadAsync([samples]))
        {
            if (doc.Id == id) return fixture.Engine.Code(doc);
        }

        throw new InvalidOperationException($"sample {id} not found");
    }

    private static CodedEvent Single(CodedDocument coded, string source, string target, string root) =>
        Assert.Single(coded.Events, e => e.Source.Key == source && e.Target?.Key == target && e.CameoRoot == root);

    [Fact]
    public async Task Codes_the_alignment_events_of_the_editorial()
    {
        var coded = await CodeSampleAsync("sample-pak-rus");
        var text = coded.Document.Text;

        var meeting = Single(coded, "PAK", "RUS", "04");
        Assert.Equal("040", meeting.Cameo);
        Assert.Equal(new DateOnly(2017, 1, 16), meeting.Date); // "On Monday" before a 2017-01-18 (Wednesday) publication
        Assert.Equal(DateBasis.Text, meeting.DateBasis);
        Assert.Equal("Pakistan's army chief", text[meeting.Source.Start..meeting.Source.End]);
        Assert.Equal("Russian ambassador", text[meeting.Target!.Start..meeting.Target.End]);
        Assert.Equal("met", text[meeting.Trigger.Start..meeting.Trigger.End]);
        Assert.Equal("MIL", meeting.Source.Sector);
        Assert.Equal("GOV", meeting.Target.Sector);

        // Joint drills of "the militaries of both countries": material cooperation, both directions.
        Assert.Equal("062", Single(coded, "PAK", "RUS", "06").Cameo);
        Assert.Equal("062", Single(coded, "RUS", "PAK", "06").Cameo);

        // "Last December, Moscow hosted a meeting with Pakistan and China": the capital is the government, dated December 2016.
        foreach (var guest in new[] { "PAK", "CHN" })
        {
            var hosted = Single(coded, "RUS", guest, "04");
            Assert.Equal("043", hosted.Cameo);
            Assert.Equal(new DateOnly(2016, 12, 1), hosted.Date);
        }

        // The expected visit is not a visit: intent to meet, modality future.
        var visit = Single(coded, "RUS", "PAK", "03");
        Assert.Equal("036", visit.Cameo);
        Assert.Equal(Modality.Future, visit.Modality);

        // Nothing comes from the "Share this post" / "scroll to top" debris.
        var debris = text.IndexOf("Share this post", StringComparison.Ordinal);
        Assert.All(coded.Events, e => Assert.True(e.Trigger.End <= debris));
    }

    [Fact]
    public async Task Every_event_carries_its_evidence()
    {
        var coded = await CodeSampleAsync("sample-pak-rus");
        Assert.NotEmpty(coded.Events);
        foreach (var e in coded.Events)
        {
            var sentence = coded.Segmented.Sentences[e.Sentence];
            Assert.InRange(e.Trigger.Start, sentence.Start, sentence.End);
            Assert.Equal(e.Trigger.Text, coded.Document.Text[e.Trigger.Start..e.Trigger.End]);
            Assert.Contains(e.Entries, id => id.StartsWith("pattern:", StringComparison.Ordinal));
            Assert.StartsWith("pattern:", e.Rule, StringComparison.Ordinal);
            Assert.InRange(e.Confidence, 0.3, 1.0);
            Assert.NotNull(e.Plover);
        }
    }
}

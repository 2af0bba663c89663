using Entente.Model;

namespace Entente.Store.Tests;

public sealed class StoredContentTests
{
    private static readonly DateOnly _day = new(2024, 3, 5);

    private static CodedDocument ThreeSentences()
    {
        var ev = Fixtures.Event("doc-t", 1, Fixtures.Actor("PAK", "PAK"), Fixtures.Actor("CHN", "CHN"), "040", _day);
        Mention[] found = [.. Enumerable.Range(0, 3).Select(i => new Mention(MentionKind.Actor, i, 0, 1, 0, 3, ["country:pak"]))];
        var doc = Fixtures.Doc("doc-t", "Dawn", _day, ["Sports news.", "Pakistan met China.", "Weather news."], [ev], found);

        // Give the sentences tokens, as the segmenter does, so that trimming has something to drop.
        Sentence[] sentences = [.. doc.Segmented.Sentences.Select(s => s with { FirstToken = s.Index, TokenCount = 1 })];
        Token[] tokens = [.. sentences.Select(s => new Token(s.Start, s.Start + 1, TokenKind.Word))];
        return new CodedDocument(new SegmentedDocument(doc.Document, sentences, tokens), doc.Mentions, doc.Events, [new TraceEntry("coder", 1, "why")]);
    }

    [Theory]
    [InlineData(SentenceScope.WithEvents, "1")]
    [InlineData(SentenceScope.All, "0,1,2")]
    public void Trimming_keeps_offsets_events_and_the_scopes_mentions_and_drops_tokens_and_trace(SentenceScope scope, string mentionSentences)
    {
        var doc = ThreeSentences();
        var trimmed = StoredContent.Trim(doc, scope);

        Assert.Same(doc.Document, trimmed.Document);
        Assert.Equal(doc.Events, trimmed.Events);
        Assert.Empty(trimmed.Segmented.Tokens);
        Assert.Empty(trimmed.Trace);
        Assert.Equal(doc.Segmented.Sentences.Select(s => (s.Index, s.Start, s.End, s.IsHeadline)), trimmed.Segmented.Sentences.Select(s => (s.Index, s.Start, s.End, s.IsHeadline)));
        Assert.All(trimmed.Segmented.Sentences, s => Assert.Equal(0, s.TokenCount));
        Assert.Equal(mentionSentences, string.Join(',', trimmed.Mentions.Select(m => m.Sentence)));
    }

    [Fact]
    public async Task A_trimmed_document_is_stored_as_the_whole_one()
    {
        var doc = ThreeSentences();
        await using var whole = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        await using var trimmed = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        Assert.Equal(await whole.WriteAsync([doc]), await trimmed.WriteAsync([StoredContent.Trim(doc, SentenceScope.WithEvents)]));
        foreach (var table in new[] { "sentences", "events", "mentions" })
        {
            Assert.Equal(await StoreTests.CountAsync(whole, table), await StoreTests.CountAsync(trimmed, table));
        }
    }
}

using Entente.Model;

namespace Entente.Tests.Text;

/// <summary>Properties every segmentation must have, whatever the text.</summary>
internal static class SegmenterInvariants
{
    public static void Check(SegmentedDocument segmented, IReadOnlyList<TextRange> kept)
    {
        string text = segmented.Text;
        var tokens = segmented.Tokens;
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start < token.End, $"empty token at {token.Start}");
            Assert.True(token.Start >= previousEnd, $"token at {token.Start} overlaps or precedes the one before");
            Assert.Equal(text.Substring(token.Start, token.End - token.Start), token.Span(text).ToString());
            Assert.False(char.IsWhiteSpace(text[token.Start]) || char.IsWhiteSpace(text[token.End - 1]), $"token [{token.Start},{token.End}) has edge whitespace");
            Assert.Contains(kept, r => r.Contains(new TextRange(token.Start, token.End)));
            previousEnd = token.End;
        }

        int nextToken = 0;
        int previousSentenceEnd = 0;
        for (int i = 0; i < segmented.Sentences.Count; i++)
        {
            var sentence = segmented.Sentences[i];
            Assert.Equal(i, sentence.Index);
            Assert.True(sentence.TokenCount > 0, "empty sentence");
            Assert.Equal(nextToken, sentence.FirstToken);
            Assert.True(sentence.Start >= previousSentenceEnd, "sentences overlap or are out of order");
            var own = segmented.TokensOf(sentence);
            Assert.Equal(sentence.Start, own[0].Start);
            Assert.Equal(sentence.End, own[^1].End);
            Assert.Single(kept, r => r.Contains(sentence.Range));
            nextToken += sentence.TokenCount;
            previousSentenceEnd = sentence.End;
        }

        Assert.Equal(tokens.Count, nextToken);
    }
}

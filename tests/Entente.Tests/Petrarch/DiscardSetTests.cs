using Entente.Dictionaries;
using Entente.Petrarch;
using Entente.Tests.Dictionaries;

namespace Entente.Tests.Petrarch;

/// <summary>PETRARCH discards: sentence-level and story-level phrases matched over tokens.</summary>
public sealed class DiscardSetTests
{
    private static readonly DiscardSet Discards = PetrarchFixtures.Load().Discards;

    private static DiscardMatch? Match(string text)
    {
        var doc = TestSegmenter.Segment(text);
        return Discards.Match(text, doc.Tokens.ToArray());
    }

    [Fact]
    public void ReadsBothLevels()
    {
        Assert.Equal(3, Discards.Phrases.Count);
        Assert.True(Discards.Phrases[1].StoryLevel);
        Assert.Equal("golden cup final", Discards.Phrases[1].Text);
        Assert.Equal(4, Discards.Phrases[1].Line);
    }

    [Fact]
    public void SentenceLevelPhraseMatchesCaseInsensitively()
    {
        var match = Match("Valdoria won the Chess Open on Sunday.");
        Assert.NotNull(match);
        Assert.False(match.StoryLevel);
        Assert.Equal(3, match.FirstToken);
    }

    [Fact]
    public void StoryLevelPhraseWinsAndIsReportedByMatchStory()
    {
        var text = "Years later, Estmark lost the Golden Cup final.";
        var doc = TestSegmenter.Segment(text);
        var match = Discards.MatchStory(text, doc.Tokens.ToArray());
        Assert.NotNull(match);
        Assert.True(match.StoryLevel);
        Assert.Equal("golden cup final", match.Phrase.Text);
        Assert.True(Discards.Match(text, doc.Tokens.ToArray())!.StoryLevel);
    }

    [Theory]
    [InlineData("Valdoria praised the chess club.")]
    [InlineData("The golden cup was stolen.")]
    [InlineData("")]
    public void OtherSentencesDoNotMatch(string text) => Assert.Null(Match(text));

    [Fact]
    public void APhraseWithACodeIsAnError()
    {
        var error = Assert.Throws<DictionaryException>(() => DiscardSet.Read("bad.discards.txt", new StringReader("# c\nCHESS [---]\n")));
        Assert.Equal("bad.discards.txt:2: a discard phrase takes no code: 'CHESS [---]'", error.Message);
    }
}

using Entente.Dates;

namespace Entente.Tests.Dates;

public sealed class DateWordScannerTests
{
    [Fact]
    public void Possessive_is_outside_the_word_for_both_apostrophes()
    {
        var words = Scan("Monday’s and Tuesday's");
        Assert.Equal(3, words.Length);
        Assert.Equal((0, 6), (words[0].Start, words[0].End));
        Assert.True(words[0].Possessive);
        Assert.Equal(DateLexKind.Weekday, words[2].Kind);
        Assert.Equal((13, 20), (words[2].Start, words[2].End));
        Assert.True(words[2].Possessive);
    }

    [Fact]
    public void Numbers_ordinals_decades_and_iso_dates_are_classified()
    {
        var words = Scan("3rd 1,200 1990s 2016-03-03 2016-02-30 10:30");
        Assert.Equal(DateLexKind.Number, words[0].Kind);
        Assert.True(words[0].Ordinal);
        Assert.Equal(3, words[0].Value);
        Assert.Equal(DateLexKind.None, words[1].Kind);
        Assert.Equal((DateLexKind.Decade, 1990), (words[2].Kind, words[2].Value));
        Assert.Equal((DateLexKind.IsoDate, 20160303), (words[3].Kind, words[3].Value));
        Assert.Equal(DateLexKind.None, words[4].Kind);
        Assert.Equal(DateLexKind.None, words[5].Kind);
    }

    [Fact]
    public void Gaps_record_the_punctuation_between_words()
    {
        var words = Scan("Jan. 5, mid-March 03/03 U.S. Monday.com");
        Assert.Equal(GapKind.Start, words[0].GapBefore);
        Assert.Equal(GapKind.Period, words[1].GapBefore);
        Assert.Equal(GapKind.Comma, words[2].GapBefore);
        Assert.Equal(GapKind.Hyphen, words[3].GapBefore);
        Assert.Equal(GapKind.Slash, words[5].GapBefore);
        Assert.Equal(DateLexKind.None, words[7].Kind); // "Monday.com" is one word
        Assert.Equal(8, words.Length);
    }

    [Fact]
    public void Offsets_are_shifted_by_the_sentence_start_and_capitals_are_noted()
    {
        var words = Scan("on May", offset: 100);
        Assert.Equal((100, 102), (words[0].Start, words[0].End));
        Assert.False(words[0].Capitalized);
        Assert.True(words[1].Capitalized);
        Assert.True(words[1].Flag); // May needs context
    }

    private static DateWord[] Scan(string text, int offset = 0)
    {
        var buffer = new DateWord[DateWordScanner.MaxWords(text.Length)];
        var count = DateWordScanner.Scan(text, offset, buffer, DateLexicon.English);
        return buffer[..count];
    }
}

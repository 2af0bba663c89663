using Entente.Dictionaries;
using Entente.Model;
using Xunit.Abstractions;

namespace Entente.Tests.Dictionaries;

/// <summary>Recognizer mechanics over the fictional fixture dictionaries; the cases are in Cases/recognizer-cases.tsv.</summary>
public sealed class RecognizerTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var columns in TsvCases.Rows("Dictionaries", "Cases", "recognizer-cases.tsv"))
        {
            data.Add(columns[0], columns[1], columns[2], columns[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_case(string text, string date, string expected, string why)
    {
        DateOnly? documentDate = date == "-" ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var mentions = DictionaryFixtures.Recognize(DictionaryFixtures.Fixtures, text, documentDate);
        var actual = string.Join(" ; ", mentions.Select(m => DictionaryFixtures.Describe(m, text)));
        output.WriteLine(why);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Mentions_are_ordered_and_do_not_overlap()
    {
        const string text = "Gondor's army chief and the Gondorian ambassador met Aragorn in Osgiliath, and the two countries agreed.";
        var mentions = DictionaryFixtures.Recognize(DictionaryFixtures.Fixtures, text, new DateOnly(2020, 1, 1));
        Assert.Equal(5, mentions.Count);
        for (var i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].End <= mentions[i].Start);
        }
    }

    [Fact]
    public void Mention_token_indices_are_document_wide()
    {
        const string text = "Gondor met Rohan. Then Arnor spoke.";
        var segmented = TestSegmenter.Segment(text, new DateOnly(2020, 1, 1));
        var mentions = new Recognizer(DictionaryFixtures.Fixtures).Recognize(segmented);
        var arnor = mentions[2];
        Assert.Equal(1, arnor.Sentence);
        Assert.Equal("Arnor", text[segmented.Tokens[arnor.FirstToken].Start..segmented.Tokens[arnor.FirstToken].End]);
        Assert.Equal(1, arnor.TokenCount);
    }

    [Fact]
    public void Place_mentions_carry_coordinates_and_country()
    {
        var mention = Assert.Single(DictionaryFixtures.Recognize(DictionaryFixtures.Fixtures, "Fighting near Osgiliath."));
        Assert.Equal(MentionKind.Place, mention.Kind);
        Assert.Equal(new PlaceRef("Osgiliath", "GON", 44.6, 20.4, 14, 23), mention.Place);
    }

    [Fact]
    public void The_clock_decides_the_date_when_neither_document_nor_options_give_one()
    {
        var options = new RecognizerOptions { Clock = new FixedClock(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)) };
        var mentions = new Recognizer(DictionaryFixtures.Fixtures, options).Recognize(TestSegmenter.Segment("Faramir spoke."));
        Assert.Equal("GONELI", Assert.Single(mentions).Actor!.Code);
    }

    [Fact]
    public void Unknown_names_are_not_absorbed_when_switched_off()
    {
        const string text = "Gondorian Ambassador Beregond arrived.";
        var options = new RecognizerOptions { AbsorbUnknownNames = false };
        var mention = Assert.Single(new Recognizer(DictionaryFixtures.Fixtures, options).Recognize(TestSegmenter.Segment(text)));
        Assert.Equal("Gondorian Ambassador", text[mention.Start..mention.End]);
    }

    [Fact]
    public void Unknown_names_are_not_absorbed_in_headlines()
    {
        const string text = "Gondorian Ambassador Meets Rohan";
        var plain = TestSegmenter.Segment(text);
        var sentence = plain.Sentences[0] with { IsHeadline = true };
        var headline = new SegmentedDocument(plain.Document, [sentence], [.. plain.Tokens]);
        var mentions = new Recognizer(DictionaryFixtures.Fixtures).Recognize(headline);
        Assert.Equal(["Gondorian Ambassador", "Rohan"], mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void Bare_agent_has_a_sector_only_actor()
    {
        var mention = Assert.Single(DictionaryFixtures.Recognize(DictionaryFixtures.Fixtures, "The spokesman said so."));
        Assert.Equal(MentionKind.Agent, mention.Kind);
        Assert.Equal(new ActorCode("GOV", null, null, "GOV", null), mention.Actor);
    }

    [Fact]
    public void A_person_mention_names_the_person()
    {
        var mention = Assert.Single(DictionaryFixtures.Recognize(DictionaryFixtures.Fixtures, "Eomer spoke."));
        Assert.Equal(new ActorCode("ROHMIL", "ROH", null, "MIL", "Eomer Eomund"), mention.Actor);
    }

    [Theory]
    [InlineData("’s")]
    [InlineData("' - -- Gondor- -Rohan pro- anti-")]
    [InlineData("of the of the")]
    [InlineData("Gen. Gen. Gen.")]
    [InlineData("army chief of")]
    [InlineData("army chief of the")]
    [InlineData("Gondorian")]
    [InlineData("Gondor's")]
    [InlineData("Ambassador .")]
    [InlineData("Ambassador")]
    [InlineData("the militaries of both")]
    [InlineData("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-Gondor")]
    public void Odd_text_never_throws_and_mentions_stay_inside_the_text(string text)
    {
        var mentions = DictionaryFixtures.Recognize(DictionaryFixtures.Fixtures, text);
        Assert.All(mentions, m => Assert.True(m.Start >= 0 && m.Start < m.End && m.End <= text.Length));
    }

    [Fact]
    public void A_detached_possessive_token_joins_a_country_to_its_agent()
    {
        const string text = "Gondor 's army chief spoke";
        Token[] tokens = [new(0, 6, TokenKind.Word), new(7, 9, TokenKind.Word), new(10, 14, TokenKind.Word), new(15, 20, TokenKind.Word), new(21, 26, TokenKind.Word)];
        var document = new SegmentedDocument(new Document("d", new DateOnly(2020, 1, 1), null, null, null, text), [new Sentence(0, 0, text.Length, 0, tokens.Length)], tokens);
        var mention = Assert.Single(new Recognizer(DictionaryFixtures.Fixtures).Recognize(document));
        Assert.Equal("GONMIL", mention.Actor!.Code);
        Assert.Equal("Gondor 's army chief", text[mention.Start..mention.End]);
    }

    [Fact]
    public void Empty_document_gives_no_mentions()
    {
        Assert.Empty(DictionaryFixtures.Recognize(DictionaryFixtures.Fixtures, ""));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

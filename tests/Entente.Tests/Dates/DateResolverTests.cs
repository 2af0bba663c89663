using Entente.Dates;
using Entente.Model;

namespace Entente.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DateOnly Wednesday = new(2017, 1, 18);

    [Fact]
    public void Offsets_are_document_offsets_when_the_sentence_does_not_start_the_text()
    {
        const string prefix = "Headline about talks.\nFirst sentence ends here. ";
        var (document, sentence) = DateResolverGoldenTests.OneSentence("They met on Monday.", prefix);

        var found = Assert.Single(new DateResolver().Find(document, sentence, Wednesday));

        Assert.Equal("Monday", document.Text[found.Start..found.End]);
        Assert.Equal(prefix.Length + "They met on ".Length, found.Start);
    }

    [Fact]
    public void Text_outside_the_sentence_is_not_read()
    {
        const string text = "They met on Monday. Talks resume next week.";
        var document = new SegmentedDocument(new Document("d", null, null, null, null, text), [], []);
        var second = new Sentence(1, text.IndexOf("Talks", StringComparison.Ordinal), text.Length, 0, 0);

        var found = Assert.Single(new DateResolver().Find(document, second, Wednesday));

        Assert.Equal("next-week", found.Rule);
    }

    [Fact]
    public void Nearest_weekday_when_past_is_not_assumed()
    {
        var (document, sentence) = DateResolverGoldenTests.OneSentence("The vote is on Friday.");
        var resolver = new DateResolver(new DateResolverOptions { AssumePastForBareWeekday = false });

        var found = Assert.Single(resolver.Find(document, sentence, Wednesday));

        Assert.Equal(new DateOnly(2017, 1, 20), found.Date);
        Assert.Equal("weekday-nearest", found.Rule);
    }

    [Fact]
    public void Recent_and_few_follow_the_options()
    {
        var (document, sentence) = DateResolverGoldenTests.OneSentence("Fighting grew in recent days and over the past few weeks.");
        var resolver = new DateResolver(new DateResolverOptions { RecentDays = 2, FewCount = 5 });

        var found = resolver.Find(document, sentence, Wednesday);

        Assert.Equal([new DateOnly(2017, 1, 16), new DateOnly(2016, 12, 14)], found.Select(f => f.Date));
    }

    [Fact]
    public void Long_sentences_beyond_the_stack_buffer_still_resolve_to_the_end()
    {
        var filler = string.Concat(Enumerable.Repeat("the delegates talked at length about many things and ", 40));
        var (document, sentence) = DateResolverGoldenTests.OneSentence(filler + "they left on Monday.");

        var found = Assert.Single(new DateResolver().Find(document, sentence, Wednesday));

        Assert.Equal(new DateOnly(2017, 1, 16), found.Date);
    }

    [Fact]
    public void Empty_sentence_and_empty_text_give_no_expressions()
    {
        var (document, _) = DateResolverGoldenTests.OneSentence("");
        Assert.Empty(new DateResolver().Find(document, new Sentence(0, 0, 0, 0, 0), Wednesday));
        Assert.Empty(new DateResolver().Find("  ,, ;".AsSpan(), 0, Wednesday));
    }

    [Fact]
    public void Results_are_in_text_order_and_never_overlap()
    {
        const string text = "Since early March 2016, and again last week, on Monday and yesterday, two days ago, in the 1990s and since 2014.";
        var (document, sentence) = DateResolverGoldenTests.OneSentence(text);

        var found = new DateResolver().Find(document, sentence, Wednesday);

        Assert.Equal(7, found.Count);
        for (var i = 1; i < found.Count; i++)
        {
            Assert.True(found[i - 1].End <= found[i].Start, $"{found[i - 1]} overlaps {found[i]}");
        }
    }

    [Fact]
    public void Every_non_day_expression_has_a_range_end_not_before_its_date()
    {
        const string text = "Last week, this month, next year, late March, the 1990s, the past two years and three weeks ago.";
        var (document, sentence) = DateResolverGoldenTests.OneSentence(text);

        var found = new DateResolver().Find(document, sentence, Wednesday);

        Assert.Equal(7, found.Count);
        Assert.All(found, f => Assert.True(f.RangeEnd is { } end && end >= f.Date, f.ToString()));
    }

    [Fact]
    public void Without_a_publication_date_only_absolute_expressions_are_kept()
    {
        const string text = "On Monday, after talks on March 3, 2016, in 2014 and last year, the envoy recalled the 1990s.";
        var (document, sentence) = DateResolverGoldenTests.OneSentence(text);

        var found = new DateResolver().Find(document, sentence, (DateOnly?)null);

        Assert.Equal(["March 3, 2016", "2014", "1990s"], found.Select(f => text[f.Start..f.End]));
    }

    [Fact]
    public void Publication_dates_at_the_calendar_edge_do_not_throw()
    {
        var (document, sentence) = DateResolverGoldenTests.OneSentence("Three decades ago, last week and in the past 100 years.");
        Assert.Empty(new DateResolver().Find(document, sentence, DateOnly.MinValue));
        Assert.Empty(new DateResolver().Find(document, sentence, DateOnly.MaxValue));
        Assert.Equal(3, new DateResolver().Find(document, sentence, new DateOnly(150, 1, 1)).Count);
    }
}

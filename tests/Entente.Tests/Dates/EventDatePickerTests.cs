using Entente.Dates;
using Entente.Model;

namespace Entente.Tests.Dates;

public sealed class EventDatePickerTests
{
    private static readonly DateOnly Publication = new(2017, 1, 18);

    [Fact]
    public void Possessive_date_attached_to_the_trigger_noun_wins_over_a_nearer_one()
    {
        const string text = "Monday’s meeting, held last week according to some, was productive.";
        var picked = Pick(text, "meeting");
        Assert.NotNull(picked);
        Assert.Equal("weekday-past", picked.Rule);
        Assert.Equal(new DateOnly(2017, 1, 16), picked.Date);
    }

    [Fact]
    public void Date_directly_before_the_trigger_noun_is_attached()
    {
        const string text = "Delegates praised the March 3 talks, which ended on Monday.";
        var picked = Pick(text, "talks");
        Assert.NotNull(picked);
        Assert.Equal("month-day", picked.Rule);
    }

    [Fact]
    public void Nearest_date_in_the_clause_governs()
    {
        const string text = "Putin met Sharif on Monday and praised the talks of last December.";
        Assert.Equal("weekday-past", Pick(text, "met")?.Rule);
        Assert.Equal("month-last", Pick(text, "talks")?.Rule);
    }

    [Fact]
    public void Sentence_initial_date_before_a_comma_governs_the_main_clause()
    {
        const string text = "Just last December, Moscow hosted a meeting with Pakistan and China.";
        Assert.Equal("month-last", Pick(text, "hosted")?.Rule);
    }

    [Fact]
    public void Date_in_another_clause_does_not_govern()
    {
        Assert.Null(Pick("The army withdrew; talks had collapsed on Monday.", "withdrew"));
        Assert.Null(Pick("The army withdrew, which surprised observers on Monday.", "withdrew"));
        Assert.Equal("weekday-past", Pick("The army withdrew, which surprised observers on Monday.", "surprised")?.Rule);
    }

    [Fact]
    public void Relative_clause_on_persons_after_the_trigger_keeps_its_dates()
    {
        Assert.Null(Pick("Kenya sheltered the activists who fled on Monday.", "sheltered"));
        Assert.Null(Pick("Syria handed over two men suspected of a bombing last December.", "handed"));
        // A clause verb, not a reduced relative: the date is the act's.
        Assert.Equal("weekday-past", Pick("Police arrested two men and charged them on Monday.", "arrested")?.Rule);
        Assert.Equal("weekday-past", Pick("Two men were arrested and accused on Monday.", "arrested")?.Rule);
        // Before the trigger the relative may have closed already.
        Assert.Equal("weekday-past", Pick("On Monday the man who fled was detained.", "detained")?.Rule);
    }

    [Fact]
    public void No_dates_gives_null()
    {
        Assert.Null(Pick("The two leaders met in Moscow.", "met"));
    }

    [Fact]
    public void DateOf_falls_back_to_publication_then_unknown()
    {
        const string text = "The two leaders met in Moscow.";
        var (document, sentence) = DateResolverGoldenTests.OneSentence(text);
        var picker = new EventDatePicker();
        var start = text.IndexOf("met", StringComparison.Ordinal);

        var withPublication = picker.DateOf(text, sentence, [], start, start + 3, Publication);
        Assert.Equal(new EventDate(Publication, DateBasis.Publication, null), withPublication);

        var unknown = picker.DateOf(text, sentence, [], start, start + 3, null);
        Assert.Equal(new EventDate(null, DateBasis.Unknown, null), unknown);

        const string dated = "The two leaders met in Moscow on Monday.";
        (document, sentence) = DateResolverGoldenTests.OneSentence(dated);
        var dates = new DateResolver().Find(document, sentence, Publication);
        var fromText = picker.DateOf(dated, sentence, dates, start, start + 3, Publication);
        Assert.Equal(DateBasis.Text, fromText.Basis);
        Assert.Equal(new DateOnly(2017, 1, 16), fromText.Date);
        Assert.Same(dates[0], fromText.Expression);
    }

    private static DateExpression? Pick(string text, string trigger)
    {
        var (document, sentence) = DateResolverGoldenTests.OneSentence(text);
        var dates = new DateResolver().Find(document, sentence, Publication);
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        return new EventDatePicker().Pick(text, sentence, dates, start, start + trigger.Length);
    }
}

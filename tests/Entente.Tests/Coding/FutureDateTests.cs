using Entente.Model;

namespace Entente.Tests.Coding;

/// <summary>A planned event's date without a direction of its own ("in May", "on Monday") is its next occurrence, while a
/// past event's is its last one; the publication date is Friday 2025-03-14 throughout.</summary>
[Collection("engine")]
public sealed class FutureDateTests(EngineFixture fixture)
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    private CodedEvent Only(string text)
    {
        var coded = fixture.Engine.Code(new Document("d", Published, null, null, null, text));
        return Assert.Single(coded.Events, e => e.Source.Key == "IRN");
    }

    [Theory]
    [InlineData("Iran will meet Iraq in May.", "2025-05-01", Modality.Future)]       // May is still to come this year
    [InlineData("Iran will meet Iraq in January.", "2026-01-01", Modality.Future)]   // January has passed: next year's
    [InlineData("Iran will meet Iraq on Monday.", "2025-03-17", Modality.Future)]    // the coming Monday
    [InlineData("Iran met Iraq in May.", "2024-05-01", Modality.Asserted)]           // a past meeting: last May
    [InlineData("Iran met Iraq on Monday.", "2025-03-10", Modality.Asserted)]        // a past meeting: last Monday
    public void Dates_planned_events_forward_and_past_events_back(string text, string expected, Modality modality)
    {
        var e = Only(text);
        Assert.Equal(modality, e.Modality);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.Date);
        Assert.Equal(DateBasis.Text, e.DateBasis);
    }

    [Theory]
    [InlineData("Iran plans to send aid to Iraq in May.", "2025-03-14", DateBasis.Publication)]        // the plan is told now; May is the aid's
    [InlineData("Iran pledged to deliver the aid to Iraq in May.", "2025-03-14", DateBasis.Publication)] // as is a pledge
    [InlineData("Iran pledged in February to deliver aid to Iraq.", "2025-02-01", DateBasis.Text)]      // the pledge's own month
    public void Dates_an_intent_told_as_done_when_it_was_told(string text, string expected, DateBasis basis)
    {
        var e = Only(text);
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.StartsWith("03", e.Cameo, StringComparison.Ordinal);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.Date);
        Assert.Equal(basis, e.DateBasis);
    }

    [Theory]
    [InlineData("Iran invited Iraq's president to visit Tehran next year.", "2025-03-14", DateBasis.Publication)] // the visit's year, not the invitation's
    [InlineData("Iran called on Iraq to provide answers next week.", "2025-03-14", DateBasis.Publication)]       // the answers are to come; the appeal is now
    [InlineData("Iran met Iraq last week.", "2025-03-03", DateBasis.Text)]                                       // a past date stays the act's
    public void Dates_a_done_act_no_later_than_the_story(string text, string expected, DateBasis basis)
    {
        var e = Only(text);
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.Date);
        Assert.Equal(basis, e.DateBasis);
    }
}

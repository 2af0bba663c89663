using Entente.Model;
using Entente.Tests.Coding;

namespace Entente.Tests.Pipeline;

/// <summary>A headline's event that the body tells again is one happening: only the body's copy is kept.</summary>
[Collection("engine")]
public sealed class HeadlineRestatementsTests(EngineFixture fixture)
{
    private CodedDocument Code(string text) =>
        fixture.Engine.Code(new Document("headline-test", new DateOnly(2025, 10, 19), null, null, null, text));

    [Fact]
    public void A_headline_restated_by_the_lead_gives_the_leads_events_only()
    {
        var coded = Code("Pakistan, Afghanistan agree to immediate ceasefire\n\nPakistan and Afghanistan agreed to an immediate ceasefire on Sunday after talks in Doha.");
        Assert.True(coded.Segmented.Sentences[0].IsHeadline);
        var ceasefire = coded.Events.Where(e => e.CameoRoot == "08").ToList();
        Assert.Equal(2, ceasefire.Count);
        Assert.All(ceasefire, e => Assert.Equal(1, e.Sentence));
        Assert.Contains(ceasefire, e => e.Source.Key == "PAK" && e.Target?.Key == "AFG");
        Assert.Contains(ceasefire, e => e.Source.Key == "AFG" && e.Target?.Key == "PAK");
    }

    [Fact]
    public void A_headline_event_the_body_does_not_repeat_stays()
    {
        var coded = Code("Pakistan, Afghanistan agree to immediate ceasefire\n\nThe agreement was announced by Qatar's foreign ministry on Sunday.");
        Assert.Contains(coded.Events, e => e.Sentence == 0 && e.Source.Key == "PAK" && e.Target?.Key == "AFG" && e.CameoRoot == "08");
    }
}

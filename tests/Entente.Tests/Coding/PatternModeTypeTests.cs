using Entente.Model;

namespace Entente.Tests.Coding;

/// <summary>A pattern's PLOVER mode that only another type has names that type for the act the pattern codes
/// (a resignation is CAMEO 0831, CONCEDE by code, but PLOVER RETREAT 'resign'); an announced act keeps its code's type.</summary>
[Collection("engine")]
public sealed class PatternModeTypeTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("Sri Lanka's president resigned on Thursday.", "0831", "RETREAT", "resign")]
    [InlineData("Pakistan's army chief stepped down on Monday.", "0831", "RETREAT", "resign")]
    [InlineData("Pakistan's army chief will resign next month.", "0341", "AGREE", null)]
    [InlineData("Washington sent an envoy to Caracas on Monday.", "036", "CONSULT", "visit")]
    public void Plover_type_follows_the_patterns_mode(string text, string cameo, string type, string? mode)
    {
        var coded = fixture.Engine.Code(new Document("t", new DateOnly(2025, 1, 1), null, null, null, text));
        var ev = Assert.Single(coded.Events);
        Assert.Equal(cameo, ev.Cameo);
        Assert.Equal(type, ev.Plover?.Type);
        if (mode is not null) Assert.Equal(mode, ev.Plover?.Mode);
    }
}

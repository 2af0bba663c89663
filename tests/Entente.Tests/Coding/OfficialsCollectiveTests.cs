using Entente.Coding;
using Entente.Model;

namespace Entente.Tests.Coding;

/// <summary>Which collectives name officials, and which actors they may refer back to.</summary>
public sealed class OfficialsCollectiveTests
{
    [Theory]
    [InlineData("the two ministers", true)]
    [InlineData("both leaders", true)]
    [InlineData("the two foreign secretaries", true)]
    [InlineData("the two countries", false)]
    [InlineData("both sides", false)]
    [InlineData("the two countries' foreign ministers", false)]
    [InlineData("both nations\u2019 leaders", false)]
    [InlineData("both leaders' aides", true)]
    public void Tells_officials_from_other_collectives(string phrase, bool officials) =>
        Assert.Equal(officials, OfficialsCollective.IsOfficials(phrase));

    [Fact]
    public void An_armed_group_is_no_official_and_a_minister_is()
    {
        var pkk = new ActorCode("PKKREB", null, "PKK", "REB", null);
        var minister = new ActorCode("TURGOV", "TUR", null, "GOV", "Hakan Fidan");
        Assert.True(ActorContext.IsArmedGroup(pkk));
        Assert.False(ActorContext.IsOfficial(pkk));
        Assert.True(ActorContext.IsOfficial(minister));
        Assert.False(ActorContext.IsArmedGroup(minister));
    }
}

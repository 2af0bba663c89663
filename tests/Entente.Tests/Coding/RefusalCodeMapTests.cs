using Entente.Coding;

namespace Entente.Tests.Coding;

public sealed class RefusalCodeMapTests
{
    // The codebook's root-12 rows name the act refused: military aid 072 -> 1222, release 0841 -> 1243, a meeting or an
    // intended one -> 125, an agreement -> 127, material cooperation 06x -> 121x, a retreat -> 1246, withheld backing 05x -> 120;
    // acts with no refusal of their own (threats, attacks, other verbal acts) map to nothing and stay negated.
    [Theory]
    [InlineData("072", "1222")]
    [InlineData("073", "1223")]
    [InlineData("070", "122")]
    [InlineData("0841", "1243")]
    [InlineData("085", "1244")]
    [InlineData("0874", "1246")]
    [InlineData("042", "125")]
    [InlineData("036", "125")]
    [InlineData("057", "127")]
    [InlineData("062", "1212")]
    [InlineData("0332", "1222")]
    [InlineData("0832", "1232")]
    [InlineData("190", null)]
    [InlineData("138", null)]
    [InlineData("051", "120")]
    [InlineData("020", null)]
    public void Maps_cooperative_acts_to_their_refusal(string code, string? refusal) =>
        Assert.Equal(refusal, new RefusalCodeMap().RefusalFor(code));
}

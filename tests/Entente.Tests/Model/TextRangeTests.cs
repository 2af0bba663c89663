using Entente.Model;

namespace Entente.Tests.Model;

public sealed class TextRangeTests
{
    [Theory]
    [InlineData(0, 5, 4, 8, true)]
    [InlineData(0, 5, 5, 8, false)]
    [InlineData(3, 4, 0, 3, false)]
    public void Overlaps_is_half_open(int a, int b, int c, int d, bool expected) =>
        Assert.Equal(expected, new TextRange(a, b).Overlaps(new TextRange(c, d)));
}

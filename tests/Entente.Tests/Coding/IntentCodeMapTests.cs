using Entente.Coding;

namespace Entente.Tests.Coding;

public sealed class IntentCodeMapTests
{
    // Conventions of the gold sets: a future visit or meeting is 036, future military cooperation 0312,
    // expected sanctions 1312, a future attack a threat of force; verbal acts keep their code.
    [Theory]
    [InlineData("042", "036")]
    [InlineData("040", "036")]
    [InlineData("043", "036")]
    [InlineData("062", "0312")]
    [InlineData("061", "0311")]
    [InlineData("163", "1312")]
    [InlineData("195", "1383")]
    [InlineData("141", "133")]
    [InlineData("111", "111")]
    [InlineData("020", "020")]
    public void Maps_realised_acts_to_intent_codes(string code, string intent) =>
        Assert.Equal(intent, new IntentCodeMap().IntentFor(code));
}

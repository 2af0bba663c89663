using Entente.Coding;

namespace Entente.Tests.Coding;

public sealed class IntentCodeMapTests
{
    // Conventions of the gold sets: a future visit or meeting is 036, future military cooperation 0312,
    // expected sanctions 1312, a future attack a threat of force; verbal acts keep their code. The yield and
    // reduce-relations rows follow the codebook: accede to reform 083 -> 034, release 084 -> 0353, retreat 0874 -> 0356,
    // stop aid 162 -> 1311, halt talks 164 -> 134; a conventional attack is threatened as 1384, a bombing as 1383.
    [Theory]
    [InlineData("042", "036")]
    [InlineData("040", "036")]
    [InlineData("043", "036")]
    [InlineData("062", "0312")]
    [InlineData("061", "0311")]
    [InlineData("163", "1312")]
    [InlineData("195", "1384")]
    [InlineData("190", "138")]
    [InlineData("1831", "1383")]
    [InlineData("2041", "1385")]
    [InlineData("083", "034")]
    [InlineData("0832", "0342")]
    [InlineData("0841", "0353")]
    [InlineData("0862", "0355")]
    [InlineData("0874", "0356")]
    [InlineData("162", "1311")]
    [InlineData("164", "134")]
    [InlineData("1724", "1324")]
    [InlineData("173", "137")]
    [InlineData("141", "133")]
    [InlineData("111", "111")]
    [InlineData("020", "020")]
    public void Maps_realised_acts_to_intent_codes(string code, string intent) =>
        Assert.Equal(intent, new IntentCodeMap().IntentFor(code));
}

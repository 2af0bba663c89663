using Xunit.Abstractions;

namespace Entente.Tests.Dictionaries;

/// <summary>Kinds of real-world actors the shipped dictionaries and the recognizer must cover; the cases are in Cases/real-actor-cases.tsv.</summary>
public sealed class RealActorCoverageTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string, string> Cases() => DictionaryFixtures.MentionCases("real-actor-cases.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Real_actor_case(string text, string date, string expected, string why) =>
        DictionaryFixtures.AssertMentions(DictionaryFixtures.Real, text, date, expected, why, output);
}

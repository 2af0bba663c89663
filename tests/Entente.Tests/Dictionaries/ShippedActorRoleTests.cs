using Xunit.Abstractions;

namespace Entente.Tests.Dictionaries;

/// <summary>Dated roles of real 2010-2026 actors in the full shipped dictionaries (people.txt included, unlike
/// <see cref="DictionaryFixtures.Real"/>); the cases are in Cases/actors1-dated-roles.tsv.</summary>
public sealed class ShippedActorRoleTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string, string> Cases() => DictionaryFixtures.MentionCases("actors1-dated-roles.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Shipped_actor_has_the_role_in_force_on_the_date(string text, string date, string expected, string why) =>
        DictionaryFixtures.AssertMentions(DictionaryFixtures.Shipped, text, date, expected, why, output);
}

using Entente.Coding;

namespace Entente.Tests.Coding;

public sealed class InflectorTests
{
    [Theory]
    [InlineData("visit", "visits,visited,visiting")]
    [InlineData("host", "hosts,hosted,hosting")]
    [InlineData("urge", "urges,urged,urging")]
    [InlineData("agree", "agrees,agreed,agreeing")]
    [InlineData("deny", "denies,denied,denying")]
    [InlineData("plan", "plans,planned,planning")]
    [InlineData("criticise", "criticises,criticised,criticising")]
    [InlineData("accuse", "accuses,accused,accusing")]
    [InlineData("reach", "reaches,reached,reaching")]
    [InlineData("equip", "equips,equipped,equipping")]
    [InlineData("acquit", "acquits,acquitted,acquitting")]
    public void Regular_verbs(string lemma, string expected)
    {
        var forms = Inflector.VerbForms(lemma, []);
        foreach (var f in expected.Split(',')) Assert.Contains(f, forms);
    }

    [Fact]
    public void Irregular_forms_are_added() =>
        Assert.Contains("met", Inflector.VerbForms("meet", ["met"]));

    [Fact]
    public void Noun_forms_are_singular_and_plural() =>
        Assert.Equal(["drill", "drills"], Inflector.NounForms("drill", []));
}

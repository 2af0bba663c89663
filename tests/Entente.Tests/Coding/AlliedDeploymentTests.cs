using Entente.Coding;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Tests.Coding;

/// <summary>With <see cref="CoderOptions.AlliedDeployments"/> on (the default), forces planned for an ally's territory are a commitment of
/// military protection (0334), and everything else about deployments is as with the option off.</summary>
public sealed class AlliedDeploymentTests
{
    private static readonly Engine Allied = Engine.Create(new EngineOptions { Coder = new CoderOptions { AlliedDeployments = true } });

    [Theory]
    // NATO ally, planned: 0334 future rather than the threat 138.
    [InlineData("Germany will send troops to Lithuania.", "DEU", "LTU", "0334", Modality.Future)]
    [InlineData("The United States will deploy 3,000 troops to Poland.", "USA", "POL", "0334", Modality.Future)]
    // CSTO allies.
    [InlineData("Russia will send troops to Kazakhstan.", "RUS", "KAZ", "0334", Modality.Future)]
    // Not allies: a planned deployment to an adversary's border stays a threat.
    [InlineData("Russia will send troops to the border with Ukraine.", "RUS", "UKR", "138", Modality.Future)]
    // Allies, but the threat is spelled out.
    [InlineData("Turkey threatened to send troops to Greece.", "TUR", "GRC", "138", Modality.Asserted)]
    // Done: a deployment stays 154 (dev-README).
    [InlineData("Germany sent troops to Lithuania.", "DEU", "LTU", "154", Modality.Asserted)]
    public void Codes_the_deployment(string text, string source, string target, string cameo, Modality modality)
    {
        var coded = Allied.Code(new Document("t", new DateOnly(2024, 6, 1), null, null, null, text));
        var e = Assert.Single(coded.Events);
        Assert.Equal((source, target, cameo, modality), (e.Source.Country, e.Target?.Country, e.Cameo, e.Modality));
    }

    [Fact]
    public void Off_gives_every_planned_deployment_the_threat_code()
    {
        var plain = Engine.Create(new EngineOptions { Coder = new CoderOptions { AlliedDeployments = false } });
        var coded = plain.Code(new Document("t", new DateOnly(2024, 6, 1), null, null, null, "Germany will send troops to Lithuania."));
        Assert.Equal("138", Assert.Single(coded.Events).Cameo);
    }

    [Fact]
    public void Sweden_was_no_ally_before_it_joined()
    {
        // Sweden joined NATO on 7 March 2024: a year earlier a planned deployment to it was no allied one.
        var coded = Allied.Code(new Document("t", new DateOnly(2023, 3, 1), null, null, null, "Poland will send troops to Sweden."));
        var e = Assert.Single(coded.Events);
        Assert.Equal(("SWE", "138"), (e.Target?.Country, e.Cameo));
    }
}

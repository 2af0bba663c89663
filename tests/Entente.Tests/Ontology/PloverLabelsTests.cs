using Entente.Ontology;

namespace Entente.Tests.Ontology;

public sealed class PloverLabelsTests
{
    [Theory]
    [InlineData("DEMAND", "REQUEST")]
    [InlineData("DISAPPROVE", "ACCUSE")]
    [InlineData("INVESTIGATE", "ACCUSE")]
    [InlineData("FIGHT", "ASSAULT")]
    [InlineData("ASSAULT", "ASSAULT")]
    [InlineData("CONSULT", "CONSULT")]
    [InlineData(" fight ", "ASSAULT")]
    [InlineData("Retreat", "RETREAT")]
    public void Older_and_current_labels_normalize_to_current_types(string label, string expected) =>
        Assert.Equal(expected, PloverLabels.NormalizePloverType(label));

    [Fact]
    public void Every_plover_05_label_is_a_current_type_after_normalizing()
    {
        // The 18 types of the 2016 PLOVER gold records.
        string[] old =
        [
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
            "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
        ];
        foreach (var label in old)
        {
            Assert.True(PloverLabels.TryNormalizePloverType(label, out var type), label);
            Assert.True(PloverLabels.IsType(type), label);
        }
    }

    [Fact]
    public void Unknown_label_comes_back_upper_cased_and_flagged()
    {
        Assert.False(PloverLabels.TryNormalizePloverType("crime ", out var type));
        Assert.Equal("CRIME", type);
        Assert.Equal("CRIME", PloverLabels.NormalizePloverType("crime"));
    }

    [Fact]
    public void There_are_16_current_types_with_their_modes()
    {
        Assert.Equal(16, PloverLabels.Types.Count);
        Assert.Contains("visit", PloverLabels.ModesOf("CONSULT"));
        Assert.True(PloverLabels.IsMode("SANCTION", "discontinue"));
        Assert.False(PloverLabels.IsMode("CONSULT", "riot"));
        Assert.Empty(PloverLabels.ModesOf("AGREE"));
        Assert.Empty(PloverLabels.ModesOf("FIGHT"));
    }

    [Theory]
    [InlineData("political", "political_institutions")]
    [InlineData("rights", "rights_freedoms")]
    [InlineData("humanitarian", "human_security")]
    [InlineData("energy", "natural_resource")]
    [InlineData("military", "military")]
    public void Domains_map_to_plover_contexts(string domain, string context) =>
        Assert.Equal(context, EventDomains.ToPloverContext(domain));

    [Fact]
    public void Security_is_a_domain_without_a_plover_context()
    {
        Assert.True(EventDomains.IsKnown("security"));
        Assert.Null(EventDomains.ToPloverContext("security"));
        Assert.False(EventDomains.IsKnown("sports"));
    }

    [Theory]
    [InlineData("resign", "RETREAT")]
    [InlineData("visit", "CONSULT")]
    [InlineData("withdraw", null)]
    [InlineData("arrest", null)]
    [InlineData("no-such-mode", null)]
    public void Only_type_with_a_mode_is_found_when_unique(string mode, string? expected) =>
        Assert.Equal(expected, PloverLabels.OnlyTypeWith(mode));
}

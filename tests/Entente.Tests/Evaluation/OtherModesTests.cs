using Entente.Evaluation;
using Entente.Model;
using static Entente.Tests.Evaluation.PredictionFile;

namespace Entente.Tests.Evaluation;

/// <summary>PLOVER and CAMEO-manual (root-only) scoring.</summary>
public sealed class OtherModesTests
{
    private static GoldRecord Plover(string sources, string targets, string type) =>
        GoldSetReader.ParseLine($$$"""{"set": "plover_gsr_cameo", "id": "PL", "date": "2000-01-01", "text": "t", "category": "{{{type}}}", "events": [{"source": [{{{sources}}}], "target": [{{{targets}}}], "cameo": null, "plover": "{{{type}}}"}], "no_event": false, "error": null, "config": {}}""");

    private static PredictedEvent WithType(PredictedEvent p, string? type) => p with { PloverType = type };

    [Fact]
    public void Plover_mode_compares_iso3_keys_and_normalised_types()
    {
        var record = Plover("""{"code": "SRB", "sector": "MIL"}""", """{"code": "ALB", "sector": "CVLalb"}""", "FIGHT");
        // why: a PLOVER label table (written elsewhere) maps the set's older labels; here FIGHT -> ASSAULT
        var options = new EvaluationOptions { Mode = ScoringMode.Plover, PloverNormaliser = l => l == "FIGHT" ? "ASSAULT" : l };
        var scorer = new Scorer(options);

        var right = scorer.Score(record, [WithType(new PredictedEvent("SRB", "SRBMIL", "MIL", "ALB", "ALBCVL", "CVL", "193", Modality.Asserted), "ASSAULT")]);
        Assert.Equal(MatchLevel.Code, Assert.Single(right.Pairs).Level);

        var wrongType = scorer.Score(record, [WithType(P("SRB", "ALB", "193"), "FIGHT")]);
        Assert.Equal(MatchLevel.Dyad, Assert.Single(wrongType.Pairs).Level);

        var untyped = scorer.Score(record, [P("SRB", "ALB", "193")]);
        Assert.Equal(MatchLevel.Dyad, Assert.Single(untyped.Pairs).Level);

        var report = scorer.Summarise([right]);
        Assert.Equal(new RatioScore(1, 1), report.Sector);
        Assert.Equal("ASSAULT", Assert.Single(report.Classes).Class);
        Assert.Contains("  type ", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plover_generic_organisation_codes_accept_any_organisation_key()
    {
        var record = Plover("""{"code": "IGO", "sector": null}""", """{"code": "JAP", "sector": null}""", "AGREE");
        var scorer = new Scorer(new EvaluationOptions { Mode = ScoringMode.Plover });
        Assert.Single(scorer.Score(record, [WithType(P("UN", "JPN", "057"), "AGREE")]).Pairs);
        Assert.Single(scorer.Score(record, [WithType(P("IMF", "JPN", "057"), "AGREE")]).Pairs);
        // why: a state is not an IGO
        Assert.Empty(scorer.Score(record, [WithType(P("USA", "JPN", "057"), "AGREE")]).Pairs);
    }

    [Fact]
    public void Plover_empty_target_accepts_no_target_or_the_other_compound_source()
    {
        var record = Plover("""{"code": "HUN", "sector": "GOV"}, {"code": "ROU", "sector": "GOV"}""", "", "AGREE");
        var scorer = new Scorer(new EvaluationOptions { Mode = ScoringMode.Plover });
        Assert.Single(scorer.Score(record, [WithType(P("HUN", "ROU", "057"), "AGREE")]).Pairs);
        Assert.Single(scorer.Score(record, [WithType(P("ROU", null, "057"), "AGREE")]).Pairs);
        Assert.Empty(scorer.Score(record, [WithType(P("HUN", "SRB", "057"), "AGREE")]).Pairs);
    }

    [Fact]
    public void Plover_counts_the_dyads_of_one_trigger_as_one_event_and_plover_dyads_counts_each()
    {
        var record = Plover("""{"code": "HUN", "sector": "GOV"}, {"code": "ROU", "sector": "GOV"}""", "", "AGREE");
        static PredictedEvent At(string source, string? target, int trigger, string type = "AGREE") =>
            WithType(P(source, target, "057"), type) with { Sentence = 0, TriggerStart = trigger };

        // why: "Hungarian and Romanian officials agreed" is one PLOVER event with two sources; the coder writes both directions
        PredictedEvent[] both = [At("HUN", "ROU", 40), At("ROU", "HUN", 40)];
        var events = new Scorer(new EvaluationOptions { Mode = ScoringMode.Plover }).Score(record, both);
        Assert.Single(events.Pairs);
        Assert.Empty(events.Extras);
        Assert.Single(events.Folded);
        Assert.Single(events.Predicted);
        Assert.True(events.IsPerfect);

        // why: per dyad, the second direction is an event of its own that no gold event matches
        var dyads = new Scorer(new EvaluationOptions { Mode = ScoringMode.PloverDyads }).Score(record, both);
        Assert.Single(dyads.Pairs);
        Assert.Single(dyads.Extras);
        Assert.Equal(2, dyads.Predicted.Count);

        // why: another trigger, or another type from the same trigger, is another event and stays an extra
        var other = new Scorer(new EvaluationOptions { Mode = ScoringMode.Plover })
            .Score(record, [At("HUN", "ROU", 40), At("ROU", "HUN", 90), At("ROU", "HUN", 40, "CONSULT")]);
        Assert.Equal(2, other.Extras.Count);
        Assert.Empty(other.Folded);

        // why: unmatched dyads of one trigger are still one (wrong) event, not several
        var wrong = new Scorer(new EvaluationOptions { Mode = ScoringMode.Plover }).Score(record, [At("SRB", "BIH", 7), At("BIH", "SRB", 7)]);
        Assert.Single(wrong.Extras);
        Assert.Single(wrong.Folded);
    }

    [Fact]
    public void Root_only_mode_ignores_actors()
    {
        var record = GoldSetReader.ParseLine("""{"set": "cameo_manual_examples", "id": "CAMEO-0231", "date": null, "text": "t", "category": "02", "events": [{"source": null, "target": null, "cameo": "0231"}], "no_event": false, "error": null, "config": {}}""");
        var scorer = new Scorer(EvaluationOptions.For(GoldFormat.CameoManual));
        Assert.Equal(ScoringMode.RootOnly, scorer.Options.Mode);
        Assert.Equal(MatchLevel.Code, Assert.Single(scorer.Score(record, [P("XXX", "YYY", "023")]).Pairs).Level);
        Assert.Equal(MatchLevel.Root, Assert.Single(scorer.Score(record, [P("XXX", null, "020")]).Pairs).Level);
        Assert.Equal(MatchLevel.Dyad, Assert.Single(scorer.Score(record, [P("XXX", null, "111")]).Pairs).Level);

        // why: the gold root counts as found when it is among the predicted roots, whatever comes first
        var report = scorer.Summarise([scorer.Score(record, [P("A", null, "111"), P("B", null, "0234")])]);
        Assert.Equal(new LevelScore(MatchLevel.Root, 1, 2, 1), report.Level(MatchLevel.Root));
        Assert.Equal(new LevelScore(MatchLevel.Code, 1, 2, 1), report.Level(MatchLevel.Code));
    }

    [Fact]
    public void Coded_events_convert_to_predictions()
    {
        var coded = new CodedEvent
        {
            Id = "d:2:0",
            DocId = "d",
            Sentence = 2,
            Source = new ActorRef("PAKMIL", "PAK", null, "MIL", null, "Pakistan's army", 0, 15),
            Target = new ActorRef("NATO", null, "NATO", null, null, "NATO", 20, 24),
            Cameo = "042",
            Modality = Modality.Future,
            Plover = new PloverCoding("CONSULT", "visit", []),
            Trigger = new TriggerRef("will visit", 16, 26),
            Rule = "r1",
        };
        var p = PredictedEvent.FromCoded(coded);
        Assert.Equal(new PredictedEvent("PAK", "PAKMIL", "MIL", "NATO", "NATO", null, "042", Modality.Future, "CONSULT") { Sentence = 2, Id = "d:2:0", TriggerStart = 16 }, p);
        Assert.Equal("PAK(PAKMIL)>NATO 042 CONSULT future [MIL/-] @s2", p.ToString());
    }
}

using Entente.Evaluation;

namespace Entente.Tests.Evaluation;

/// <summary>PETRARCH strict vs relaxed scoring, discards, categories and config options on Golden/petrarch-small.jsonl.</summary>
public sealed class PetrarchScoringTests
{
    private static EvaluationReport Run(ScoringMode mode)
    {
        var gold = GoldSetReader.ReadFile(PredictionFile.Golden("petrarch-small.jsonl"));
        var predictions = PredictionFile.Read(PredictionFile.Golden("petrarch-small.predictions.jsonl"));
        return Scorer.Evaluate(gold, r => predictions[r.Id], new EvaluationOptions { Mode = mode });
    }

    [Fact]
    public void Strict_compares_full_actor_codes_and_full_cameo_codes()
    {
        // Hand count: gold 4 (P-1 1, P-2 1, P-4 2), predicted 5 (P-1 1, P-2 1, P-4 2, P-5 1).
        // P-1 VALMIL vs VALGOV: no pair. P-2 023 vs 0234: L2. P-4 KESGOV: L1; KES vs KESMIL: no pair.
        var report = Run(ScoringMode.PetrarchStrict);
        Assert.Equal(new LevelScore(MatchLevel.Code, 1, 5, 4), report.Level(MatchLevel.Code));
        Assert.Equal(new LevelScore(MatchLevel.Root, 2, 5, 4), report.Level(MatchLevel.Root));
        Assert.Equal(new LevelScore(MatchLevel.Dyad, 2, 5, 4), report.Level(MatchLevel.Dyad));
    }

    [Fact]
    public void Relaxed_compares_three_letters_of_actors_and_three_digits_of_codes()
    {
        // Hand count: every gold event pairs at L1 (VAL=VAL, 172~1721, 023~0234, KES=KESMIL[..3]); P-5 stays extra.
        var report = Run(ScoringMode.PetrarchRelaxed);
        Assert.Equal(new LevelScore(MatchLevel.Code, 4, 5, 4), report.Level(MatchLevel.Code));
        Assert.Equal(0.8, report.Level(MatchLevel.Code).Precision, 12);
        Assert.Equal(1.0, report.Level(MatchLevel.Code).Recall, 12);
    }

    [Fact]
    public void Discard_and_no_event_records_are_counted()
    {
        var report = Run(ScoringMode.PetrarchStrict);
        Assert.Equal(new RatioScore(1, 1), report.Discard);
        Assert.Equal(new RatioScore(1, 2), report.NoEvent);
        Assert.Equal(["petr2_unittest"], report.Sets);
    }

    [Fact]
    public void A_discard_record_with_a_prediction_is_wrong()
    {
        var gold = GoldSetReader.ReadFile(PredictionFile.Golden("petrarch-small.jsonl"));
        var report = Scorer.Evaluate(gold, r => [PredictionFile.P("VAL", "KES", "010")], new EvaluationOptions { Mode = ScoringMode.PetrarchStrict });
        Assert.Equal(new RatioScore(0, 1), report.Discard);
        Assert.Contains(report.Errors, e => e.Id == "P-3" && e.Error == "sentencediscard");
        Assert.Contains("(must discard: sentencediscard)", report.ErrorsText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Per_category_breakdown_follows_the_category_field()
    {
        var report = Run(ScoringMode.PetrarchStrict);
        Assert.Equal(["ACTOR", "COMPOUND", "DEMO", "ERROR", "VERB"], report.Categories.Select(c => c.Category));
        Assert.Equal(new CategoryScore("ACTOR", 1, 1, 1, 0, 0, 0, new RatioScore(0, 0)), report.Categories[0]);
        Assert.Equal(new CategoryScore("COMPOUND", 1, 2, 2, 1, 1, 1, new RatioScore(0, 0)), report.Categories[1]);
        Assert.Equal(new CategoryScore("DEMO", 1, 0, 1, 0, 0, 0, new RatioScore(0, 1)), report.Categories[2]);
        Assert.Equal(new CategoryScore("ERROR", 1, 0, 0, 0, 0, 0, new RatioScore(1, 1)), report.Categories[3]);
        Assert.Equal(new CategoryScore("VERB", 1, 1, 1, 0, 1, 1, new RatioScore(0, 0)), report.Categories[4]);
        Assert.Equal(0.5, report.Categories[1].CodeF1, 12);
        Assert.Contains("  COMPOUND        1     2     2    0.500    0.500    0.500         -\n", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Config_options_reach_the_coder_through_the_record()
    {
        var seen = new Dictionary<string, bool>();
        var gold = GoldSetReader.ReadFile(PredictionFile.Golden("petrarch-small.jsonl"));
        Scorer.Evaluate(gold, r => { seen[r.Id] = r.ConfigFlag("require_dyad", fallback: true); return []; }, new EvaluationOptions());
        Assert.True(seen["P-1"]);   // "TRUE"
        Assert.False(seen["P-2"]);  // "false"
        Assert.True(seen["P-3"]);   // absent: the fallback
        Assert.Equal("True", gold[0].Config["stop_on_error"]);
    }

    [Fact]
    public void Petrarch_dates_are_compact()
    {
        var gold = GoldSetReader.ReadFile(PredictionFile.Golden("petrarch-small.jsonl"));
        Assert.Equal(new DateOnly(2003, 4, 15), gold[0].Date);
        Assert.All(gold, r => Assert.Equal(GoldFormat.Petrarch, r.Format));
        Assert.Equal(ScoringMode.PetrarchStrict, EvaluationOptions.For(GoldFormat.Petrarch).Mode);
    }

    [Fact]
    public void Relaxed_accepts_an_organisation_key_for_cameo_international_codes()
    {
        var record = GoldSetReader.ParseLine("""{"set": "petr2_gsr_validation", "id": "G-1", "date": "20140916", "text": "t", "category": "GOLD", "events": [{"source": "UKR", "target": "IGOEUREEC", "cameo": "057"}], "no_event": false, "error": null, "config": {}}""");
        var relaxed = new Scorer(new EvaluationOptions { Mode = ScoringMode.PetrarchRelaxed });
        Assert.Equal(MatchLevel.Code, Assert.Single(relaxed.Score(record, [PredictionFile.P("UKR", "EU", "057")]).Pairs).Level);
        // why: a state is not an IGO, and strict scoring still wants the code as PETRARCH writes it
        Assert.Empty(relaxed.Score(record, [PredictionFile.P("UKR", "RUS", "057")]).Pairs);
        var strict = new Scorer(new EvaluationOptions { Mode = ScoringMode.PetrarchStrict });
        Assert.Empty(strict.Score(record, [PredictionFile.P("UKR", "EU", "057")]).Pairs);
    }
}

using Entente.Evaluation;

namespace Entente.Tests.Evaluation;

/// <summary>The report's JSON form (for `--json`): snake_case names, enum strings, lossless round trip.</summary>
public sealed class ReportJsonTests
{
    private static EvaluationReport HandCount()
    {
        var gold = GoldSetReader.ReadFile(PredictionFile.Golden("handcount.jsonl"));
        var predictions = PredictionFile.Read(PredictionFile.Golden("handcount.predictions.jsonl"));
        return Scorer.Evaluate(gold, r => r.Id == "HC-3" ? throw new FormatException("boom") : predictions[r.Id], new EvaluationOptions());
    }

    [Fact]
    public void Json_round_trip_keeps_every_figure()
    {
        var report = HandCount();
        var json = report.ToJson();
        var back = EvaluationReport.FromJson(json);

        Assert.Equal(json, back.ToJson());
        Assert.Equal(report.ToText(), back.ToText());
        Assert.Equal(report.ErrorsText(), back.ErrorsText());
        Assert.Equal(report.Levels, back.Levels);
        Assert.Equal(report.Classes, back.Classes);
        Assert.Equal(report.NoEvent, back.NoEvent);
        Assert.Equal(report.Crashed, back.Crashed);
    }

    [Fact]
    public void Json_uses_snake_case_and_enum_names()
    {
        var json = HandCount().ToJson();
        Assert.Contains("\"true_positives\": 3", json, StringComparison.Ordinal);
        Assert.Contains("\"no_event\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"level\": \"code\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mode\": \"eval\"", json, StringComparison.Ordinal);
        Assert.Contains("\"modality\": \"future\"", json, StringComparison.Ordinal);
        Assert.Contains("\"message\": \"FormatException: boom\"", json, StringComparison.Ordinal);
        Assert.Contains("\"f1\": 0.5", json, StringComparison.Ordinal);
        Assert.DoesNotContain("TruePositives", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Petrarch_modes_serialise_as_snake_case()
    {
        var report = new Scorer(new EvaluationOptions { Mode = ScoringMode.PetrarchRelaxed }).Summarise([]);
        Assert.Contains("\"mode\": \"petrarch_relaxed\"", report.ToJson(), StringComparison.Ordinal);
        Assert.Null(report.NoEvent.Accuracy);
        Assert.Equal(0, report.Level(MatchLevel.Code).F1);
    }
}

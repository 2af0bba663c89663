using Entente.Evaluation;

namespace Entente.Tests.Evaluation;

/// <summary>The scorer against figures counted by hand on Golden/handcount.jsonl and its predictions.</summary>
public sealed class HandCountTests
{
    // Hand count (each record's "why" in the two files says the same per record):
    //   gold events: HC-1 1, HC-2 2, HC-5 2                      = 5
    //   predicted:   HC-1 1, HC-2 2, HC-4 1, HC-5 3              = 7
    //   pairs:  HC-1 PAK>RUS 040 ~ 042          L2 root
    //           HC-2 CHN>IND 046|040 ~ 046      L1 code
    //           HC-2 IND>CHN 046|040 ~ 040      L1 code
    //           HC-5 ISR>--- 19 ~ ISR>(none) 193 L1 code (2-digit gold code)
    //           HC-5 EU>IRN 1312 ~ 163          L3 dyad
    //   extras: HC-4 USA>RUS 010, HC-5 RUS>UKR 190
    //   L1: TP 3, P 3/7, R 3/5, F1 2*3/(7+5) = 1/2
    //   L2: TP 4, P 4/7, R 4/5, F1 8/12 = 2/3
    //   L3: TP 5, P 5/7, R 5/5, F1 10/12 = 5/6
    //   no-event: HC-3 right, HC-4 wrong                          = 1/2
    //   modality over the 4 L2-or-better pairs: HC-2 IND>CHN is future, gold asserted = 3/4
    //   sector over L2 pairs whose gold has a sector: HC-1 (MIL/GOV right), HC-5 ISR (MIL vs GOV wrong) = 1/2
    //   per root: 04 gold 3 pred 3 matched 3; 19 gold 1 pred 2 matched 1; 13 gold 1 pred 0;
    //             16 gold 0 pred 1; 01 gold 0 pred 1
    //   fully right records: HC-2, HC-3 = 2/5; records listed with errors: HC-1, HC-4, HC-5
    private static EvaluationReport Run()
    {
        var gold = GoldSetReader.ReadFile(PredictionFile.Golden("handcount.jsonl"));
        var predictions = PredictionFile.Read(PredictionFile.Golden("handcount.predictions.jsonl"));
        return Scorer.Evaluate(gold, r => predictions[r.Id], new EvaluationOptions());
    }

    [Fact]
    public void Levels_agree_with_the_hand_count()
    {
        var report = Run();
        Assert.Equal(5, report.Records);
        AssertLevel(report.Level(MatchLevel.Code), 3, 7, 5, 3.0 / 7, 3.0 / 5, 1.0 / 2);
        AssertLevel(report.Level(MatchLevel.Root), 4, 7, 5, 4.0 / 7, 4.0 / 5, 2.0 / 3);
        AssertLevel(report.Level(MatchLevel.Dyad), 5, 7, 5, 5.0 / 7, 1.0, 5.0 / 6);
    }

    [Fact]
    public void Accuracies_agree_with_the_hand_count()
    {
        var report = Run();
        Assert.Equal(new RatioScore(1, 2), report.NoEvent);
        Assert.Equal(new RatioScore(3, 4), report.Modality);
        Assert.Equal(new RatioScore(1, 2), report.Sector);
        Assert.Equal(new RatioScore(0, 0), report.Discard);
        Assert.Null(report.Discard.Accuracy);
        Assert.Equal(new RatioScore(2, 5), report.Perfect);
        Assert.Empty(report.Crashed);
    }

    [Fact]
    public void Per_root_table_agrees_with_the_hand_count()
    {
        var report = Run();
        Assert.Equal(
            [
                new ClassScore("01", 0, 1, 0),
                new ClassScore("04", 3, 3, 3),
                new ClassScore("13", 1, 0, 0),
                new ClassScore("16", 0, 1, 0),
                new ClassScore("19", 1, 2, 1),
            ],
            report.Classes);
        var root19 = report.Classes[4];
        Assert.Equal(0.5, root19.Precision, 12);
        Assert.Equal(1.0, root19.Recall, 12);
    }

    [Fact]
    public void Error_listing_names_the_imperfect_records_with_their_misses_and_extras()
    {
        var report = Run();
        Assert.Equal(["HC-1", "HC-4", "HC-5"], report.Errors.Select(e => e.Id));
        var hc5 = report.Errors[2];
        Assert.Empty(hc5.Misses);
        Assert.Equal("RUS", Assert.Single(hc5.Extras).SourceKey);
        var dyadOnly = Assert.Single(hc5.Partial);
        Assert.Equal(MatchLevel.Dyad, dyadOnly.Level);
        Assert.Equal("163", dyadOnly.Predicted.Cameo);

        var text = report.ErrorsText();
        Assert.Contains("HC-4", text, StringComparison.Ordinal);
        Assert.Contains("extra   USA>RUS 010 asserted", text, StringComparison.Ordinal);
        Assert.Contains("L3 dyad gold EU>IRN 1312 future [-/GOV]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("HC-2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_report_prints_aligned_level_and_accuracy_rows()
    {
        var text = Run().ToText();
        Assert.Contains("  L1 code  0.429  0.600  0.500   3     7     5\n", text, StringComparison.Ordinal);
        Assert.Contains("  L2 root  0.571  0.800  0.667   4     7     5\n", text, StringComparison.Ordinal);
        Assert.Contains("  no-event       0.500      1   2\n", text, StringComparison.Ordinal);
        Assert.Contains("  modality (L2)  0.750      3   4\n", text, StringComparison.Ordinal);
        Assert.Contains("  19    0.500  1.000  0.667        1     2     1\n", text, StringComparison.Ordinal);
    }

    private static void AssertLevel(LevelScore level, int tp, int predicted, int gold, double p, double r, double f1)
    {
        Assert.Equal(tp, level.TruePositives);
        Assert.Equal(predicted, level.Predicted);
        Assert.Equal(gold, level.Gold);
        Assert.Equal(p, level.Precision, 12);
        Assert.Equal(r, level.Recall, 12);
        Assert.Equal(f1, level.F1, 12);
    }
}

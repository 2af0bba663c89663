using Entente.Evaluation;
using Entente.Model;
using static Entente.Tests.Evaluation.PredictionFile;

namespace Entente.Tests.Evaluation;

/// <summary>EVAL.md matching rules: alternatives, "---" targets, 2-digit codes, reciprocity, greedy best-level-first, document dedupe.</summary>
public sealed class MatchingTests
{
    private static readonly EventMatcher Eval = new(new EvaluationOptions());

    private static GoldEvent Gold(string source, string target, string cameo) =>
        GoldSetReader.ParseLine($$"""{"id":"T","date":"2020-01-01","text":"t","events":[{"source":"{{source}}","target":"{{target}}","cameo":"{{cameo}}","modality":"asserted"}]}""").Events[0];

    [Theory]
    // why: either alternative of source, target and code is accepted
    [InlineData("HAMAS|PSE", "ISR", "127|1246", "PSE", "ISR", "1246", MatchLevel.Code)]
    [InlineData("HAMAS|PSE", "ISR", "127|1246", "HAMAS", "ISR", "127", MatchLevel.Code)]
    [InlineData("TALIBAN|AFG", "PAK", "043|040", "AFG", "PAK", "040", MatchLevel.Code)]
    // why: an alternative of another root still lets the root match (0213|1013 -> root 10 at L2)
    [InlineData("USA", "IND", "0213|1013", "USA", "IND", "101", MatchLevel.Code)]
    [InlineData("USA", "IND", "0213|1013", "USA", "IND", "100", MatchLevel.Root)]
    // why: a key that is no alternative fails the dyad, whatever the code
    [InlineData("HAMAS|PSE", "ISR", "127", "LBN", "ISR", "127", MatchLevel.None)]
    [InlineData("CHN", "IND|PAK", "040", "CHN", "BGD", "040", MatchLevel.None)]
    // why: L1 compares the first 3 digits, so 4-digit codes under the same 3-digit code agree
    [InlineData("PAK", "IND", "1831", "PAK", "IND", "1832", MatchLevel.Code)]
    [InlineData("PAK", "IND", "183", "PAK", "IND", "1831", MatchLevel.Code)]
    [InlineData("PAK", "IND", "1831", "PAK", "IND", "180", MatchLevel.Root)]
    [InlineData("PAK", "IND", "1831", "PAK", "IND", "190", MatchLevel.Dyad)]
    // why: a 2-digit gold code agrees with any code of that root at L1
    [InlineData("ISR", "PSE", "19", "ISR", "PSE", "195", MatchLevel.Code)]
    [InlineData("ISR", "PSE", "19", "ISR", "PSE", "1951", MatchLevel.Code)]
    [InlineData("ISR", "PSE", "19", "ISR", "PSE", "180", MatchLevel.Dyad)]
    // why: keys are compared without regard to case
    [InlineData("NATO", "RUS", "111", "nato", "rus", "111", MatchLevel.Code)]
    public void Alternatives_and_code_levels(string gs, string gt, string gc, string ps, string pt, string pc, MatchLevel expected) =>
        Assert.Equal(expected, Eval.Level(Gold(gs, gt, gc), P(ps, pt, pc), out _));

    [Theory]
    // why: "---" means no target: it matches a prediction without one, and only that
    [InlineData("---", null, MatchLevel.Code)]
    [InlineData("---", "MLI", MatchLevel.None)]
    // why: "---|MLI" accepts both readings
    [InlineData("---|MLI", null, MatchLevel.Code)]
    [InlineData("---|MLI", "MLI", MatchLevel.Code)]
    [InlineData("MLI", null, MatchLevel.None)]
    public void No_target_marker(string goldTarget, string? predictedTarget, MatchLevel expected) =>
        Assert.Equal(expected, Eval.Level(Gold("FRA", goldTarget, "190"), P("FRA", predictedTarget, "190"), out _));

    [Fact]
    public void Matched_alternative_gives_the_gold_class()
    {
        Assert.Equal(MatchLevel.Root, Eval.Level(Gold("USA", "IND", "0213|1013"), P("USA", "IND", "100"), out var cls));
        Assert.Equal("10", cls);
        Assert.Equal(MatchLevel.Dyad, Eval.Level(Gold("USA", "IND", "0213|1013"), P("USA", "IND", "190"), out cls));
        Assert.Equal("02", cls);
    }

    [Fact]
    public void Reciprocal_events_need_one_prediction_per_direction()
    {
        var record = GoldSetReader.ParseLine("""{"id":"R","date":"2020-01-01","text":"Egypt and Jordan held talks.","events":[{"source":"EGY","target":"JOR","cameo":"046","modality":"asserted"},{"source":"JOR","target":"EGY","cameo":"046","modality":"asserted"}]}""");
        var scorer = new Scorer(new EvaluationOptions());

        var oneWay = scorer.Score(record, [P("EGY", "JOR", "046")]);
        Assert.Single(oneWay.Pairs);
        Assert.Equal("JOR", Assert.Single(Assert.Single(oneWay.Misses).Sources));

        // why: matching is one-to-one, so the same direction twice leaves one extra and one miss
        var twice = scorer.Score(record, [P("EGY", "JOR", "046"), P("EGY", "JOR", "046")]);
        Assert.Single(twice.Pairs);
        Assert.Single(twice.Misses);
        Assert.Single(twice.Extras);

        var both = scorer.Score(record, [P("JOR", "EGY", "046"), P("EGY", "JOR", "046")]);
        Assert.Equal(2, both.Pairs.Count);
        Assert.True(both.IsPerfect);
    }

    [Fact]
    public void Greedy_matching_takes_the_best_level_first()
    {
        // why: in gold order, gold 040 would grab the first prediction (042, root only) and gold 042
        // the second (040, root only): 0 pairs at L1. Best level first pairs 040~040 and 042~042.
        var record = GoldSetReader.ParseLine("""{"id":"G","date":"2020-01-01","text":"t","events":[{"source":"IND","target":"JPN","cameo":"040","modality":"asserted"},{"source":"IND","target":"JPN","cameo":"042","modality":"asserted"}]}""");
        var result = new Scorer(new EvaluationOptions()).Score(record, [P("IND", "JPN", "042"), P("IND", "JPN", "040")]);

        Assert.Equal(2, result.Pairs.Count);
        Assert.All(result.Pairs, pair => Assert.Equal(MatchLevel.Code, pair.Level));
        Assert.Equal("040", result.Pairs[0].Predicted.Cameo);
        Assert.Equal("042", result.Pairs[1].Predicted.Cameo);
        Assert.True(result.IsPerfect);
    }

    [Fact]
    public void Greedy_matching_prefers_a_dyad_match_over_none_after_codes_are_taken()
    {
        // why: gold A (040) and B (190) share a dyad; one prediction 042 goes to A at L2, and a second
        // prediction 042 can then only take B at L3.
        var record = GoldSetReader.ParseLine("""{"id":"G2","date":"2020-01-01","text":"t","events":[{"source":"IND","target":"PAK","cameo":"040","modality":"asserted"},{"source":"IND","target":"PAK","cameo":"190","modality":"asserted"}]}""");
        var result = new Scorer(new EvaluationOptions()).Score(record, [P("IND", "PAK", "042"), P("IND", "PAK", "042")]);
        Assert.Equal([MatchLevel.Root, MatchLevel.Dyad], result.Pairs.Select(p => p.Level));
        Assert.Equal("040", result.Pairs[0].Gold.Cameos[0]);
    }

    [Fact]
    public void Document_records_count_a_repeated_event_once()
    {
        var document = GoldSetReader.ParseLine("""{"id":"D","date":"2020-01-01","text":"Kenya expelled a Somali envoy.\nNairobi expelled the envoy on Monday, officials said.\nMarkets were calm.","events":[{"source":"KEN","target":"SOM","cameo":"161","modality":"asserted"}]}""");
        Assert.True(document.IsDocument);
        PredictedEvent[] repeated =
        [
            P("KEN", "SOM", "161") with { Sentence = 0 },
            P("KEN", "SOM", "161") with { Sentence = 1 },
            // why: a different modality is a different event and survives dedupe
            P("KEN", "SOM", "161", Modality.Future) with { Sentence = 1 },
        ];

        var result = new Scorer(new EvaluationOptions()).Score(document, repeated);
        Assert.Equal(2, result.Predicted.Count);
        Assert.Single(result.Pairs);
        Assert.Equal(Modality.Future, Assert.Single(result.Extras).Modality);

        // why: a sentence record is not deduplicated: the repeat is an extra
        var sentence = document with { Text = "Kenya expelled a Somali envoy.", IsDocument = false };
        Assert.Equal(2, new Scorer(new EvaluationOptions()).Score(sentence, repeated).Extras.Count);
    }

    [Fact]
    public void Document_dedupe_can_be_switched_off()
    {
        var document = GoldSetReader.ParseLine("""{"id":"D","date":"2020-01-01","text":"a\nb","events":[],"is_document":true}""");
        var result = new Scorer(new EvaluationOptions { DedupeDocuments = false }).Score(document, [P("KEN", "SOM", "161"), P("KEN", "SOM", "161")]);
        Assert.Equal(2, result.Extras.Count);
    }

    [Fact]
    public void A_crashing_record_is_counted_and_scored_as_no_predictions()
    {
        var records = GoldSetReader.ReadJsonl(new StringReader("""
            {"id":"OK","date":"2020-01-01","text":"Turkey shelled Kurdish positions in Syria.","events":[{"source":"TUR","target":"SYR","cameo":"194","modality":"asserted"}]}
            {"id":"BOOM","date":"2020-01-01","text":"Spain recalled its ambassador from Algeria.","events":[{"source":"ESP","target":"DZA","cameo":"161","modality":"asserted"}]}
            {"id":"QUIET","date":"2020-01-01","text":"It rained in Lisbon.","events":[]}
            """));
        var report = Scorer.Evaluate(
            records,
            r => r.Id == "BOOM" ? throw new InvalidOperationException("parser fell over") : r.Id == "OK" ? [P("TUR", "SYR", "194")] : [],
            new EvaluationOptions());

        var crash = Assert.Single(report.Crashed);
        Assert.Equal("BOOM", crash.Id);
        Assert.Equal("InvalidOperationException: parser fell over", crash.Message);
        Assert.Equal(3, report.Records);
        Assert.Equal(new LevelScore(MatchLevel.Code, 1, 1, 2), report.Level(MatchLevel.Code));
        Assert.Equal(new RatioScore(1, 1), report.NoEvent);
        var listed = Assert.Single(report.Errors);
        Assert.Equal("InvalidOperationException: parser fell over", listed.Crash);
        Assert.Single(listed.Misses);
        Assert.Contains("1 records crashed", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Modality_is_not_part_of_the_match_but_is_scored_on_root_matches()
    {
        // why: an expected visit (036 future) predicted as a visit (042 asserted) is a root miss
        var record = GoldSetReader.ParseLine("""{"id":"M","date":"2020-01-01","text":"t","events":[{"source":"IND","target":"USA","cameo":"036","modality":"future"}]}""");
        var report = new Scorer(new EvaluationOptions()).Summarise([new Scorer(new EvaluationOptions()).Score(record, [P("IND", "USA", "042")])]);
        Assert.Equal(0, report.Level(MatchLevel.Root).TruePositives);
        Assert.Equal(1, report.Level(MatchLevel.Dyad).TruePositives);
        Assert.Equal(new RatioScore(0, 0), report.Modality);
    }
}

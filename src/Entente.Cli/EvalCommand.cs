using System.CommandLine;
using Entente.Coding;
using Entente.Evaluation;
using Entente.Model;
using Entente.Ontology;
using Entente.Pipeline;

namespace Entente.Cli;

/// <summary>`entente eval GOLD`: codes every gold record and scores the result exactly as EVAL.md says.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Gold records: EVAL.md JSONL, a converted gold set's records.jsonl, or PETRARCH validation XML." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var errors = new Option<bool>("--errors") { Description = "List every miss and extra, record by record." };
        var mode = new Option<string>("--mode") { Description = "Scoring: auto (from the set), eval, petrarch-strict, petrarch-relaxed, plover, root.", DefaultValueFactory = _ => "auto" };
        mode.AcceptOnlyFromAmong("auto", "eval", "petrarch-strict", "petrarch-relaxed", "plover", "root");
        var command = new Command("eval", "Score Entente against a gold set (EVAL.md).") { gold, json, errors, mode };
        command.SetAction((parse, _) =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path)) return Task.FromResult(CliErrors.Fail($"{path}: no such file"));
            var records = GoldSetReader.ReadFile(path);
            if (records.Count == 0) return Task.FromResult(CliErrors.Fail($"{path}: no gold records"));

            var engine = Engine.Create(new EngineOptions());
            var cache = new Dictionary<GoldRecord, IReadOnlyList<PredictedEvent>>(ReferenceEqualityComparer.Instance);
            IReadOnlyList<PredictedEvent> Predict(GoldRecord r)
            {
                if (cache.TryGetValue(r, out var hit)) return hit;
                var coded = engine.Code(new Document(r.Id, r.Date, null, null, null, r.Text));
                var predicted = coded.Events.Select(PredictedEvent.FromCoded).ToArray();
                cache[r] = predicted;
                return predicted;
            }

            var modes = ModesFor(parse.GetValue(mode)!, records[0].Format);
            foreach (var m in modes)
            {
                var options = EvaluationOptions.For(records[0].Format) with { Mode = m, PloverNormaliser = PloverLabels.NormalizePloverType };
                var report = Scorer.Evaluate(records, Predict, options) with { Sets = [Path.GetFileName(path)] };
                Console.Out.WriteLine(parse.GetValue(json) ? report.ToJson() : report.ToText());
                if (parse.GetValue(errors)) Console.Out.WriteLine(report.ErrorsText());
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static IReadOnlyList<ScoringMode> ModesFor(string mode, GoldFormat format) => mode switch
    {
        "eval" => [ScoringMode.Eval],
        "petrarch-strict" => [ScoringMode.PetrarchStrict],
        "petrarch-relaxed" => [ScoringMode.PetrarchRelaxed],
        "plover" => [ScoringMode.Plover],
        "root" => [ScoringMode.RootOnly],
        // PETRARCH sets are reported both ways, as PETRARCH2's own figures are.
        _ => format == GoldFormat.Petrarch ? [ScoringMode.PetrarchStrict, ScoringMode.PetrarchRelaxed] : [EvaluationOptions.For(format).Mode],
    };
}

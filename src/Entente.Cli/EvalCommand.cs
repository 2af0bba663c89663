using System.CommandLine;
using System.Globalization;
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
        var mode = new Option<string>("--mode") { Description = "Scoring: auto (from the set), eval, petrarch-strict, petrarch-relaxed, plover (dyads of one trigger are one event), plover-dyads (every dyad an event), root.", DefaultValueFactory = _ => "auto" };
        mode.AcceptOnlyFromAmong("auto", "eval", "petrarch-strict", "petrarch-relaxed", "plover", "plover-dyads", "root");
        var command = new Command("eval", "Score Entente against a gold set (EVAL.md).") { gold, json, errors, mode };
        var petrarch = new PetrarchDictsOption();
        petrarch.AddTo(command);
        var noCache = CliOptions.NoCache();
        command.Options.Add(noCache);
        command.SetAction((parse, _) =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path)) return Task.FromResult(CliErrors.Fail($"{path}: no such file"));
            var records = GoldSetReader.ReadFile(path);
            if (records.Count == 0) return Task.FromResult(CliErrors.Fail($"{path}: no gold records"));

            var engine = Engine.Create(new EngineOptions { Petrarch = petrarch.ToPaths(parse), UseCache = !parse.GetValue(noCache) });
            var cache = new Dictionary<GoldRecord, CodedDocument>(ReferenceEqualityComparer.Instance);
            CodedDocument Coded(GoldRecord r)
            {
                if (!cache.TryGetValue(r, out var coded))
                    cache[r] = coded = engine.Code(new Document(r.Id, r.Date, null, null, null, r.Text));
                return coded;
            }

            // A record whose own input is malformed is rejected, as PETRARCH's reader does, and said so once.
            foreach (var r in records.Where(r => r.InputProblem is not null))
                Console.Error.WriteLine($"entente: {path}:{r.Line}: record {r.Id} not coded: {r.InputProblem}");

            // PETRARCH's require_dyad option: a record that asks for it accepts only events with both actors.
            IReadOnlyList<PredictedEvent> Predict(GoldRecord r) => r.InputProblem is not null ? [] : Coded(r).Events
                .Where(e => e.Target is not null || !r.ConfigFlag("require_dyad", false))
                .Select(PredictedEvent.FromCoded).ToArray();

            var modes = ModesFor(parse.GetValue(mode)!, records[0].Format);
            foreach (var m in modes)
            {
                var options = EvaluationOptions.For(records[0].Format) with { Mode = m, PloverNormaliser = PloverLabels.NormalizePloverType };
                var report = Scorer.Evaluate(records, Predict, options) with { Sets = [Path.GetFileName(path)] };
                Console.Out.WriteLine(parse.GetValue(json) ? report.ToJson() : report.ToText());
                if (parse.GetValue(errors)) Console.Out.WriteLine(report.ErrorsText());
            }

            if (records[0].Format == GoldFormat.Eval && !parse.GetValue(json))
            {
                var missing = new List<string>();
                var recall = ActorKeyRecall.Compute(records, r => MentionKeys(Coded(r)), missing);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"actor keys found among mentions: {recall.Accuracy:0.000} ({recall.Correct} of {recall.Total})"));
                if (parse.GetValue(errors))
                    foreach (var m in missing) Console.Out.WriteLine($"  key not recognised  {m}");
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static HashSet<string> MentionKeys(CodedDocument coded)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in coded.Mentions)
        {
            if (m.Actor is { } a && (a.Country is not null || a.Org is not null)) keys.Add(a.Key);
            foreach (var member in m.Members) keys.Add(member.Key);
            if (m.Place?.Country is { } pc) keys.Add(pc);
        }

        foreach (var e in coded.Events)
        {
            keys.Add(e.Source.Key);
            if (e.Target is not null) keys.Add(e.Target.Key);
        }

        return keys;
    }

    private static IReadOnlyList<ScoringMode> ModesFor(string mode, GoldFormat format) => mode switch
    {
        "eval" => [ScoringMode.Eval],
        "petrarch-strict" => [ScoringMode.PetrarchStrict],
        "petrarch-relaxed" => [ScoringMode.PetrarchRelaxed],
        "plover" => [ScoringMode.Plover],
        "plover-dyads" => [ScoringMode.PloverDyads],
        "root" => [ScoringMode.RootOnly],
        // PETRARCH sets are reported both ways, as PETRARCH2's own figures are; PLOVER sets per event and per dyad.
        _ => format switch
        {
            GoldFormat.Petrarch => [ScoringMode.PetrarchStrict, ScoringMode.PetrarchRelaxed],
            GoldFormat.Plover => [ScoringMode.Plover, ScoringMode.PloverDyads],
            _ => [EvaluationOptions.For(format).Mode],
        },
    };
}

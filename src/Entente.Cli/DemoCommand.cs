using System.CommandLine;
using System.Globalization;
using Entente.Coding;
using Entente.Model;
using Entente.Output;
using Entente.Pipeline;
using Entente.Text;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>`entente demo`: codes the project's own sample articles and prints the events and the top dyads.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var noCache = CliOptions.NoCache();
        var command = new Command("demo", "Code the shipped sample articles and print a summary (events, top dyads).") { noCache };
        command.SetAction(async (parse, ct) =>
        {
            // Redirected output gets a width that fits the tables instead of Spectre's 80-column default.
            if (Console.IsOutputRedirected) AnsiConsole.Console.Profile.Width = 160;
            var started = System.Diagnostics.Stopwatch.StartNew();
            var engine = Engine.Create(new EngineOptions { UseCache = !parse.GetValue(noCache) });
            var loaded = started.Elapsed;
            var samples = DataFolders.Find("samples");
            var opener = new InputOpener(new InputOptions());
            var coded = new List<CodedDocument>();
            await foreach (var doc in new OrderedParallelCoder(engine).CodeAsync(opener.ReadAsync([samples], ct), ct).ConfigureAwait(false))
                coded.Add(doc);

            var events = coded.SelectMany(d => d.Events).ToList();
            var sentences = coded.Sum(d => d.Segmented.Sentences.Count);
            AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, $"[bold]Entente demo[/]: {coded.Count} sample articles, {sentences} sentences, {events.Count} events " +
                $"(dictionaries and patterns loaded in {loaded.TotalMilliseconds:0} ms, total {started.Elapsed.TotalMilliseconds:0} ms)");
            var table = new Table().Title("Events").AddColumns("article", "date", "source", "target", "CAMEO", "modality", "trigger");
            foreach (var ev in events)
            {
                var name = engine.Ontology.TryGet(ev.Cameo, out var c) ? c.Name : "";
                table.AddRow(Markup.Escape(ev.DocId), ev.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    Markup.Escape($"{ev.Source.Code} {ev.Source.Text}"), Markup.Escape(ev.Target is null ? "---" : $"{ev.Target.Code} {ev.Target.Text}"),
                    Markup.Escape($"{ev.Cameo} {name}"), EventJson.ModalityName(ev.Modality), Markup.Escape(ev.Trigger.Text));
            }

            AnsiConsole.Write(table);
            var dyads = new Table().Title("Top dyads (asserted events)").AddColumns("source", "target", "events", "mean Goldstein");
            foreach (var g in events.Where(e => e.Modality == Modality.Asserted && e.Target is not null)
                         .GroupBy(e => (e.Source.Key, e.Target!.Key)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(10))
            {
                dyads.AddRow(g.Key.Item1, g.Key.Item2, g.Count().ToString(CultureInfo.InvariantCulture),
                    g.Average(e => e.Goldstein).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(dyads);
            return events.Count > 0 ? ExitCodes.Ok : CliErrors.Fail($"{samples}: the samples produced no event");
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using Entente.Cli.Store;
using Entente.Coding;
using Entente.Model;
using Entente.Pipeline;
using Entente.Store;
using Entente.Text;

namespace Entente.Cli;

/// <summary>`entente ingest`: code a corpus into the store, in parallel, skipping what is stored, then cluster.</summary>
/// <remarks>
/// Resumable: documents whose text is stored are skipped before coding, batches are whole transactions written in input
/// order, and document/event numbers continue from the store, so a killed run followed by a new one ends with the rows
/// of one uninterrupted run.
/// </remarks>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, directories or - for stdin (.txt .html .jsonl .csv, optionally .gz).", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(r =>
        {
            foreach (var t in r.Tokens)
            {
                if (t.Value.Length > 1 && t.Value[0] == '-')
                {
                    r.AddError($"unknown option '{t.Value}'");
                }
            }
        });
        var db = StoreOptions.Db();
        var date = CliOptions.Date();
        var threads = new Option<int>("--threads") { Description = "Documents coded in parallel (default: all cores).", DefaultValueFactory = _ => 0 };
        // 2,048 rather than 512: fewer commits (each a WAL write and sync) and appender set-ups; ingest-vs-code on the event-dense
        // synthetic stories 71 -> 74-78 % in two alternating trials, 29 MB more peak RSS (bench/README.md, session 7).
        var batch = StoreOptions.Positive("--batch", "Documents per store transaction.", 2048);
        var interval = new Option<double>("--progress-interval")
        {
            Description = "Seconds between progress lines when stderr is not a terminal.",
            DefaultValueFactory = _ => 5,
            CustomParser = r =>
            {
                var raw = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0.05 and <= 86400)
                {
                    return seconds;
                }

                r.AddError($"--progress-interval must be between 0.05 and 86400 seconds, got '{raw}'");
                return 5;
            },
        };
        var noCluster = new Option<bool>("--no-cluster") { Description = "Leave the new events unclustered (the next ingest clusters them)." };
        var allSentences = new Option<bool>("--all-sentences")
        {
            Description = "Store every sentence and mention, not only those of the sentences that carry events (for salience or corpus work; a slower ingest and a larger store).",
        };
        var command = new Command("ingest", $"Code documents into the event store (default {DuckDbEventStore.DefaultPath}); documents already stored are skipped.")
        {
            paths, db, date, threads, batch, interval, noCluster, allSentences,
        };
        var noCache = CliOptions.NoCache();
        command.Options.Add(noCache);
        command.SetAction(async (parse, ct) =>
        {
            // Expanded before the store is opened: a mistyped path must not leave an empty store behind.
            var input = new IngestInput(parse.GetValue(paths) ?? []);
            var path = parse.GetValue(db)!;
            var settings = new Settings(
                CliOptions.ParseDate(parse.GetValue(date)),
                parse.GetValue(threads),
                parse.GetValue(batch),
                TimeSpan.FromSeconds(parse.GetValue(interval)),
                !parse.GetValue(noCluster),
                !parse.GetValue(noCache),
                parse.GetValue(allSentences) ? SentenceScope.All : SentenceScope.WithEvents);
            // The dictionaries load while DuckDB opens (or creates) the store: both are start-up work that used to run one after the other.
            var engine = Task.Run(() => Engine.Create(new EngineOptions { Coder = new CoderOptions { DefaultDate = settings.Date }, UseCache = settings.UseCache }), ct);
            try
            {
                return await StoreOptions.OpenAsync(path, async store => await RunAsync(store, await engine.ConfigureAwait(false), path, input, settings, ct).ConfigureAwait(false), ct)
                    .ConfigureAwait(false);
            }
            finally
            {
                // Observed also when the store could not be opened, so that a failure there is the one reported.
                _ = engine.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(DuckDbEventStore store, Engine engine, string path, IngestInput input, Settings settings, CancellationToken ct)
    {
        var monitor = new IngestMonitor(input.TotalBytes, settings.Interval, IngestMonitor.TerminalAvailable());
        var opener = new InputOpener(new InputOptions
        {
            DefaultDate = settings.Date,
            OnRecoverableError = e => monitor.ReportBad($"{e.Message} (skipped)"),
        });
        var runner = new IngestRunner(store, new IngestOptions { BatchSize = settings.Batch, Sentences = settings.Sentences });
        var coder = new SafeCoder(engine);
        var parallel = new OrderedParallelCoder(coder, settings.Threads);

        var fresh = NewOnlyAsync(input.ReadAsync(opener, e => monitor.ReportBad($"{e.Message} (skipped)"), ct), runner, input, monitor, ct);
        var coded = WithoutFailuresAsync(parallel.CodeAsync(fresh, ct), coder, input, monitor);
        var tracked = TrackAsync(coded, input, monitor);
        IngestProgress totals;

        // Only while documents are written: the clustering below and any reader get DuckDB's usual settings back.
        await using (await store.UseBulkWriteSettingsAsync(cancellationToken: ct).ConfigureAwait(false))
        {
            totals = await monitor.RunAsync(() => runner.RunAsync(
                tracked,
                monitor,
                (doc, ex) => monitor.ReportBad($"{input.PathOf(doc)}: document '{doc.Id}': cannot store: {CliErrors.FirstLine(ex.Message)} (skipped)"),
                ct)).ConfigureAwait(false);
        }

        if (opener.DocumentCount == 0 && monitor.Bad == 0)
        {
            return CliErrors.Fail($"{string.Join(", ", input.Names)}: no documents in input");
        }

        // Always, not only when this run stored events: a run killed between its last batch and the clustering leaves
        // unclustered events that only a later run can pick up; the incremental pass is a no-op when there are none.
        var clustering = settings.Cluster ? await new EventClusterer(store).RunAsync(incremental: true, ct).ConfigureAwait(false) : null;
        var elapsed = monitor.Elapsed;
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var skipped = totals.Skipped + monitor.KnownSkipped;
        var processed = totals.Documents + skipped + monitor.Bad;
        var clusters = clustering is not { Events: > 0 } c
            ? ""
            : $"; {Formats.Count(c.Events, "event")} in {Formats.Count(c.Clusters, "happening")} ({Formats.N(c.Merged)} reported more than once)";
        Console.Out.WriteLine(
            $"{path}: {Formats.Count(totals.Documents, "document")} stored ({Formats.Count(totals.Sentences, "sentence")}, {Formats.Count(totals.Events, "event")}), " +
            $"{Formats.N(skipped)} skipped as already stored, {Formats.N(monitor.Bad)} bad{clusters}; " +
            string.Create(CultureInfo.InvariantCulture, $"{IngestMonitor.Duration(elapsed)} ({processed / seconds:N0} documents/s, {totals.Sentences / seconds:N0} sentences/s)"));

        // Bad records were reported and skipped, the rest was stored; the exit code still says the input was not clean.
        return monitor.Bad > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>Drops documents whose text is stored already, before they cost any coding.</summary>
    private static async IAsyncEnumerable<Document> NewOnlyAsync(
        IAsyncEnumerable<Document> documents, IngestRunner runner, IngestInput input, IngestMonitor monitor, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var document in documents.WithCancellation(ct).ConfigureAwait(false))
        {
            if (await runner.IsKnownAsync(document, ct).ConfigureAwait(false))
            {
                monitor.CountKnown();
                monitor.Done(input.PositionOf(document));
                continue;
            }

            yield return document;
        }
    }

    /// <summary>Progress is measured where the ingest runner takes documents, not where the reader (ahead, through the coder's buffers) is.</summary>
    private static async IAsyncEnumerable<CodedDocument> TrackAsync(IAsyncEnumerable<CodedDocument> coded, IngestInput input, IngestMonitor monitor)
    {
        await foreach (var document in coded.ConfigureAwait(false))
        {
            monitor.Done(input.PositionOf(document.Document));
            monitor.CountCoded();
            yield return document;
        }
    }

    /// <summary>Reports and drops documents the coder failed on, so they are neither stored nor remembered as done.</summary>
    private static async IAsyncEnumerable<CodedDocument> WithoutFailuresAsync(IAsyncEnumerable<CodedDocument> coded, SafeCoder coder, IngestInput input, IngestMonitor monitor)
    {
        await foreach (var document in coded.ConfigureAwait(false))
        {
            if (coder.TryTakeFailure(document.Document, out var error))
            {
                monitor.ReportBad($"{input.PathOf(document.Document)}: document '{document.Document.Id}': cannot code: {CliErrors.FirstLine(error!.Message)} (skipped)");
                continue;
            }

            yield return document;
        }
    }

    private sealed record Settings(DateOnly? Date, int Threads, int Batch, TimeSpan Interval, bool Cluster, bool UseCache, SentenceScope Sentences);
}

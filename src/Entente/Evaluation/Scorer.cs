using Entente.Model;

namespace Entente.Evaluation;

/// <summary>Scores predicted events against gold records as EVAL.md §3–§4 prescribe (greedy one-to-one, best level first).</summary>
public sealed class Scorer
{
    private static readonly MatchLevel[] Levels = [MatchLevel.Code, MatchLevel.Root, MatchLevel.Dyad];

    private readonly EventMatcher _matcher;

    /// <summary>Creates a scorer with the given options.</summary>
    public Scorer(EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _matcher = new EventMatcher(options);
    }

    /// <summary>The options this scorer applies.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>Runs <paramref name="predict"/> on every record and scores it; a record whose prediction throws is counted as crashed and scored with no predictions.</summary>
    public static EvaluationReport Evaluate(
        IEnumerable<GoldRecord> records,
        Func<GoldRecord, IReadOnlyList<PredictedEvent>> predict,
        EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(predict);
        var scorer = new Scorer(options);
        var results = new List<RecordResult>();
        foreach (var record in records)
        {
            IReadOnlyList<PredictedEvent> predicted;
            string? crash = null;
            try
            {
                predicted = predict(record) ?? [];
            }
#pragma warning disable CA1031 // One record's failure must never end the run: it is recorded and scored as no predictions.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                predicted = [];
                crash = $"{ex.GetType().Name}: {ex.Message}";
            }

            results.Add(scorer.Score(record, predicted, crash));
        }

        return scorer.Summarise(results);
    }

    /// <summary>Collapses predictions repeated across a document's sentences: one per (source key, target key, CAMEO, modality), first kept.</summary>
    public static IReadOnlyList<PredictedEvent> Dedupe(IReadOnlyList<PredictedEvent> predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        var seen = new HashSet<(string, string?, string, Modality)>();
        var kept = new List<PredictedEvent>(predicted.Count);
        foreach (var p in predicted)
        {
            if (seen.Add((p.SourceKey, p.TargetKey, p.Cameo, p.Modality)))
            {
                kept.Add(p);
            }
        }

        return kept;
    }

    /// <summary>Matches one record's predictions to its gold events.</summary>
    public RecordResult Score(GoldRecord record, IReadOnlyList<PredictedEvent> predicted, string? crash = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(predicted);
        if (record.IsDocument && Options.DedupeDocuments)
        {
            predicted = Dedupe(predicted);
        }

        var gold = record.Events;
        var levels = new MatchLevel[gold.Count, predicted.Count];
        var classes = new string?[gold.Count, predicted.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                levels[g, p] = _matcher.Level(gold[g], predicted[p], out var goldClass);
                classes[g, p] = goldClass;
            }
        }

        var goldTaken = new bool[gold.Count];
        var predTaken = new bool[predicted.Count];
        var pairs = new List<MatchedPair>();
        foreach (var level in Levels)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (goldTaken[g])
                {
                    continue;
                }

                for (var p = 0; p < predicted.Count; p++)
                {
                    if (!predTaken[p] && levels[g, p] == level)
                    {
                        goldTaken[g] = true;
                        predTaken[p] = true;
                        pairs.Add(new MatchedPair(gold[g], predicted[p], level, classes[g, p] ?? "?"));
                        break;
                    }
                }
            }
        }

        var misses = new List<GoldEvent>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldTaken[g])
            {
                misses.Add(gold[g]);
            }
        }

        var extras = new List<PredictedEvent>();
        var folded = new List<PredictedEvent>();
        var events = Options.Mode == ScoringMode.Plover ? PloverEventsOf(pairs) : null;
        for (var p = 0; p < predicted.Count; p++)
        {
            if (predTaken[p])
            {
                continue;
            }

            if (events is not null && PloverEventKey(predicted[p]) is { } key && !events.Add(key))
            {
                folded.Add(predicted[p]);
            }
            else
            {
                extras.Add(predicted[p]);
            }
        }

        return new RecordResult
        {
            Record = record,
            Predicted = folded.Count == 0 ? predicted : Without(predicted, folded),
            Pairs = pairs,
            Misses = misses,
            Extras = extras,
            Folded = folded,
            Crash = crash,
        };
    }

    // A PLOVER event names all its sources and targets in one record; the coder writes one event per dyad (EVAL.md §1).
    // The dyads one trigger produced with one PLOVER type are therefore the same PLOVER event, counted once.
    private static HashSet<(int?, int, string)> PloverEventsOf(List<MatchedPair> pairs)
    {
        var events = new HashSet<(int?, int, string)>();
        foreach (var pair in pairs)
        {
            if (PloverEventKey(pair.Predicted) is { } key)
            {
                events.Add(key);
            }
        }

        return events;
    }

    private static (int?, int, string)? PloverEventKey(PredictedEvent predicted) =>
        predicted.TriggerStart is { } start ? (predicted.Sentence, start, predicted.PloverType ?? predicted.Cameo) : null;

    private static PredictedEvent[] Without(IReadOnlyList<PredictedEvent> predicted, List<PredictedEvent> folded)
    {
        var kept = new List<PredictedEvent>(predicted.Count - folded.Count);
        foreach (var p in predicted)
        {
            if (!folded.Exists(f => ReferenceEquals(f, p)))
            {
                kept.Add(p);
            }
        }

        return [.. kept];
    }

    /// <summary>Sums record results into the report's figures.</summary>
    public EvaluationReport Summarise(IEnumerable<RecordResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var sets = new SortedSet<string>(StringComparer.Ordinal);
        var tp = new int[4];
        int records = 0, documents = 0, goldTotal = 0, predTotal = 0, perfect = 0;
        int noEventTotal = 0, noEventCorrect = 0, discardTotal = 0, discardCorrect = 0;
        int modalityTotal = 0, modalityCorrect = 0, sectorTotal = 0, sectorCorrect = 0;
        var classes = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var categories = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var crashed = new List<CrashedRecord>();
        var errors = new List<RecordErrors>();

        foreach (var result in results)
        {
            var record = result.Record;
            records++;
            if (record.IsDocument)
            {
                documents++;
            }

            if (record.Set is { } set)
            {
                sets.Add(set);
            }

            goldTotal += record.Events.Count;
            predTotal += result.Predicted.Count;
            if (result.IsPerfect)
            {
                perfect++;
            }

            var category = Counts(categories, record.Category ?? "-", 8);
            category[0]++;
            category[1] += record.Events.Count;
            category[2] += result.Predicted.Count;

            var nothingPredicted = result.Predicted.Count == 0;
            if (record.ExpectsNoEvent)
            {
                noEventTotal++;
                category[6]++;
                if (nothingPredicted)
                {
                    noEventCorrect++;
                    category[7]++;
                }
            }

            if (record.IsDiscard)
            {
                discardTotal++;
                if (nothingPredicted)
                {
                    discardCorrect++;
                }
            }

            foreach (var pair in result.Pairs)
            {
                for (var level = (int)pair.Level; level <= 3; level++)
                {
                    tp[level]++;
                    category[2 + level]++;
                }

                if (pair.Level > MatchLevel.Root)
                {
                    continue;
                }

                Counts(classes, pair.GoldClass, 3)[2]++;
                Counts(classes, pair.GoldClass, 3)[0]++;
                if (pair.Gold.Modality is { } modality)
                {
                    modalityTotal++;
                    if (modality == pair.Predicted.Modality)
                    {
                        modalityCorrect++;
                    }
                }

                if (pair.Gold.SourceSector is not null || pair.Gold.TargetSector is not null)
                {
                    sectorTotal++;
                    if (SectorAgrees(pair.Gold.SourceSector, pair.Predicted.SourceSector)
                        && SectorAgrees(pair.Gold.TargetSector, pair.Predicted.TargetSector))
                    {
                        sectorCorrect++;
                    }
                }
            }

            foreach (var pair in result.Pairs)
            {
                if (pair.Level > MatchLevel.Root)
                {
                    Counts(classes, _matcher.PreferredClass(pair.Gold), 3)[0]++;
                }
            }

            foreach (var miss in result.Misses)
            {
                Counts(classes, _matcher.PreferredClass(miss), 3)[0]++;
            }

            foreach (var p in result.Predicted)
            {
                Counts(classes, _matcher.ClassOf(p), 3)[1]++;
            }

            if (result.Crash is { } crash)
            {
                crashed.Add(new CrashedRecord(record.Id, crash));
            }

            if (!result.IsPerfect)
            {
                errors.Add(ErrorsOf(result));
            }
        }

        var classRows = new List<ClassScore>(classes.Count);
        foreach (var (name, c) in classes)
        {
            classRows.Add(new ClassScore(name, c[0], c[1], c[2]));
        }

        var categoryRows = new List<CategoryScore>(categories.Count);
        foreach (var (name, c) in categories)
        {
            categoryRows.Add(new CategoryScore(name, c[0], c[1], c[2], c[3], c[4], c[5], new RatioScore(c[7], c[6])));
        }

        return new EvaluationReport
        {
            Mode = Options.Mode,
            Sets = [.. sets],
            Records = records,
            Documents = documents,
            Perfect = new RatioScore(perfect, records),
            Levels =
            [
                new LevelScore(MatchLevel.Code, tp[1], predTotal, goldTotal),
                new LevelScore(MatchLevel.Root, tp[2], predTotal, goldTotal),
                new LevelScore(MatchLevel.Dyad, tp[3], predTotal, goldTotal),
            ],
            NoEvent = new RatioScore(noEventCorrect, noEventTotal),
            Discard = new RatioScore(discardCorrect, discardTotal),
            Modality = new RatioScore(modalityCorrect, modalityTotal),
            Sector = new RatioScore(sectorCorrect, sectorTotal),
            Classes = classRows,
            Categories = categoryRows,
            Crashed = crashed,
            Errors = errors,
        };
    }

    private static RecordErrors ErrorsOf(RecordResult result)
    {
        var partial = new List<MatchedPair>();
        foreach (var pair in result.Pairs)
        {
            if (pair.Level != MatchLevel.Code)
            {
                partial.Add(pair);
            }
        }

        return new RecordErrors
        {
            Id = result.Record.Id,
            Category = result.Record.Category,
            Text = result.Record.Text,
            Error = result.Record.Error,
            Misses = result.Misses,
            Extras = result.Extras,
            Folded = result.Folded,
            Partial = partial,
            Crash = result.Crash,
        };
    }

    // A gold sector that is absent is not scored; a present one must be predicted exactly.
    private static bool SectorAgrees(string? gold, string? predicted) =>
        gold is null || string.Equals(gold, predicted, StringComparison.OrdinalIgnoreCase);

    private static int[] Counts(SortedDictionary<string, int[]> table, string key, int width)
    {
        if (!table.TryGetValue(key, out var counts))
        {
            counts = new int[width];
            table[key] = counts;
        }

        return counts;
    }
}

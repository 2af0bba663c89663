using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Entente.Evaluation;

/// <summary>Every figure of one evaluation run (EVAL.md §3), printable as text tables or JSON.</summary>
public sealed record EvaluationReport
{
    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    /// <summary>Comparison rules used.</summary>
    public ScoringMode Mode { get; init; }

    /// <summary>Distinct `set` names of the records scored (empty for EVAL-format files).</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>Records scored.</summary>
    public int Records { get; init; }

    /// <summary>Of which multi-sentence documents.</summary>
    public int Documents { get; init; }

    /// <summary>Records fully right (every gold event at L1, nothing extra, no crash).</summary>
    public RatioScore Perfect { get; init; } = new(0, 0);

    /// <summary>P/R/F1 at L1 code, L2 root, L3 dyad.</summary>
    public IReadOnlyList<LevelScore> Levels { get; init; } = [];

    /// <summary>Records with no gold event for which nothing was predicted.</summary>
    public RatioScore NoEvent { get; init; } = new(0, 0);

    /// <summary>Discard/error records (PETRARCH `error`) for which nothing was predicted.</summary>
    public RatioScore Discard { get; init; } = new(0, 0);

    /// <summary>Same modality, over L2 matches whose gold has one.</summary>
    public RatioScore Modality { get; init; } = new(0, 0);

    /// <summary>Same source and target sector, over L2 matches whose gold has one.</summary>
    public RatioScore Sector { get; init; } = new(0, 0);

    /// <summary>Per-root (or per-PLOVER-type) precision and recall.</summary>
    public IReadOnlyList<ClassScore> Classes { get; init; } = [];

    /// <summary>Per-category figures.</summary>
    public IReadOnlyList<CategoryScore> Categories { get; init; } = [];

    /// <summary>Records whose prediction threw.</summary>
    public IReadOnlyList<CrashedRecord> Crashed { get; init; } = [];

    /// <summary>Records not fully right, with their misses, extras and partial matches.</summary>
    public IReadOnlyList<RecordErrors> Errors { get; init; } = [];

    /// <summary>The figure at one level.</summary>
    public LevelScore Level(MatchLevel level)
    {
        foreach (var score in Levels)
        {
            if (score.Level == level)
            {
                return score;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(level), level, "no figure at this level");
    }

    /// <summary>Serialises the report (snake_case, enums as snake_case strings, indented).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    public static EvaluationReport FromJson(string json) =>
        JsonSerializer.Deserialize<EvaluationReport>(json, Json) ?? throw new JsonException("empty report");

    /// <summary>Aligned plain-text tables: levels, accuracies, per-root and per-category figures, crashes.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Mode {ModeName(Mode)}");
        if (Sets.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", sets {string.Join(", ", Sets)}");
        }

        text.Append(CultureInfo.InvariantCulture, $": {Records} records ({Documents} documents), {Perfect.Correct} fully right\n\n");

        var levels = new TextTable("level", "P", "R", "F1", "TP", "pred", "gold");
        foreach (var level in Levels)
        {
            levels.Add(LevelName(level.Level), Num(level.Precision), Num(level.Recall), Num(level.F1), Int(level.TruePositives), Int(level.Predicted), Int(level.Gold));
        }

        levels.WriteTo(text);
        text.Append('\n');

        var accuracies = new TextTable("accuracy", "share", "right", "of");
        AddRatio(accuracies, "no-event", NoEvent);
        AddRatio(accuracies, "discard", Discard);
        AddRatio(accuracies, "modality (L2)", Modality);
        AddRatio(accuracies, "sector (L2)", Sector);
        accuracies.WriteTo(text);
        text.Append('\n');

        var classes = new TextTable(Mode is ScoringMode.Plover or ScoringMode.PloverDyads ? "type" : "root", "P", "R", "F1", "matched", "pred", "gold");
        foreach (var row in Classes)
        {
            classes.Add(row.Class, Num(row.Precision), Num(row.Recall), Num(row.F1), Int(row.Matched), Int(row.Predicted), Int(row.Gold));
        }

        classes.WriteTo(text);

        if (Categories.Count > 1 || (Categories.Count == 1 && Categories[0].Category != "-"))
        {
            text.Append('\n');
            var categories = new TextTable("category", "records", "gold", "pred", "F1 code", "F1 root", "F1 dyad", "no-event");
            foreach (var row in Categories)
            {
                var noEvent = row.NoEvent.Total == 0 ? "-" : $"{row.NoEvent.Correct}/{row.NoEvent.Total}";
                categories.Add(row.Category, Int(row.Records), Int(row.Gold), Int(row.Predicted), Num(row.CodeF1), Num(row.RootF1), Num(row.DyadF1), noEvent);
            }

            categories.WriteTo(text);
        }

        if (Crashed.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{Crashed.Count} records crashed (scored as no predictions):\n");
            foreach (var crash in Crashed)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {crash.Id}: {crash.Message}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Per-record listing of misses, extras, partial matches and crashes, for `--errors`.</summary>
    public string ErrorsText()
    {
        var text = new StringBuilder();
        foreach (var record in Errors)
        {
            text.Append(record.Id);
            if (record.Category is { } category)
            {
                text.Append(CultureInfo.InvariantCulture, $" [{category}]");
            }

            if (record.Error is { } error)
            {
                text.Append(CultureInfo.InvariantCulture, $" (must discard: {error})");
            }

            text.Append(CultureInfo.InvariantCulture, $" {Shorten(record.Text)}\n");
            if (record.Crash is { } crash)
            {
                text.Append(CultureInfo.InvariantCulture, $"  crash   {crash}\n");
            }

            foreach (var miss in record.Misses)
            {
                text.Append(CultureInfo.InvariantCulture, $"  miss    {miss}\n");
            }

            foreach (var extra in record.Extras)
            {
                text.Append(CultureInfo.InvariantCulture, $"  extra   {extra}\n");
            }

            foreach (var same in record.Folded)
            {
                text.Append(CultureInfo.InvariantCulture, $"  same    {same}  (another dyad of a counted event)\n");
            }

            foreach (var pair in record.Partial)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {LevelName(pair.Level),-7} gold {pair.Gold}  pred {pair.Predicted}\n");
            }
        }

        return text.ToString();
    }

    private static void AddRatio(TextTable table, string name, RatioScore ratio) =>
        table.Add(name, ratio.Accuracy is { } a ? Num(a) : "-", Int(ratio.Correct), Int(ratio.Total));

    private static string LevelName(MatchLevel level) => level switch
    {
        MatchLevel.Code => "L1 code",
        MatchLevel.Root => "L2 root",
        MatchLevel.Dyad => "L3 dyad",
        _ => "none",
    };

    private static string ModeName(ScoringMode mode) => mode switch
    {
        ScoringMode.PetrarchStrict => "petrarch-strict",
        ScoringMode.PetrarchRelaxed => "petrarch-relaxed",
        ScoringMode.Plover => "plover (dyads of one trigger are one event)",
        ScoringMode.PloverDyads => "plover-dyads (every dyad an event)",
        ScoringMode.RootOnly => "root-only",
        _ => "eval",
    };

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 120 ? flat : string.Concat(flat.AsSpan(0, 117), "...");
    }

    private static string Num(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

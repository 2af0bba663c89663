using System.Text.Json;
using Entente.Evaluation;
using Entente.Model;

namespace Entente.Tests.Evaluation;

/// <summary>Test fixtures of predictions: one JSON line per record id with its predicted events.</summary>
internal static class PredictionFile
{
    public static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Evaluation", "Golden", name);

    public static Dictionary<string, IReadOnlyList<PredictedEvent>> Read(string path)
    {
        var byId = new Dictionary<string, IReadOnlyList<PredictedEvent>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var events = new List<PredictedEvent>();
            foreach (var e in root.GetProperty("events").EnumerateArray())
            {
                events.Add(Event(e));
            }

            byId[root.GetProperty("id").GetString()!] = events;
        }

        return byId;
    }

    public static PredictedEvent Event(JsonElement e) =>
        new(
            Str(e, "source")!,
            Str(e, "source_code"),
            Str(e, "source_sector"),
            Str(e, "target"),
            Str(e, "target_code"),
            Str(e, "target_sector"),
            Str(e, "cameo")!,
            Enum.Parse<Modality>(Str(e, "modality") ?? "asserted", ignoreCase: true),
            Str(e, "plover"))
        {
            Sentence = e.TryGetProperty("sentence", out var s) ? s.GetInt32() : null,
        };

    /// <summary>Shorthand for a predicted event in tests: "SRC>TGT" dyad, empty target for none.</summary>
    public static PredictedEvent P(string source, string? target, string cameo, Modality modality = Modality.Asserted) =>
        new(source, null, null, target, null, null, cameo, modality);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

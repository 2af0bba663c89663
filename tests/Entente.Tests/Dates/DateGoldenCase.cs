using System.Text.Json.Serialization;

namespace Entente.Tests.Dates;

/// <summary>One line of date-golden.jsonl.</summary>
public sealed record DateGoldenCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("publication")] string Publication,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("expected")] IReadOnlyList<DateGoldenExpected> Expected,
    [property: JsonPropertyName("why")] string Why,
    [property: JsonPropertyName("future")] bool Future = false);

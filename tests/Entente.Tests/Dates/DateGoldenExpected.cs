using System.Text.Json.Serialization;

namespace Entente.Tests.Dates;

/// <summary>One expected expression of a golden case; range_end is required for every granularity but Day.</summary>
public sealed record DateGoldenExpected(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("granularity")] string Granularity,
    [property: JsonPropertyName("range_end")] string? RangeEnd = null,
    [property: JsonPropertyName("rule")] string? Rule = null);

using System.Globalization;
using System.Text.Json;

namespace Entente.Store;

/// <summary>The JSON shapes of the analytics results, written the same way by <c>entente dyad/alignment --json</c> and by
/// the HTTP API (which adds its own fields around them).</summary>
public static class AnalyticsJson
{
    /// <summary>An array property of alignment cells.</summary>
    public static void WriteCells(Utf8JsonWriter w, string name, IReadOnlyList<AlignmentCell> cells)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(cells);
        w.WriteStartArray(name);
        foreach (var c in cells)
        {
            WriteCell(w, c);
        }

        w.WriteEndArray();
    }

    /// <summary>One alignment cell: the pair, its volume, cooperation and conflict counts, net cooperation and mean Goldstein.</summary>
    public static void WriteCell(Utf8JsonWriter w, AlignmentCell c)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(c);
        w.WriteStartObject();
        w.WriteString("a", c.A);
        w.WriteString("b", c.B);
        w.WriteNumber("events", c.Total);
        w.WriteNumber("cooperation", c.Cooperation);
        w.WriteNumber("conflict", c.Conflict);
        w.WriteNumber("net_cooperation", Math.Round(c.NetCooperation, 4));
        w.WriteNumber("goldstein_mean", Math.Round(c.GoldsteinMean, 4));
        w.WriteEndObject();
    }

    /// <summary>The opening of a trend object (pair, change, Goldstein change, the cell before and after); the caller
    /// writes the drivers and closes the object.</summary>
    public static void WriteTrendStart(Utf8JsonWriter w, DyadTrend d)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(d);
        w.WriteStartObject();
        w.WriteString("a", d.After.A);
        w.WriteString("b", d.After.B);
        w.WriteNumber("change", Math.Round(d.Change, 4));
        w.WriteNumber("goldstein_change", Math.Round(d.GoldsteinChange, 4));
        w.WritePropertyName("before");
        WriteCell(w, d.Before);
        w.WritePropertyName("after");
        WriteCell(w, d.After);
    }

    /// <summary>One dyad period: direction, quad-class counts, Goldstein sum and mean, counts by context and by root.</summary>
    public static void WritePeriod(Utf8JsonWriter w, DyadPeriod p)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(p);
        w.WriteStartObject();
        w.WriteString("period", p.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("direction", p.Direction switch
        {
            DyadDirection.AToB => "a_to_b",
            DyadDirection.BToA => "b_to_a",
            _ => "combined",
        });
        w.WriteNumber("events", p.Total);
        w.WriteNumber("verbal_cooperation", p.VerbalCooperation);
        w.WriteNumber("material_cooperation", p.MaterialCooperation);
        w.WriteNumber("verbal_conflict", p.VerbalConflict);
        w.WriteNumber("material_conflict", p.MaterialConflict);
        w.WriteNumber("goldstein_sum", Math.Round(p.GoldsteinSum, 3));
        w.WriteNumber("goldstein_mean", Math.Round(p.GoldsteinMean, 3));
        WriteCounts(w, "contexts", p.Contexts);
        WriteCounts(w, "cameo_roots", p.Roots);
        w.WriteEndObject();
    }

    /// <summary>An object property of counts by key.</summary>
    public static void WriteCounts(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(counts);
        w.WriteStartObject(name);
        foreach (var (key, n) in counts)
        {
            w.WriteNumber(key, n);
        }

        w.WriteEndObject();
    }
}

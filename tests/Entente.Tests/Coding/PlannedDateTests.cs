using System.Text.Json;
using Entente.Model;

namespace Entente.Tests.Coding;

/// <summary>Dates of planned acts in reported speech (Golden/constructions19-dates.jsonl): each gold event with an
/// "event_date" must be coded (same source country and a code among its alternatives) with that date; the codes and
/// modalities themselves are checked by <see cref="GoldenCodingTests"/>.</summary>
[Collection("engine")]
public sealed class PlannedDateTests(EngineFixture fixture)
{
    private static readonly string File = Path.Combine(AppContext.BaseDirectory, "Coding", "Golden", "constructions19-dates.jsonl");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var line in System.IO.File.ReadLines(File))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            data.Add(doc.RootElement.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dates_the_event(string id)
    {
        var line = System.IO.File.ReadLines(File).Single(l => l.Contains($"\"{id}\"", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var published = DateOnly.Parse(root.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var coded = fixture.Engine.Code(new Document(id, published, null, null, null, text));
        var checkedAny = false;
        foreach (var gold in root.GetProperty("events").EnumerateArray())
        {
            if (!gold.TryGetProperty("event_date", out var when)) continue;
            var source = gold.GetProperty("source").GetString()!.Split('|');
            var codes = gold.GetProperty("cameo").GetString()!.Split('|');
            var expected = DateOnly.Parse(when.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var match = coded.Events.FirstOrDefault(e => codes.Contains(e.Cameo) && source.Any(s => e.Source.Code.StartsWith(s, StringComparison.Ordinal)));
            Assert.True(match is not null, $"{id}: {text}\n  no event {gold}");
            Assert.True(match!.Date == expected, $"{id}: {text}\n  why: {root.GetProperty("note").GetString()}\n  expected {expected:yyyy-MM-dd}, got {match.Date:yyyy-MM-dd}");
            checkedAny = true;
        }

        Assert.True(checkedAny, $"{id}: no gold event carries an event_date");
    }
}

using Entente.Evaluation;
using Entente.Model;

namespace Entente.Tests.Coding;

/// <summary>Golden cases for the coder with the shipped dictionaries and patterns: every file under
/// Coding/Golden/ is EVAL.md JSONL (text, date, expected events, a "note" saying why). A case passes when
/// the coder's events equal the gold events at the code level (L1) with the same modality, and nothing else.</summary>
[Collection("engine")]
public sealed class GoldenCodingTests(EngineFixture fixture)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Coding", "Golden");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var record in GoldSetReader.ReadFile(file))
                data.Add(Path.GetFileName(file), record.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Codes_the_case(string file, string id)
    {
        var record = GoldSetReader.ReadFile(Path.Combine(Folder, file)).Single(r => r.Id == id);
        var coded = fixture.Engine.Code(new Document(record.Id, record.Date, null, null, null, record.Text));
        var predicted = coded.Events.Select(PredictedEvent.FromCoded).ToArray();
        var result = new Scorer(new EvaluationOptions()).Score(record, predicted);
        var problems = new List<string>();
        problems.AddRange(result.Misses.Select(m => $"missed {m}"));
        problems.AddRange(result.Extras.Select(e => $"extra {e}"));
        foreach (var pair in result.Pairs)
        {
            if (pair.Level != MatchLevel.Code) problems.Add($"wrong code: gold {pair.Gold} got {pair.Predicted}");
            else if (pair.Gold.Modality is { } m && m != pair.Predicted.Modality) problems.Add($"wrong modality: gold {pair.Gold} got {pair.Predicted}");
        }

        Assert.True(problems.Count == 0, $"{id}: {record.Text}\n  why: {record.Note}\n  " + string.Join("\n  ", problems));
    }
}

using Entente.Evaluation;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Tests.Coding;

/// <summary>Real input is cut off mid-sentence ("Since fighting began in 1991 and was" ended a synthetic story and once
/// crashed a rule that looked one word past "was"). Every golden text is coded cut after each of its words: the coder must
/// never throw, whatever word a sentence ends on.</summary>
[Collection("engine")]
public sealed class TruncatedSentenceTests(EngineFixture fixture)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Coding", "Golden");

    [Fact]
    public void Codes_every_word_prefix_of_the_golden_texts_without_throwing()
    {
        var failures = new List<string>();
        var failed = 0;
        var prefixes = 0;
        foreach (var file in Directory.GetFiles(Folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var record in GoldSetReader.ReadFile(file))
            {
                var text = record.Text;
                for (var end = text.IndexOf(' ', StringComparison.Ordinal); end > 0; end = text.IndexOf(' ', end + 1))
                {
                    prefixes++;
                    var prefix = text[..end];
                    try
                    {
                        fixture.Engine.Code(new Document(record.Id, record.Date, null, null, null, prefix));
                    }
                    catch (CodingException ex)
                    {
                        if (++failed <= 20) failures.Add($"{Path.GetFileName(file)} {record.Id}: \"{prefix}\": {ex.Message}\n    {FirstFrames(ex.InnerException)}");
                    }
                }
            }
        }

        Assert.True(prefixes > 10_000, $"only {prefixes} prefixes were coded");
        Assert.True(failed == 0, $"{failed} prefixes failed, the first ones:\n" + string.Join("\n", failures));
    }

    private static string FirstFrames(Exception? inner) =>
        inner?.StackTrace is { } trace ? string.Join(" | ", trace.Split('\n').Take(3).Select(static l => l.Trim())) : "";
}

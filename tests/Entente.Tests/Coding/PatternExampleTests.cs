using Entente.Model;

namespace Entente.Tests.Coding;

/// <summary>Every shipped pattern that carries an example sentence must code that sentence itself.</summary>
[Collection("engine")]
public sealed class PatternExampleTests(EngineFixture fixture)
{
    [Fact]
    public void Every_example_is_coded_by_its_own_pattern()
    {
        var failures = new List<string>();
        var examples = 0;
        foreach (var pattern in fixture.Engine.Patterns.Patterns)
        {
            if (pattern.Example is null) continue;
            examples++;
            var coded = fixture.Engine.Code(new Document("example", new DateOnly(2024, 6, 1), null, null, null, pattern.Example));
            if (!coded.Events.Any(e => e.Rule.StartsWith(pattern.Id + "/", StringComparison.Ordinal)))
            {
                var got = string.Join("; ", coded.Events.Select(e => $"{e.Source.Code}->{e.Target?.Code ?? "---"} {e.Cameo} by {e.Rule}"));
                failures.Add($"{pattern.Id} ({Path.GetFileName(pattern.File)}:{pattern.Line}): '{pattern.Example}' gave [{got}]");
            }
        }

        Assert.True(examples > 0, "no pattern carries an example");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

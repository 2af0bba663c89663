using Entente.Coding;
using Entente.Model;

namespace Entente.Tests.Coding;

/// <summary>Every shipped pattern brings an example sentence: a coding pattern's example is coded by the pattern itself with
/// its own CAMEO code (or a refinement of it); a guard's example shows the guard matching and no event coming from the words it covers.</summary>
[Collection("engine")]
public sealed class PatternExampleTests(EngineFixture fixture)
{
    private static readonly DateOnly ExampleDate = new(2024, 6, 1);

    [Fact]
    public void Every_pattern_has_an_example()
    {
        var missing = fixture.Engine.Patterns.Patterns
            .Where(p => string.IsNullOrWhiteSpace(p.Example))
            .Select(p => $"{p.Id} ({Path.GetFileName(p.File)}:{p.Line})")
            .ToList();

        Assert.True(missing.Count == 0,
            $"{missing.Count} patterns have no example= (tools/pattern-examples/README.md drafts them):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_example_is_coded_by_its_own_pattern_with_its_own_code()
    {
        var failures = new List<string>();
        var examples = 0;
        foreach (var pattern in fixture.Engine.Patterns.Patterns)
        {
            if (pattern.Example is null || IsGuard(pattern)) continue;
            examples++;
            var coded = Code(pattern.Example);
            // The coder may refine a general code by what follows ('blamed X for the rocket attack': 112 -> 1123), never leave it.
            if (!coded.Events.Any(e => e.Rule.StartsWith(pattern.Id + "/", StringComparison.Ordinal) && e.Cameo.StartsWith(pattern.Cameo, StringComparison.Ordinal)))
                failures.Add($"{Describe(pattern)} gave [{Events(coded)}]");
        }

        Assert.True(examples > 3000, $"only {examples} coding patterns carry an example");
        Assert.True(failures.Count == 0, $"{failures.Count} examples not coded by their own pattern with its own code:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Every_guard_example_is_matched_by_the_guard_and_gives_no_event_there()
    {
        var failures = new List<string>();
        var guards = 0;
        foreach (var pattern in fixture.Engine.Patterns.Patterns)
        {
            if (pattern.Example is null || !IsGuard(pattern)) continue;
            guards++;
            var coded = Code(pattern.Example);
            var doc = coded.Segmented;
            var span = GuardSpan(pattern, doc);
            if (span is not { } s)
            {
                var won = string.Join(", ", doc.Sentences.SelectMany(x => fixture.Engine.Patterns.Match(doc.Text, doc.TokensOf(x), x.FirstToken)).Select(m => m.Pattern.Id));
                failures.Add($"{Describe(pattern)}: the guard did not match (matched: {won})");
                continue;
            }

            // The guarded words must give nothing: no event whose trigger lies within them.
            var inside = coded.Events.Where(e => e.Trigger.Start < s.End && e.Trigger.End > s.Start).ToList();
            if (inside.Count > 0) failures.Add($"{Describe(pattern)} coded the guarded words: [{Events(coded)}]");
        }

        Assert.True(guards > 0, "no guard carries an example");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A guard never codes: it has no target slot at all and its id says so (pattern-format: guards
    /// suppress a shorter trigger inside a non-event phrase). Passives with frame '-' code through their by-phrase.</summary>
    private static bool IsGuard(EventPattern p) =>
        p.Id.StartsWith("pattern:guard-", StringComparison.Ordinal) && !p.DirectObject && p.TargetPrepositions.Count == 0 &&
        !p.Reciprocal && !p.AllowNoTarget && p.SourcePrepositions.Count == 0;

    private (int Start, int End)? GuardSpan(EventPattern guard, SegmentedDocument doc)
    {
        foreach (var sentence in doc.Sentences)
        {
            foreach (var match in fixture.Engine.Patterns.Match(doc.Text, doc.TokensOf(sentence), sentence.FirstToken))
            {
                if (match.Pattern.Id == guard.Id) return (doc.Tokens[match.FirstToken].Start, doc.Tokens[match.LastToken].End);
            }
        }

        return null;
    }

    private CodedDocument Code(string text) =>
        fixture.Engine.Code(new Document("example", ExampleDate, null, null, null, text));

    private static string Describe(EventPattern p) => $"{p.Id} {p.Cameo} ({Path.GetFileName(p.File)}:{p.Line}): '{p.Example}'";

    private static string Events(CodedDocument coded) =>
        string.Join("; ", coded.Events.Select(e => $"{e.Source.Code}->{e.Target?.Code ?? "---"} {e.Cameo} by {e.Rule}"));
}

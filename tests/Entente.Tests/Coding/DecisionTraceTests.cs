using Entente.Coding;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Tests.Coding;

/// <summary>Every pattern match that yields no event says why in the trace (FIELD-NOTES: silent empty output).</summary>
public sealed class DecisionTraceTests
{
    // The shipped pipeline (Engine.Create), with the decision trace on.
    private static readonly Lazy<Engine> TracingEngine = new(() => Engine.Create(new EngineOptions { Coder = new CoderOptions { Trace = true } }));

    [Theory]
    [InlineData("Kenya's president was received by Kenya's prime minister on Monday.", "receive-leader")]
    [InlineData("The Kenyan president met the Kenyan prime minister.", "meet")]
    public void A_pair_of_one_actor_is_dropped_with_a_reason(string sentence, string pattern)
    {
        var coded = TracingEngine.Value.Code(new Document("d", new DateOnly(2024, 6, 1), null, null, null, sentence));
        Assert.Empty(coded.Events);
        Assert.Contains(coded.Trace, t => t.Stage == "coder" && t.Message.Contains($"pattern:{pattern}", StringComparison.Ordinal) &&
                                          t.Message.Contains("source and target are one actor", StringComparison.Ordinal));
    }
}

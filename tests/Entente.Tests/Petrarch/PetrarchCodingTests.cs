using Entente.Model;
using Entente.Pipeline;

namespace Entente.Tests.Petrarch;

/// <summary>Coding with imported PETRARCH dictionaries follows PETRARCH's reading of a pattern's frame.</summary>
public sealed class PetrarchCodingTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("petr-coding-");

    public void Dispose() => _dir.Delete(recursive: true);

    private Engine CreateEngine()
    {
        // A bare verb block: PETRARCH looks for its target among the verb phrase's own objects.
        var verbs = Path.Combine(_dir.FullName, "verbs.txt");
        File.WriteAllText(verbs, "--- PROPOSE  [100] ---\nPROPOSE {PROPOSES PROPOSED PROPOSING}\n");
        return Engine.Create(new EngineOptions { Petrarch = PetrarchFixtures.Paths with { Verbs = verbs } });
    }

    [Theory]
    // why: the direct object is the verb phrase's own target.
    [InlineData("Valdoria proposed Tomas Renn a truce.", "VLD>EST 100")]
    // why: "to" before a name is a preposition, not an infinitive.
    [InlineData("Valdoria proposed to Tomas Renn a truce.", "VLD>EST 100")]
    // why: Renn is the object of the infinitive "take up", which has no pattern; PETRARCH finds no target here.
    [InlineData("Valdoria proposed to take up the issue with Tomas Renn.", "")]
    public void BareVerbTargetStaysInItsVerbPhrase(string sentence, string expected)
    {
        var coded = CreateEngine().Code(new Document("t", new DateOnly(2012, 5, 1), null, null, null, sentence));
        var dyads = coded.Events.Where(e => e.Target is not null).Select(e => $"{e.Source.Code}>{e.Target!.Code} {e.Cameo}");
        Assert.Equal(expected, string.Join("; ", dyads));
    }
}

using Entente.Petrarch;

namespace Entente.Tests.Petrarch;

/// <summary>Paths and loaders for the fictional PETRARCH-format fixture dictionaries.</summary>
internal static class PetrarchFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Petrarch", "Fixtures");

    public static string File(string name) => Path.Combine(Directory, name);

    public static PetrarchPaths Paths => new()
    {
        Actors = [File("Fixture.actors.txt")],
        Agents = File("Fixture.agents.txt"),
        Verbs = File("Fixture.verbs.txt"),
        Discards = File("Fixture.discards.txt"),
    };

    /// <summary>The fixtures loaded strictly: any malformed line fails the test.</summary>
    public static PetrarchImport Load() => PetrarchDictionaries.Load(Paths, strict: true);
}

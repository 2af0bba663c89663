using System.CommandLine;
using Entente.Cli;

namespace Entente.Tests.Petrarch;

/// <summary>The CLI's --petrarch-* options turn into <see cref="Entente.Petrarch.PetrarchPaths"/>.</summary>
public sealed class PetrarchDictsOptionTests
{
    private static (PetrarchDictsOption Option, Command Command) Make()
    {
        var option = new PetrarchDictsOption();
        var command = new Command("eval");
        option.AddTo(command);
        return (option, command);
    }

    [Fact]
    public void NoOptionGivesNull()
    {
        var (option, command) = Make();
        Assert.Null(option.ToPaths(command.Parse([])));
    }

    [Fact]
    public void AFolderUsesItsStandardNames()
    {
        var (option, command) = Make();
        var paths = option.ToPaths(command.Parse(["--petrarch-dicts", PetrarchFixtures.Directory]));
        Assert.NotNull(paths);
        Assert.Equal(PetrarchFixtures.File("Fixture.verbs.txt"), paths.Verbs);
        Assert.Equal([PetrarchFixtures.File("Fixture.actors.txt")], paths.Actors);
    }

    [Fact]
    public void PerKindOptionsOverrideTheFolder()
    {
        var (option, command) = Make();
        var paths = option.ToPaths(command.Parse([
            "--petrarch-dicts", PetrarchFixtures.Directory,
            "--petrarch-actors", "a.txt,b.txt",
            "--petrarch-verbs", "v.txt",
        ]));
        Assert.NotNull(paths);
        Assert.Equal(["a.txt", "b.txt"], paths.Actors);
        Assert.Equal("v.txt", paths.Verbs);
        Assert.Equal(PetrarchFixtures.File("Fixture.agents.txt"), paths.Agents);
    }

    [Fact]
    public void OneKindAloneNeedsNoFolder()
    {
        var (option, command) = Make();
        var paths = option.ToPaths(command.Parse(["--petrarch-discards", "d.txt"]));
        Assert.NotNull(paths);
        Assert.Equal("d.txt", paths.Discards);
        Assert.Empty(paths.Actors);
        Assert.Null(paths.Verbs);
    }
}

using System.CommandLine;
using Entente.Petrarch;

namespace Entente.Cli;

/// <summary>The <c>--petrarch-dicts DIR</c> option and its per-kind overrides, and how they become <see cref="PetrarchPaths"/>.</summary>
internal sealed class PetrarchDictsOption
{
    /// <summary>A folder of PETRARCH dictionaries (an &lt;Environment&gt; XML or config names the files, else standard names).</summary>
    public Option<string?> Directory { get; } = new("--petrarch-dicts")
    {
        Description = "Folder of PETRARCH/TABARI dictionaries (actors, agents, verbs, discards) to use instead of the shipped ones.",
    };

    /// <summary>Actors files, overriding those of the folder (comma-separated or repeated).</summary>
    public Option<string[]> Actors { get; } = new("--petrarch-actors")
    {
        Description = "PETRARCH actors file(s), comma-separated or repeated; overrides the folder's.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Agents file, overriding the folder's.</summary>
    public Option<string?> Agents { get; } = new("--petrarch-agents") { Description = "PETRARCH agents file; overrides the folder's." };

    /// <summary>Verbs file, overriding the folder's.</summary>
    public Option<string?> Verbs { get; } = new("--petrarch-verbs") { Description = "PETRARCH verbs file (e.g. CAMEO.2.0.txt); overrides the folder's." };

    /// <summary>Discards file, overriding the folder's.</summary>
    public Option<string?> Discards { get; } = new("--petrarch-discards") { Description = "PETRARCH discards file; overrides the folder's." };

    /// <summary>Adds the five options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Directory);
        command.Options.Add(Actors);
        command.Options.Add(Agents);
        command.Options.Add(Verbs);
        command.Options.Add(Discards);
    }

    /// <summary>The paths the options name, or null when none is given. Throws <see cref="DirectoryNotFoundException"/> for a missing folder.</summary>
    public PetrarchPaths? ToPaths(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var directory = parse.GetValue(Directory);
        var actors = parse.GetValue(Actors) ?? [];
        var agents = parse.GetValue(Agents);
        var verbs = parse.GetValue(Verbs);
        var discards = parse.GetValue(Discards);
        if (directory is null && actors.Length == 0 && agents is null && verbs is null && discards is null) return null;
        var paths = directory is null ? new PetrarchPaths() : PetrarchPaths.FromEnvironmentDirectory(directory);
        var actorList = actors.SelectMany(a => a.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        return paths with
        {
            Actors = actorList.Length > 0 ? actorList : paths.Actors,
            Agents = agents ?? paths.Agents,
            Verbs = verbs ?? paths.Verbs,
            Discards = discards ?? paths.Discards,
        };
    }
}

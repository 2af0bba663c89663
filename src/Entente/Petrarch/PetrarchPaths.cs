using System.Xml;

namespace Entente.Petrarch;

/// <summary>Where the PETRARCH/TABARI dictionaries are: any number of actors files and at most one of each other kind.</summary>
public sealed record PetrarchPaths
{
    /// <summary>Actors files, in load order; default none.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];
    /// <summary>Agents file, or null; default null.</summary>
    public string? Agents { get; init; }
    /// <summary>Verbs file, or null; default null.</summary>
    public string? Verbs { get; init; }
    /// <summary>Discards file, or null; default null.</summary>
    public string? Discards { get; init; }

    /// <summary>Whether no file is named.</summary>
    public bool IsEmpty => Actors.Count == 0 && Agents is null && Verbs is null && Discards is null;

    /// <summary>The files of a PETRARCH dictionary folder: those named by an <c>&lt;Environment&gt;</c> block of a <c>*.xml</c>
    /// file in it (PETRARCH's validation format), else by a <c>*.ini</c> config's <c>actorfile_list</c>,
    /// <c>agentsfile_name</c>, <c>verbfile_name</c> and <c>discardfile_name</c>, else the standard names:
    /// <c>*.actors.txt</c>, <c>*agents*.txt</c>, <c>*verbs*.txt</c> or <c>CAMEO*.txt</c>, <c>*discards*.txt</c>.</summary>
    public static PetrarchPaths FromEnvironmentDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException("No PETRARCH dictionary folder '" + directory + "'.");
        foreach (var xml in Sorted(directory, "*.xml"))
        {
            if (FromEnvironmentXml(xml, directory) is { } found) return found;
        }

        foreach (var ini in Sorted(directory, "*.ini"))
        {
            if (FromConfig(ini, directory) is { } found) return found;
        }

        var verbs = First(directory, "*verbs*.txt") ?? First(directory, "CAMEO*.txt");
        return new PetrarchPaths
        {
            Actors = Sorted(directory, "*.actors.txt"),
            Agents = First(directory, "*agents*.txt"),
            Verbs = verbs,
            Discards = First(directory, "*discards*.txt"),
        };
    }

    private static PetrarchPaths? FromEnvironmentXml(string path, string directory)
    {
        // Only the <Environment> block is read: the records after it may be large, so stop there.
        string? verbs = null, agents = null, discards = null;
        var actors = new List<string>();
        var inEnvironment = false;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            // ReadElementContentAsString moves past the element itself, so only Read() when nothing was consumed.
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Name == "Environment")
                {
                    inEnvironment = true;
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.Name == "Environment")
                {
                    break;
                }
                else if (inEnvironment && reader.NodeType == XmlNodeType.Element && reader.Name is "Verbfile" or "Actorfile" or "Agentfile" or "Discardfile")
                {
                    var name = reader.Name;
                    var value = reader.ReadElementContentAsString();
                    switch (name)
                    {
                        case "Verbfile": verbs = Resolve(directory, value); break;
                        case "Actorfile": actors.AddRange(Split(value).Select(a => Resolve(directory, a))); break;
                        case "Agentfile": agents = Resolve(directory, value); break;
                        default: discards = Resolve(directory, value); break;
                    }

                    continue;
                }

                reader.Read();
            }
        }

        catch (XmlException)
        {
            if (!inEnvironment) return null;
        }

        if (!inEnvironment) return null;
        return new PetrarchPaths { Actors = actors, Agents = agents, Verbs = verbs, Discards = discards };
    }

    private static PetrarchPaths? FromConfig(string path, string directory)
    {
        string? verbs = null, agents = null, discards = null;
        var actors = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var eq = raw.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) continue;
            var key = raw[..eq].Trim();
            var value = raw[(eq + 1)..].Trim();
            switch (key)
            {
                case "verbfile_name": verbs = Resolve(directory, value); break;
                case "actorfile_list": actors.AddRange(Split(value).Select(a => Resolve(directory, a))); break;
                case "agentsfile_name": agents = Resolve(directory, value); break;
                case "discardfile_name": discards = Resolve(directory, value); break;
            }
        }

        return verbs is null && agents is null && discards is null && actors.Count == 0
            ? null
            : new PetrarchPaths { Actors = actors, Agents = agents, Verbs = verbs, Discards = discards };
    }

    private static string[] Split(string list) => list.Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static string Resolve(string directory, string name) => Path.Combine(directory, name.Trim());

    private static string[] Sorted(string directory, string pattern)
    {
        var files = Directory.GetFiles(directory, pattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static string? First(string directory, string pattern)
    {
        var files = Sorted(directory, pattern);
        return files.Length > 0 ? files[0] : null;
    }
}

namespace Entente.Coding;

/// <summary>Loads every <c>*.txt</c> pattern file of a folder, in ordinal name order, into one <see cref="PatternSet"/>.</summary>
public static class PatternLoader
{
    /// <summary>Parses and compiles the folder's pattern files; errors name file and line.</summary>
    public static PatternSet Load(string directory)
    {
        var parser = new PatternFileParser();
        var all = new List<EventPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.GetFiles(directory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var path in files)
        {
            using var reader = new StreamReader(path);
            foreach (var p in parser.Parse(reader, path))
            {
                if (!ids.Add(p.Id)) throw new PatternException(path, p.Line, $"duplicate id '{p.Id}' (also in another pattern file)");
                all.Add(p);
            }
        }

        return new PatternSet(all);
    }
}

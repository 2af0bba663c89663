namespace Entente.Dictionaries;

/// <summary>The parsed dictionary files that make up one vocabulary (every <c>*.txt</c> of a folder), ready to compile or lint.</summary>
public sealed class DictionarySet
{
    /// <summary>The folder searched for by <see cref="LoadDefault"/>, relative to the application folder or one of its parents.</summary>
    public const string DefaultFolder = "data/dictionaries";

    private DictionarySet(IReadOnlyList<DictionaryFile> files) => Files = files;

    /// <summary>The files, in load order (file names in ordinal order).</summary>
    public IReadOnlyList<DictionaryFile> Files { get; }

    /// <summary>All entries of all files.</summary>
    public IEnumerable<DictionaryEntry> Entries => Files.SelectMany(f => f.Entries);

    /// <summary>Parses every <c>*.txt</c> in <paramref name="directory"/>; throws <see cref="DictionaryException"/> on the first error.</summary>
    public static DictionarySet Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = new List<DictionaryFile>();
        foreach (var path in FilesIn(directory))
        {
            files.Add(DictionaryFileParser.ParseFile(path));
        }

        return new DictionarySet(files);
    }

    /// <summary>Loads the shipped dictionaries from <see cref="FindDefaultDirectory"/>.</summary>
    public static DictionarySet LoadDefault() =>
        Load(FindDefaultDirectory() ?? throw new DirectoryNotFoundException(
            "No '" + DefaultFolder + "' folder in " + AppContext.BaseDirectory + " or its parents."));

    /// <summary>Parses dictionary texts given in memory (embedded resources, tests); throws on the first error.</summary>
    public static DictionarySet FromSources(IEnumerable<DictionarySource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var files = new List<DictionaryFile>();
        foreach (var source in sources)
        {
            files.Add(DictionaryFileParser.Parse(source.Name, source.Text));
        }

        return new DictionarySet(files);
    }

    /// <summary>Wraps already parsed files.</summary>
    public static DictionarySet FromFiles(IEnumerable<DictionaryFile> files) => new([.. files]);

    /// <summary>The first <c>data/dictionaries</c> folder found in <paramref name="start"/> (default: <see cref="AppContext.BaseDirectory"/>) or its parents, or null.</summary>
    public static string? FindDefaultDirectory(string? start = null) => DataFolders.TryFind("dictionaries", start);

    /// <summary>The <c>*.txt</c> files of a folder in ordinal order.</summary>
    public static IReadOnlyList<string> FilesIn(string directory)
    {
        var paths = Directory.GetFiles(directory, "*.txt");
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }

    /// <summary>Compiles the set.</summary>
    public CompiledDictionaries Compile() => DictionaryCompiler.Compile(this);
}

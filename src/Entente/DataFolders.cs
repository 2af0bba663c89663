namespace Entente;

/// <summary>Finds the shipped <c>data/</c> folders next to the program or in a parent folder (a checkout).</summary>
public static class DataFolders
{
    /// <summary>The first <c>data/<paramref name="name"/></c> folder found from <paramref name="start"/> (default: the program's folder) upwards, or null.</summary>
    public static string? TryFind(string name, string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", name);
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>Like <see cref="TryFind"/>, but a missing folder is an error naming where it was looked for.</summary>
    public static string Find(string name, string? start = null) =>
        TryFind(name, start) ?? throw new DirectoryNotFoundException($"no 'data/{name}' folder in {start ?? AppContext.BaseDirectory} or its parents");
}

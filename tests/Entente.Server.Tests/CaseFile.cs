namespace Entente.Server.Tests;

/// <summary>Reads the tab-separated case files under Cases/: '#' lines are comments, "-" is "none", "\n" in a body is a newline.</summary>
internal static class CaseFile
{
    public static IEnumerable<object[]> Read(string name)
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cases", name)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            var row = new object[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                row[i] = cells[i] == "-" ? null! : cells[i].Replace("\\n", "\n", StringComparison.Ordinal);
            }

            yield return row;
        }
    }
}

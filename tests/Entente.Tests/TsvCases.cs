namespace Entente.Tests;

/// <summary>Reads the tab-separated case files copied beside the tests: blank and '#' lines are skipped, each other line is its cells.</summary>
internal static class TsvCases
{
    /// <summary>The rows of the file at <paramref name="relativePath"/> under the test output folder.</summary>
    public static IEnumerable<string[]> Rows(params string[] relativePath)
    {
        foreach (var line in File.ReadLines(Path.Combine([AppContext.BaseDirectory, .. relativePath])))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}

using System.Text.Json;

namespace Entente.Tests.Text;

/// <summary>Loads the golden case files copied next to the test assembly.</summary>
internal static class GoldenFile
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Text", "Golden", name);

    public static IReadOnlyList<JsonElement> Lines(string name) =>
        [.. File.ReadLines(PathOf(name)).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    /// <summary>Theory rows: index of the case and its "why", so a failing case names itself.</summary>
    public static TheoryData<int, string> Cases(string name)
    {
        var data = new TheoryData<int, string>();
        var lines = Lines(name);
        for (int i = 0; i < lines.Count; i++)
        {
            data.Add(i, lines[i].GetProperty("why").GetString()!);
        }

        return data;
    }
}

using System.Globalization;

namespace Entente.Petrarch;

/// <summary>Makes imported entry and pattern ids unique within one import.</summary>
internal static class PetrarchIds
{
    /// <summary><paramref name="id"/>, or <paramref name="id"/> with the first free "-N" suffix; the result is added to <paramref name="used"/>.</summary>
    public static string Unique(string id, ISet<string> used)
    {
        if (used.Add(id)) return id;
        for (var n = 2; ; n++)
        {
            var candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (used.Add(candidate)) return candidate;
        }
    }
}

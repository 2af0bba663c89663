namespace Entente.Dictionaries;

/// <summary>One parsed dictionary line: id, roles (or sectors, or a count), aliases and attributes, with its origin.</summary>
/// <param name="Id">Stable id, <c>prefix:slug</c>.</param>
/// <param name="Kind">The kind given by the id's prefix.</param>
/// <param name="Roles">Actor roles (countries, regions, adjectives, capitals, people, organisations; a place's country).</param>
/// <param name="Sectors">Sectors of an agent or title, the default first; empty otherwise.</param>
/// <param name="Count">Members a collective names; 0 for "all named so far"; null for other kinds.</param>
/// <param name="Aliases">The phrases as written.</param>
/// <param name="Attributes">The <c>key=value</c> attributes.</param>
/// <param name="File">File name the entry came from.</param>
/// <param name="Line">1-based line number in <paramref name="File"/>.</param>
public sealed record DictionaryEntry(
    string Id,
    EntryKind Kind,
    IReadOnlyList<ActorRole> Roles,
    IReadOnlyList<string> Sectors,
    int? Count,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Attributes,
    string File,
    int Line)
{
    /// <summary>The first alias: the canonical name.</summary>
    public string Name => Aliases.Count > 0 ? Aliases[0] : Id;

    /// <summary>"file:line", for messages.</summary>
    public string Location => File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An attribute's value, or null.</summary>
    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;

    /// <summary>The explicit plural forms of the <c>plural=</c> attribute (empty for <c>plural=none</c> or none given).</summary>
    public IReadOnlyList<string> Plurals
    {
        get
        {
            var value = Attribute("plural");
            if (value is null || value == "none")
            {
                return [];
            }

            return value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }
    }
}

using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Ontology;

/// <summary>Entente's versioned CAMEO event-code table: Goldstein, quad class, PLOVER type/mode and domains of every code.</summary>
/// <remarks>
/// Loaded once from <c>data/ontology/cameo.tsv</c> (see <c>data/ontology/README.md</c> for the format and the
/// choices made where sources disagree) and immutable afterwards, so one instance is shared by all threads.
/// </remarks>
public sealed class CameoOntology
{
    /// <summary>Manifest resource name under which the table is embedded in the Entente assembly.</summary>
    public const string ResourceName = "Entente.Ontology.cameo.tsv";

    /// <summary>Path of the table relative to the repository root.</summary>
    public static readonly string RelativePath = Path.Combine("data", "ontology", "cameo.tsv");

    private readonly FrozenDictionary<string, CameoCode> _byCode;
    private readonly FrozenDictionary<string, CameoCode>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    // PLOVER coding of each code without extra contexts, built once so the common case allocates nothing.
    private readonly FrozenDictionary<string, PloverCoding> _plover;

    internal CameoOntology(IReadOnlyList<CameoCode> codes, string version, string contentHash)
    {
        All = codes;
        Version = version;
        ContentHash = contentHash;
        _byCode = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        var plover = new Dictionary<string, PloverCoding>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (code.PloverType is { } type)
            {
                plover[code.Code] = new PloverCoding(type, code.PloverMode, MergeContexts(code.Domains, null));
            }
        }

        _plover = plover.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every code, in table order (roots before their sub-codes).</summary>
    public IReadOnlyCollection<CameoCode> All { get; }

    /// <summary>Table version from its header line (<c># entente-ontology version=...</c>).</summary>
    public string Version { get; }

    /// <summary>SHA-256 of the table's bytes, lower-case hex: identifies the exact data behind a run.</summary>
    public string ContentHash { get; }

    /// <summary>Reads a table in Entente's ontology format; <paramref name="sourceName"/> names it in errors ("cameo.tsv:17: ...").</summary>
    /// <exception cref="Text.InputException">The table is malformed; the message names the line.</exception>
    public static CameoOntology Load(Stream stream, string sourceName = "cameo.tsv") =>
        CameoTableParser.Parse(stream, sourceName);

    /// <summary>Reads a table from a file.</summary>
    public static CameoOntology LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>
    /// The shipped table: the manifest resource <see cref="ResourceName"/> when the assembly embeds it, otherwise
    /// <c>data/ontology/cameo.tsv</c> found from <see cref="AppContext.BaseDirectory"/> upwards to the repository root.
    /// </summary>
    /// <exception cref="FileNotFoundException">Neither the resource nor the file exists.</exception>
    public static CameoOntology LoadDefault()
    {
        using (var resource = typeof(CameoOntology).Assembly.GetManifestResourceStream(ResourceName))
        {
            if (resource is not null)
            {
                return Load(resource, "cameo.tsv");
            }
        }

        var path = FindTableFile(AppContext.BaseDirectory)
            ?? throw new FileNotFoundException(
                $"CAMEO ontology not found: no embedded resource '{ResourceName}' in {typeof(CameoOntology).Assembly.GetName().Name} "
                + $"and no '{RelativePath}' in '{AppContext.BaseDirectory}' or its parents up to the repository root.",
                RelativePath);
        return LoadFile(path);
    }

    /// <summary>Looks for <see cref="RelativePath"/> in <paramref name="startDirectory"/> and its parents, stopping at the repository root.</summary>
    internal static string? FindTableFile(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            // A worktree has a .git file, a clone a .git folder; the solution file marks the root either way.
            if (Directory.Exists(Path.Combine(dir.FullName, ".git"))
                || File.Exists(Path.Combine(dir.FullName, ".git"))
                || File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Exact lookup of a code ("040", "0311").</summary>
    public bool TryGet(string code, out CameoCode cameo)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out cameo!);
    }

    /// <summary>Exact lookup of a code given as characters of a larger text.</summary>
    public bool TryGet(ReadOnlySpan<char> code, out CameoCode cameo) => _bySpan.TryGetValue(code, out cameo!);

    /// <summary>The code's facts.</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the table.</exception>
    public CameoCode Get(string code) =>
        TryGet(code, out var cameo)
            ? cameo
            : throw new KeyNotFoundException($"CAMEO code '{code}' is not in the Entente ontology (version {Version}).");

    /// <summary>Whether the code is in the table.</summary>
    public bool IsKnown(string code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>
    /// The code itself, or else its nearest ancestor: the first 4, then 3, then 2 characters
    /// ("0400" → "040", "1717" → "171", "174K" → "174", "176" → "17").
    /// </summary>
    public bool TryNearest(ReadOnlySpan<char> code, out CameoCode cameo)
    {
        for (var length = Math.Min(code.Length, 4); length >= 2; length--)
        {
            if (_bySpan.TryGetValue(code[..length], out cameo!))
            {
                return true;
            }
        }

        cameo = null!;
        return false;
    }

    /// <summary>Like <see cref="TryNearest"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not even the first two characters are a CAMEO root.</exception>
    public CameoCode Nearest(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryNearest(code, out var cameo)
            ? cameo
            : throw new KeyNotFoundException($"CAMEO code '{code}' has no known root in the Entente ontology (version {Version}).");
    }

    /// <summary>
    /// PLOVER type, mode and contexts of a code (or of its nearest ancestor, see <see cref="TryNearest"/>): the code's
    /// domains as PLOVER contexts, then <paramref name="extraContexts"/> (domains or PLOVER contexts), without repeats.
    /// Null for codes PLOVER dropped (roots 01 and 02) and for codes with no known root.
    /// </summary>
    public PloverCoding? ToPlover(string code, IReadOnlyList<string>? extraContexts = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!TryNearest(code, out var cameo) || !_plover.TryGetValue(cameo.Code, out var coding))
        {
            return null;
        }

        return extraContexts is null || extraContexts.Count == 0
            ? coding
            : coding with { Context = MergeContexts(cameo.Domains, extraContexts) };
    }

    private static string[] MergeContexts(IReadOnlyList<string> domains, IReadOnlyList<string>? extra)
    {
        var result = new List<string>(domains.Count + (extra?.Count ?? 0));
        foreach (var domain in domains)
        {
            AddContext(result, domain);
        }

        if (extra is not null)
        {
            foreach (var label in extra)
            {
                AddContext(result, label);
            }
        }

        return [.. result];
    }

    private static void AddContext(List<string> contexts, string label)
    {
        // Domains become their PLOVER context (security has none); anything else is taken as a PLOVER context already.
        var context = EventDomains.IsKnown(label) ? EventDomains.ToPloverContext(label) : label;
        if (!string.IsNullOrEmpty(context) && !contexts.Contains(context, StringComparer.Ordinal))
        {
            contexts.Add(context);
        }
    }
}

using Entente.Coding;
using Entente.Petrarch;

namespace Entente.Pipeline;

/// <summary>Everything needed to build an <see cref="Engine"/>; defaults load the shipped data.</summary>
public sealed record EngineOptions
{
    /// <summary>Folder of native actor dictionaries. Default: the shipped <c>data/dictionaries</c>.</summary>
    public string? DictionaryDirectory { get; init; }

    /// <summary>Folder of native pattern files. Default: the shipped <c>data/patterns</c>.</summary>
    public string? PatternDirectory { get; init; }

    /// <summary>PETRARCH/TABARI dictionaries to use instead of the native ones (actors, agents, verbs, discards);
    /// null for the shipped dictionaries. Default null.</summary>
    public PetrarchPaths? Petrarch { get; init; }

    /// <summary>Coder options (thresholds, default date, trace).</summary>
    public CoderOptions Coder { get; init; } = new();
}

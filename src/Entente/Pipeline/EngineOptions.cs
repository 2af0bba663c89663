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

    /// <summary>Read the compiled dictionaries and patterns from a <see cref="CompiledDataCache"/> file (written on first use,
    /// recompiled when a source file changes); not used with <see cref="Petrarch"/>. Default true.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Folder of the compiled-data cache. Default null: <c>$XDG_CACHE_HOME/entente</c>, else <c>~/.cache/entente</c>.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Receives the one message of a start-up whose cache was corrupt, unreadable or unwritable. Default null: standard error.</summary>
    public Action<string>? CacheWarning { get; init; }

    /// <summary>Coder options (thresholds, default date, trace).</summary>
    public CoderOptions Coder { get; init; } = new();
}

using Entente.Coding;
using Entente.Dictionaries;

namespace Entente.Pipeline;

/// <summary>The compiled dictionaries and pattern set an engine starts from, and whether they came from the cache.</summary>
/// <param name="Dictionaries">The compiled actor dictionaries.</param>
/// <param name="Patterns">The compiled event patterns.</param>
/// <param name="FromCache">True when read from a valid cache file, false when compiled from the sources.</param>
public sealed record CompiledData(CompiledDictionaries Dictionaries, PatternSet Patterns, bool FromCache);

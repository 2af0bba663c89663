using BenchmarkDotNet.Attributes;
using Entente.Dictionaries;
using Entente.Pipeline;

namespace Entente.Benchmarks;

/// <summary>Start-up costs: reading and compiling the shipped dictionaries.</summary>
[MemoryDiagnoser]
public class DictionaryBenchmarks
{
    private string _directory = "";
    private DictionarySet _set = null!;

    /// <summary>Finds the shipped dictionaries and parses them once for the compile-only row.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = DataFolders.Find("dictionaries");
        _set = DictionarySet.Load(_directory);
    }

    /// <summary>DictionarySet.Load: read and parse the files.</summary>
    [Benchmark]
    public int Load() => DictionarySet.Load(_directory).Files.Count;

    /// <summary>Compile only (trie, role table) from a parsed set.</summary>
    [Benchmark]
    public int Compile() => _set.Compile().Entries.Count;

    /// <summary>DictionarySet.Load(...).Compile(): what Engine.Create pays at start-up.</summary>
    [Benchmark(Baseline = true)]
    public int LoadAndCompile() => DictionarySet.Load(_directory).Compile().Entries.Count;
}

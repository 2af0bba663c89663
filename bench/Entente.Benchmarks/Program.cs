using BenchmarkDotNet.Running;

namespace Entente.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher (pass --filter '*' to run everything, --job short for a quick run).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

namespace Entente.Throughput;

/// <summary>Whether the tiered JIT has settled during a warm-up: at most a given number of methods compiled over the
/// last <see cref="WindowSeconds"/> of passes. Tier-up comes in bursts (the call-counting delay restarts whenever new
/// code is jitted), so one pass without compiles, or a few short ones, can sit between two bursts.</summary>
internal sealed class JitQuiet
{
    /// <summary>The span of warm-up that must be quiet.</summary>
    public const double WindowSeconds = 2;

    private readonly int _maxMethods;
    private readonly List<(double Seconds, long Methods)> _passes = [];

    public JitQuiet(int maxMethods) => _maxMethods = maxMethods;

    /// <summary>True once the passes of the last <see cref="WindowSeconds"/> (and at least two passes) compiled at most the
    /// allowed number of methods.</summary>
    public bool IsQuiet { get; private set; }

    /// <summary>Records the end of a warm-up pass at <paramref name="seconds"/> into the warm-up.</summary>
    public void PassDone(double seconds)
    {
        long now = System.Runtime.JitInfo.GetCompiledMethodCount();
        _passes.Add((seconds, now));
        // The newest pass that ended at least a window ago is where the window starts.
        int start = -1;
        for (int i = _passes.Count - 2; i >= 0; i--)
        {
            if (seconds - _passes[i].Seconds >= WindowSeconds)
            {
                start = i;
                break;
            }
        }

        IsQuiet = start >= 0 && now - _passes[start].Methods <= _maxMethods;
    }
}

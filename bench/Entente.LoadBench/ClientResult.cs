namespace Entente.LoadBench;

/// <summary>What one simulated client saw: the latency of each successful request, and its failures.</summary>
internal sealed class ClientResult
{
    public List<double> Latencies { get; } = new(4096);

    public int Errors { get; set; }
}

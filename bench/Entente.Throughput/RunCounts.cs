namespace Entente.Throughput;

/// <summary>Totals counted while writing the coded documents.</summary>
public sealed class RunCounts
{
    public long Documents { get; set; }
    public long Sentences { get; set; }
    public long Tokens { get; set; }
    public long Events { get; set; }
}

namespace Entente.Cli.Store;

/// <summary>A thread-safe running total of input bytes read.</summary>
internal sealed class ByteCounter
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Add(long bytes) => Interlocked.Add(ref _value, bytes);
}

using System.Diagnostics.Tracing;

namespace Entente.Throughput;

/// <summary>Samples allocations by type from the runtime's own GC events (one event per ~100 KB allocated).</summary>
/// <remarks>The runtime reports the type that crossed each 100 KB threshold, so large totals are accurate and
/// small ones are noise. No stacks: the report names types, the code tells where they come from.</remarks>
public sealed class AllocationSampler : EventListener
{
    private const long GcKeyword = 0x1;
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _recording;

    /// <summary>Starts or stops counting (events arriving while stopped are ignored).</summary>
    public bool Recording
    {
        get { lock (_lock) return _recording; }
        set { lock (_lock) _recording = value; }
    }

    /// <summary>Bytes sampled per type, largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Top(int count)
    {
        lock (_lock) return [.. _bytes.OrderByDescending(p => p.Value).Take(count)];
    }

    /// <summary>All sampled bytes.</summary>
    public long Total
    {
        get { lock (_lock) return _bytes.Values.Sum(); }
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null) return;
        int typeIndex = eventData.PayloadNames.IndexOf("TypeName");
        int amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (typeIndex < 0 || amountIndex < 0 || eventData.Payload is null) return;
        string type = eventData.Payload[typeIndex] as string ?? "?";
        long amount = Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
        lock (_lock)
        {
            if (!_recording) return;
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>"the Gulf state", "the Himalayan nation", "the city-state": a descriptor of one state refers back to the most recent
/// state the document named that it fits (the collective's fits= list); with none named, it names no actor.</summary>
internal static class StateDescriptor
{
    /// <summary>The most recent of <paramref name="known"/> (most recent last) that <paramref name="descriptor"/> fits, other than
    /// <paramref name="except"/> (the event's other side), or null.</summary>
    public static ActorCode? Referent(Mention descriptor, IReadOnlyList<ActorCode> known, string? except)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(known);
        for (var i = known.Count - 1; i >= 0; i--)
        {
            if (known[i].Country is { } c && c != except && Fits(descriptor, c)) return new ActorCode(c, c, null, null, null);
        }

        return null;
    }

    private static bool Fits(Mention descriptor, string country)
    {
        for (var i = 0; i < descriptor.Fits.Count; i++)
        {
            if (string.Equals(descriptor.Fits[i], country, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}

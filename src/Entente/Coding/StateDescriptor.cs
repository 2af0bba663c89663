using Entente.Model;

namespace Entente.Coding;

/// <summary>"the Gulf state", "the Himalayan nation", "the city-state": a descriptor of one state refers back to the most recent
/// state the document named that it fits (the collective's fits= list); with none named, it names no actor.</summary>
internal static class StateDescriptor
{
    /// <summary>The most recent of <paramref name="known"/> (most recent last) that <paramref name="descriptor"/> fits, other than
    /// <paramref name="except"/> (the event's other side) and from the states <paramref name="sentenceMentions"/> name after the
    /// descriptor in its clause ("The Horn of Africa nation expelled two Ethiopian diplomats": the nation is not Ethiopia; but
    /// "The kingdom will send ..., the Saudi minister said" names its speaker after a comma), or null.</summary>
    public static ActorCode? Referent(Mention descriptor, IReadOnlyList<ActorCode> known, string? except,
        IReadOnlyList<Mention>? sentenceMentions = null, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(known);
        for (var i = known.Count - 1; i >= 0; i--)
        {
            if (known[i].Country is { } c && c != except && Fits(descriptor, c) && !NamedAfter(descriptor, c, sentenceMentions, text))
                return new ActorCode(c, c, null, null, null);
            // "the bloc", "the alliance", "the agency": an organisation the descriptor fits.
            if (known[i] is { Country: null, Org: { } org } && org != except && Fits(descriptor, org) && !NamedAfter(descriptor, org, sentenceMentions, text))
                return new ActorCode(org, null, org, null, null);
        }

        return null;
    }

    private static bool NamedAfter(Mention descriptor, string country, IReadOnlyList<Mention>? sentenceMentions, string? text)
    {
        if (sentenceMentions is null || text is null) return false;
        for (var i = 0; i < sentenceMentions.Count; i++)
        {
            var m = sentenceMentions[i];
            if (m.Start < descriptor.End) continue;
            // The descriptor's clause ends at the first comma or quote after it.
            if (text.AsSpan(descriptor.End, m.Start - descriptor.End).IndexOfAny(",\"“") >= 0) return false;
            if (m.Kind == MentionKind.Actor && (m.Actor?.Country ?? m.Actor?.Org) == country) return true;
        }

        return false;
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

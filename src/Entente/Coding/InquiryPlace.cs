using Entente.Model;

namespace Entente.Coding;

/// <summary>"The UN Security Council ordered an inquiry into the shelling of a displacement camp near El Fasher": an
/// investigation (CAMEO 09x) by an international or non-state organisation that names no party but the place of what it
/// looks into is aimed at that place's country (as "an investigation into war crimes in Darfur" is at Sudan). A state's
/// inquiry, or one by a bare agent ("police"), is left without a target: the agent takes its country from the place, and
/// "London police were investigating a shooting in east London" would read the gazetteer's South African East London.</summary>
internal static class InquiryPlace
{
    /// <summary>Tokens after the match searched for the place.</summary>
    private const int Reach = 12;

    /// <summary>The first place mention with a country in the clause within twelve tokens after a 09x match ending at
    /// <paramref name="last"/>, before any comma or semicolon, when every source is an organisation with no country;
    /// null otherwise.</summary>
    public static Mention? Find(SentenceView view, EventPattern pattern, int last, IReadOnlyList<Mention> source)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(source);
        if (!pattern.Cameo.StartsWith("09", StringComparison.Ordinal) || source.Count == 0 || last < 0 || last >= view.Count) return null;
        for (var i = 0; i < source.Count; i++)
        {
            if (source[i].Actor is not { Country: null, Org: not null }) return null;
        }

        for (var k = last + 1; k < view.Count && k <= last + Reach && view.Clause[k] == view.Clause[last]; k++)
        {
            if (view.Word(k) is "," or ";") return null;
            if (view.MentionAt[k] >= 0 && view.Mentions[view.MentionAt[k]] is { Kind: MentionKind.Place, Place.Country: not null } place) return place;
        }

        return null;
    }
}

using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"The Arakan Army captured the town of Paletwa", "M23 rebels seized the hill town of Sake": a domestic rebel group
/// (its country's key with sector REB) that seizes a town the gazetteer does not know seizes it from its own state, as dev's
/// "the M23 rebels who seized the eastern city of Goma" is coded COD/REB -> COD. Only for occupying territory (192) told in
/// the active voice with a settlement word right after the verb: whom an attack hits is not implied by who the attacker is,
/// and "positions held by Isis" or "a house the fighters were occupying" are taken from someone else or from no state.</summary>
internal static class RebelHomeGround
{
    /// <summary>Words of a settlement or district seized.</summary>
    private static readonly string[] Settlements =
        ["town", "towns", "city", "cities", "village", "villages", "district", "districts", "province", "provinces", "capital", "township", "townships"];

    /// <summary>Words before the trigger that make the seizure something alleged.</summary>
    private static readonly string[] Allegations = ["allegation", "allegations", "accusation", "accusations", "claim", "claims", "alleged", "denied"];

    /// <summary>The country key a rebel <paramref name="source"/> seizes a settlement from, or null when the act of
    /// <paramref name="match"/> is not 192, is not told with the source as subject (<paramref name="how"/>), the source is not a
    /// domestic rebel group (an organisation key such as JNIM or ISIS crosses borders and has no home state), or no settlement
    /// word stands in the trigger or the four words after it, or an allegation is named before it.</summary>
    public static string? Country(SentenceView view, PatternMatch match, string how, ActorCode source)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        if (!match.Pattern.Cameo.StartsWith("192", StringComparison.Ordinal) || how != "subject" || source is not { Sector: "REB", Org: null, Country: { } home })
            return null;
        var first = match.HeadToken - view.Sentence.FirstToken;
        for (var k = 0; k < first; k++)
        {
            // "an allegation by the LPC that the NPFL had taken over the city": what is alleged is not told as fact, and a
            // rebel's seizure that is only alleged gets no state guessed for it.
            if (WordList.Contains(view.Word(k), Allegations)) return null;
        }

        var last = match.LastToken - view.Sentence.FirstToken;
        for (var k = first + 1; k <= last + 4 && k < view.Count; k++)
        {
            if (WordList.Contains(view.Word(k), Settlements)) return home;
        }

        return null;
    }
}

using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Police dispersed a rally calling for ...", "despite a court order calling for ...", "joined a Kurdish group fighting
/// Islamic State": an "-ing" participle right after a gathering, a body that is no mention, or a document that is itself a
/// prepositional complement, says what that gathering, body or document does. The clause's subject is not its doer (it did
/// not hold the rally, only joined the group, or the document is only the circumstance of its act).</summary>
internal static class QualifiedThing
{
    private static readonly string[] Gatherings =
        ["rally", "rallies", "protest", "protests", "demonstration", "demonstrations", "march", "marches", "sit-in", "vigil", "gathering"];

    private static readonly string[] Holding =
    [
        "held", "hold", "holding", "staged", "stage", "staging", "organised", "organized", "organising", "organizing", "led", "leading",
        "joined", "joining", "attended", "attending", "called", "addressed", "addressing", "launched", "part", "participated", "participating",
    ];

    private static readonly string[] Documents =
        ["order", "ruling", "verdict", "judgment", "judgement", "statement", "report", "resolution", "letter", "petition", "motion", "bill", "decree"];

    // "after joining a Kurdish group fighting Islamic State": an armed or political body that is no mention fights, not the
    // clause's subject who joined it.
    private static readonly string[] Bodies =
        ["group", "groups", "militia", "militias", "faction", "factions", "organisation", "organization", "movement", "unit", "units", "brigade", "battalion", "network", "cell"];

    // Not "in": "said in a statement calling for restraint" is the subject's own statement.
    private static readonly string[] Circumstance = ["despite", "under", "after", "following", "against", "defying", "amid"];

    /// <summary>Whether the participle at sentence index <paramref name="first"/> qualifies such a gathering or document, so
    /// that <paramref name="subject"/>, found before it, is not its doer. A gathering's participants do call for things, so
    /// only police, troops or spies met at it are set aside ("during mass protests calling for ..." keeps the protesters).</summary>
    public static bool Holds(SentenceView view, int first, Mention subject)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(subject);
        if (first < 2 || !view.Word(first).EndsWith("ing", StringComparison.Ordinal) || view.MentionAt[first - 1] >= 0) return false;
        var noun = view.Word(first - 1);
        if (WordList.Contains(noun, Gatherings))
        {
            if (subject.Actor?.Sector is not ("MIL" or "COP" or "SPY")) return false;
            // "Opposition parties held a rally calling for ...": whoever holds or joins the gathering calls through it.
            for (var k = first - 2; k >= 0 && k >= first - 5; k--)
            {
                if (WordList.Contains(view.Word(k), Holding)) return false;
            }

            return true;
        }

        if (WordList.Contains(noun, Bodies)) return !IsAppositiveOf(view, subject, first - 1) && !IsMemberOf(view, first - 1);
        if (!WordList.Contains(noun, Documents)) return false;
        // "despite a court order calling for": the document's owner ("court") may stand between.
        for (var k = first - 2; k >= 0 && k >= first - 4; k--)
        {
            // "released the following statement": "following" as an adjective opens no circumstance.
            if (WordList.Contains(view.Word(k), Circumstance) &&
                (!view.Is(k, "following") || view.Is(k + 1, "a") || view.Is(k + 1, "an") || view.Is(k + 1, "the") || view.MentionAt[k + 1] >= 0))
                return true;
        }

        return false;
    }

    /// <summary>"Hezbollah was among the Syrian groups fighting Israel", "one of the militias fighting ...": the subject is
    /// one of the bodies, so it does what they do.</summary>
    private static bool IsMemberOf(SentenceView view, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 4; k--)
        {
            if (view.Is(k, "among") || (view.Is(k, "of") && view.Is(k - 1, "one"))) return true;
        }

        return false;
    }

    /// <summary>"The YPG, a Kurdish group fighting Islamic State, ...": the body noun heads an appositive right after the
    /// subject (a comma, then only determiners, adjectives and demonyms), so the body is the subject itself.</summary>
    private static bool IsAppositiveOf(SentenceView view, Mention subject, int noun)
    {
        var comma = view.LastOf(subject) + 1;
        if (comma >= noun || !view.Is(comma, ",")) return false;
        for (var k = comma + 1; k < noun; k++)
        {
            if (view.Tokens[k].Kind != TokenKind.Word) return false;
            if (view.MentionAt[k] >= 0 ? view.Mentions[view.MentionAt[k]].Kind == MentionKind.Actor : !char.IsLower(view.Word(k)[0])) return false;
        }

        return true;
    }
}

using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Beijing rejected accusations by Manila that its coast guard had rammed a Philippine vessel": what an accusation
/// or allegation says happened is not told as fact (dev-README: the allegation content is not coded as fact); the accusation
/// itself, or its rejection, is the event.</summary>
internal static class AllegedContent
{
    private const int Reach = 5;

    /// <summary>Whether the verb trigger of <paramref name="match"/> stands in a "that" clause whose noun, at most five words
    /// before the "that", is an accusation or allegation, with no clause break or speech verb between; or in what someone is
    /// accused of ("accused Britain of launching a campaign against Russia").</summary>
    public static bool Holds(SentenceView view, PatternMatch match)
    {
        if (IsChargedOf(view, match.FirstToken - view.Sentence.FirstToken)) return true;
        for (var k = match.FirstToken - view.Sentence.FirstToken - 1; k >= 1; k--)
        {
            if (view.Word(k) is ";" || view.Is(k, "but") || view.Is(k, "while") || view.Is(k, "said") || view.Is(k, "says")) return false;
            if (!view.Is(k, "that")) continue;
            for (var j = k - 1; j >= 0 && j >= k - Reach; j--)
            {
                if (IsAllegation(view.Word(j)) || (IsClaimNoun(view.Word(j)) && IsNounReading(view, j))) return true;
                if (view.Word(j) is "," or ";") break;
            }

            return false;
        }

        return false;
    }

    /// <summary>"Moscow accuses Britain of launching a propaganda campaign against Russia": the trigger at <paramref name="first"/>
    /// stands, with no punctuation (nor, for a finite verb, "and") between, after "of" that follows an accusation verb and the accused.</summary>
    private static bool IsChargedOf(SentenceView view, int first)
    {
        // "accused Washington of spying and threatened to expel its diplomats": a finite verb after "and" joins the accusing
        // verb, not the content ("of spying and plotting" goes on with an -ing form, "of having shelled and killed" with a
        // participle).
        var finite = !view.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        for (var k = first - 1; k >= 2 && k >= first - Reach; k--)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation || (finite && view.Is(k, "and") && !HasPerfectContent(view, k))) return false;
            if (!view.Is(k, "of")) continue;
            var j = k - 1;
            while (j >= 0 && view.MentionAt[j] >= 0) j--;
            if (view.Is(j, "the")) j--;
            return j < k - 1 && j >= 0 && WordList.Contains(view.Word(j), ["accused", "accuses", "accuse", "accusing"]);
        }

        return false;
    }

    /// <summary>"accused Tajik troops of opening fire on a border post, killing a guard": a participle after a comma that follows
    /// the content of an accusation ("accused X of V-ing ...") continues that content; it is not told as fact. So does a relative
    /// clause on that content's object ("accused the rebels on Thursday of planting a bomb that wounded five soldiers"), whose
    /// accusing verb may stand a time phrase further back; not one on a named party, which identifies it.</summary>
    public static bool ContinuesAccusedAct(SentenceView view, PatternMatch match)
    {
        ArgumentNullException.ThrowIfNull(view);
        var head = match.FirstToken - view.Sentence.FirstToken;
        if (head < 2) return false;
        // "of backing the M23 rebels who seized Goma": a relative clause on a named party identifies it in the narrator's voice.
        var relative = WordList.Contains(view.Word(head - 1), ["that", "which"]) && view.MentionAt[head - 2] < 0;
        if (!relative && (view.Word(head - 1) is not "," || !view.Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase))) return false;
        var reach = relative ? Reach + 3 : Reach;
        for (var k = head - 2; k >= 1; k--)
        {
            if (view.Word(k) is ";" || view.Is(k, "but") || view.Is(k, "while") || view.Is(k, "said") || view.Is(k, "says")) return false;
            if (!view.Is(k, "of") || !view.Word(k + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) continue;
            for (var j = k - 1; j >= 0 && j >= k - reach; j--)
            {
                if (IsAccusingVerb(view.Word(j))) return true;
                if (view.Word(j) is "," or ";") break;
            }

            return false;
        }

        return false;
    }

    // "of having shelled the town and killed ...": "having" between "of" and the "and" at k.
    private static bool HasPerfectContent(SentenceView view, int k)
    {
        for (var j = k - 1; j >= 1 && j >= k - Reach; j--)
        {
            if (view.Is(j, "having")) return true;
            if (view.Is(j, "of")) return false;
        }

        return false;
    }

    private static bool IsAccusingVerb(ReadOnlySpan<char> w) => WordList.Contains(w, ["accused", "accusing", "accuses", "accuse", "blamed", "blaming", "blames"]);

    /// <summary>"looking into reports that its troops had fired", "dismissed claims that ...": a report or claim as a noun
    /// (after a lowercase word that is no name: "into", "the", "dismissed"), not "Ukraine claims that ..." with its speaker.</summary>
    private static bool IsNounReading(SentenceView view, int j) =>
        j >= 1 && view.MentionAt[j - 1] < 0 && view.Tokens[j - 1].Kind == TokenKind.Word && view.Word(j - 1).Length > 0 && char.IsLower(view.Word(j - 1)[0]);

    private static bool IsClaimNoun(ReadOnlySpan<char> w) => WordList.Contains(w, ["reports", "report", "claims", "claim"]);

    private static bool IsAllegation(ReadOnlySpan<char> w) =>
        WordList.Contains(w, ["accusation", "accusations", "allegation", "allegations", "charge", "charges", "rumours", "rumors", "insinuations"]);
}

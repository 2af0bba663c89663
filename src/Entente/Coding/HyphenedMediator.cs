using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Qatari-mediated talks", "a US-brokered truce", "an Egyptian-Qatari-mediated ceasefire deal": an actor joined by a
/// hyphen to a participle of mediation, before a noun of talks or settlement, is the go-between of what the noun names
/// (dev-README: a named mediator = 045 toward each party), never a side of it nor the object of a verb governing the noun
/// ("Egypt hosted Qatari-mediated talks between ..."). Other nouns ("a US-brokered plan", "a UN-facilitated process")
/// are left alone.</summary>
internal static class HyphenedMediator
{
    private static readonly string[] Participles = ["mediated", "brokered", "facilitated"];

    private static readonly string[] Settlements =
        ["talks", "negotiations", "dialogue", "truce", "ceasefire", "cease-fire", "deal", "agreement", "accord", "pact", "swap", "exchange"];

    /// <summary>The actors named in the sentence's first such word, in order; empty when none.</summary>
    public static List<Mention> Find(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var found = new List<Mention>();
        foreach (var m in view.Mentions)
        {
            if (found.Count > 0 && view.LastOf(found[^1]) != view.LastOf(m)) break;
            if (Names(view, m)) found.Add(m);
        }

        return found;
    }

    /// <summary>Whether <paramref name="m"/> is an actor inside such a word ("Qatari" in "Qatari-mediated talks", and in
    /// "Egyptian-Qatari-mediated talks" both names).</summary>
    public static bool Names(SentenceView view, Mention m)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(m);
        var text = view.Text;
        var last = view.LastOf(m);
        if (!SentenceView.IsActorLike(m) || m.End >= text.Length || text[m.End] != '-' || last < 0 || last >= view.Count) return false;
        var word = last;
        var end = view.Tokens[last].End;
        // The hyphen and the participle may be tokens of their own ("US", "-", "brokered").
        if (m.End >= end && last + 2 < view.Count && view.Tokens[last + 1].Start == m.End)
        {
            word = last + 2;
            end = view.Tokens[word].End;
        }

        if (m.End + 1 >= end || !IsParticiple(text.AsSpan(m.End + 1, end - m.End - 1))) return false;
        // "a US-brokered peace deal", "UN-mediated peace talks": the noun within three words.
        for (var k = word + 1; k <= word + 3 && k < view.Count; k++)
        {
            if (WordList.Contains(view.Word(k), Settlements)) return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="rest"/> (the text after an actor's hyphen) ends in a participle of mediation:
    /// "mediated", or "Qatari-mediated" after the first of two joined names.</summary>
    private static bool IsParticiple(ReadOnlySpan<char> rest)
    {
        var dash = rest.LastIndexOf('-');
        return WordList.Contains(dash >= 0 ? rest[(dash + 1)..] : rest, Participles);
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>"Kyiv came under a massive Russian drone attack", "Israeli troops came under heavy fire from Hezbollah": the
/// subject of "come under" suffers the attack named after it, so it is the attack's target, not its author.</summary>
internal sealed class UnderAttack
{
    private readonly WordSets _words;

    /// <summary>Creates the reader over the shared word sets.</summary>
    public UnderAttack(WordSets words) => _words = words;

    /// <summary>The token index of "come/came/comes/coming" when the attack noun starting at <paramref name="first"/> is the
    /// object of "come under" (a determiner, up to four adjectives or actor modifiers between), or -1.</summary>
    public int ComeBefore(SentenceView view, int first)
    {
        var k = first - 1;
        var clause = view.Clause[first];
        for (var n = 0; n < 5 && k >= 0 && view.Clause[k] == clause && !view.Is(k, "under"); n++)
        {
            if (view.MentionAt[k] >= 0)
            {
                k = view.FirstOf(view.Mentions[view.MentionAt[k]]) - 1;
                continue;
            }

            var w = view.Word(k);
            if (w.Length == 0 || view.Tokens[k].Kind != TokenKind.Word || (!char.IsLower(w[0]) && !_words.IsDeterminer(w)) || _words.IsPreposition(w))
                return -1;
            k--;
        }

        return view.Is(k, "under") && view.Clause[k] == clause && k >= 1 &&
               (view.Is(k - 1, "came") || view.Is(k - 1, "come") || view.Is(k - 1, "comes") || view.Is(k - 1, "coming"))
            ? k - 1
            : -1;
    }
}

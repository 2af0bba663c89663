using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Pakistan, a key U.S. ally, criticized India": a state named inside an appositive that describes the actor before
/// it (an article, a few modifiers, the state, a relation noun such as "ally" or "partner", and the closing comma) is part of
/// the description, not a second subject.</summary>
internal static class DescribingAppositive
{
    // Modifiers an appositive may put between its article and the state ("a key", "a longtime close").
    private const int MaxModifiers = 3;

    private static readonly string[] RelationNouns =
        ["ally", "partner", "neighbour", "neighbor", "rival", "foe", "adversary", "enemy", "backer", "client", "proxy", "member"];

    /// <summary>The index of the comma that opens the appositive when the mention spanning tokens <paramref name="start"/> to
    /// <paramref name="end"/> is the state inside one ("…, a key U.S. ally, …") after an actor; otherwise -1.</summary>
    public static int Opening(SentenceView view, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (end + 2 >= view.Count || !WordList.Contains(view.Word(end + 1), RelationNouns) || view.Word(end + 2) is not ",") return -1;
        var k = start - 1;
        for (var modifiers = 0; k >= 0 && modifiers < MaxModifiers && IsModifier(view, k); modifiers++) k--;
        if (k < 2 || !(view.Is(k, "a") || view.Is(k, "an"))) return -1;
        k--;
        if (view.Word(k) is not ",") return -1;
        return view.MentionAt[k - 1] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k - 1]]) ? k : -1;
    }

    private static bool IsModifier(SentenceView view, int k) =>
        view.MentionAt[k] < 0 && view.Tokens[k].Kind == TokenKind.Word && view.Word(k) is { Length: > 0 } w && char.IsLower(w[0]) &&
        !view.Is(k, "a") && !view.Is(k, "an");
}

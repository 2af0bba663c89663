using Entente.Model;

namespace Entente.Coding;

/// <summary>"Italy has notified China that it is leaving the Belt and Road": when the act of "it" in a "that" clause after
/// "X told|notified|warned Y" is aimed at Y itself, "it" cannot be Y, so it is the teller X.</summary>
internal static class AddresseeTarget
{
    /// <summary>Whether the trigger at <paramref name="first"/> (sentence-local) has "it" for subject after "Y that" (a few
    /// auxiliaries may stand between) and Y is the same actor as the first of <paramref name="target"/>.</summary>
    public static bool Clashes(SentenceView view, int first, IReadOnlyList<Mention> target)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Count == 0 || target[0].Actor?.Key is not { } key) return false;
        var k = first - 1;
        while (k >= 0 && view.MentionAt[k] < 0 && (view.Is(k, "is") || view.Is(k, "was") || view.Is(k, "would") || view.Is(k, "will") || view.Is(k, "had")))
            k--;
        if (k < 3 || !view.Is(k, "it") || !view.Is(k - 1, "that") || view.MentionAt[k - 2] < 0) return false;
        return view.Mentions[view.MentionAt[k - 2]].Actor?.Key == key;
    }
}

using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Russian missiles killed 20 people when they struck Kyiv": "they" opening a time clause after a violent act whose
/// subject is a weapon (missiles, rockets, drones, shells) is that weapon; the strike in the clause is the same side's.</summary>
internal static class WeaponPronoun
{
    /// <summary>Whether the verb trigger at <paramref name="first"/> has "they"/"it" right before it, after "when", "as" or
    /// "after", and the earlier subject <paramref name="previousSource"/> ends in a weapon noun or has one right after it.</summary>
    public static bool Refers(SentenceView view, int first, IReadOnlyList<Mention> previousSource)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(previousSource);
        if (first < 2 || previousSource.Count == 0) return false;
        if (!WordList.Contains(view.Word(first - 1), ["they", "it"], StringComparison.Ordinal) ||
            !WordList.Contains(view.Word(first - 2), ["when", "as", "after"])) return false;
        // "Russian drones" is one mention; in "Russian missiles" only the adjective is, the weapon noun right after it.
        var last = view.LastOf(previousSource[^1]);
        return IsWeapon(view.Word(last)) || (last + 1 < first && IsWeapon(view.Word(last + 1)));
    }

    private static bool IsWeapon(ReadOnlySpan<char> w) =>
        WordList.Contains(w, ["missiles", "missile", "rockets", "rocket", "drones", "drone", "shells", "shell", "bombs", "bomb", "munitions", "projectiles"]);
}

using Entente.Text;

namespace Entente.Coding;

/// <summary>"to curb Assad's ability to murder Syria's citizens", "Russia's capacity to strike Europe", "the right to
/// retaliate": an act named as an ability, capacity or right is not reported as done, planned or threatened, so the verb
/// after such a noun and "to" is no event.</summary>
internal static class AbilityInfinitive
{
    private static readonly string[] AbilityNouns =
        ["ability", "capacity", "capability", "capabilities", "means", "power", "freedom", "right", "licence", "license"];

    /// <summary>Whether the verb at <paramref name="first"/> follows "to" right after an ability noun.</summary>
    public static bool Holds(SentenceView view, int first) =>
        first >= 2 && view.Is(first - 1, "to") && view.MentionAt[first - 2] < 0 && WordList.Contains(view.Word(first - 2), AbilityNouns);
}

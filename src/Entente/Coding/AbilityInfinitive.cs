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
    /// <remarks>"Pakistan lacked the military means to defeat the Taliban" says the act was not done: that negation is left
    /// to the modality (<see cref="ModalityDetector"/>), so a lacking word before the noun keeps the match.</remarks>
    public static bool Holds(SentenceView view, int first)
    {
        if (first < 2 || !view.Is(first - 1, "to") || view.MentionAt[first - 2] >= 0 || !WordList.Contains(view.Word(first - 2), AbilityNouns)) return false;
        for (var k = first - 3; k >= 0 && k >= first - 6; k--)
        {
            if (WordList.Contains(view.Word(k), ["lack", "lacks", "lacked", "lacking", "without"])) return false;
        }

        return true;
    }
}

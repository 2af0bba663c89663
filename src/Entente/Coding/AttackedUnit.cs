using Entente.Text;

namespace Entente.Coding;

/// <summary>"ambushed a military convoy", "attacked an army patrol": a military unit that ends the words of an attack pattern is
/// what the attack hits, not the attacker's instrument (as troops are in "massed troops near").</summary>
internal static class AttackedUnit
{
    /// <summary>Whether <paramref name="word"/>, the last word of a violent pattern's trigger, names a unit or post that is
    /// attacked: a convoy, patrol, checkpoint, post or base.</summary>
    public static bool Is(ReadOnlySpan<char> word) =>
        WordList.Contains(word, ["convoy", "convoys", "patrol", "patrols", "checkpoint", "checkpoints", "post", "posts", "outpost", "outposts", "base", "bases"]);
}

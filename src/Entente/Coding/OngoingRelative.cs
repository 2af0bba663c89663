using Entente.Text;

namespace Entente.Coding;

/// <summary>"the Rapid Support Forces, the paramilitary group that has been fighting the army since April, shelled ...", "the
/// Tigrayan forces, who have been battling federal troops for two years, accused ...": a relative clause in the perfect
/// progressive describes who an actor is (a standing state), background like "has long accused"; the story's event is the
/// main clause's.</summary>
internal static class OngoingRelative
{
    /// <summary>Whether the verb at <paramref name="head"/> ends in "-ing" after "who/that/which has/have/had been".</summary>
    public static bool Holds(SentenceView view, int head)
    {
        ArgumentNullException.ThrowIfNull(view);
        return head >= 3 && view.Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && view.Is(head - 1, "been") &&
               WordList.Contains(view.Word(head - 2), ["has", "have", "had"]) && WordList.Contains(view.Word(head - 3), ["who", "that", "which"]);
    }
}

namespace Entente.Coding;

/// <summary>"Kenya will deploy 1,000 police officers to Haiti", "Rwanda sent gendarmes to the Central African Republic": police that
/// a state sends to another state serve there on a mission (074, intended 0334), not a crackdown of its own (153), and a planned
/// one is no threat of force (138). Only "to" another state: "deployed riot police against protesters", "police in Lahore" and
/// a state's own provinces keep 153.</summary>
internal static class SentPolice
{
    /// <summary>The code of the act that sending police to another state is (CAMEO 074, provide protection or peacekeeping).</summary>
    public const string Code = "074";

    /// <summary>Whether <paramref name="match"/> is a police deployment (153) whose every target is another state named right
    /// after "to".</summary>
    public static bool Applies(SentenceView view, PatternMatch match, IReadOnlyList<ActorSlot> targets, ActorSlot source)
    {
        ArgumentNullException.ThrowIfNull(view);
        return match.Pattern.Cameo == "153" && match.Pattern.Kind == TriggerKind.Verb && NamesPolice(view, match) && SentArms.ToOtherStates(targets, source) &&
               SentArms.AfterTo(view, match, targets);
    }

    // "security forces" may be soldiers: only police by name.
    private static bool NamesPolice(SentenceView view, PatternMatch match)
    {
        for (var k = match.FirstToken; k <= match.LastToken; k++)
        {
            var w = view.Word(k - view.Sentence.FirstToken);
            if (w.StartsWith("police", StringComparison.OrdinalIgnoreCase) || w.StartsWith("gendarme", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}

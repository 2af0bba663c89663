namespace Entente.Coding;

/// <summary>"Germany will not send troops to Ukraine", "Nigeria said it would not send troops to Niger": troops a state says it will
/// not send to another state are military cooperation refused (1212; dev-README: refusal statements are asserted root-12 events,
/// as "ruled out sending troops" is a rejection), not a threat of force withheld (138 negated). Only troops sent "to" another
/// state (or a world region: "to the Sahel"): "into Rafah", "to the border with Ukraine" or "to Ukraine's border" keep the deployment's reading.</summary>
internal static class RefusedDeployment
{
    /// <summary>The code of refusing military cooperation (CAMEO 1212).</summary>
    public const string Code = "1212";

    /// <summary>Whether <paramref name="match"/>, coded <paramref name="code"/>, is a deployment (154) of the verb's subject whose
    /// every target is another state named right after "to".</summary>
    public static bool Applies(SentenceView view, PatternMatch match, string code, IReadOnlyList<ActorSlot> targets, ActorSlot source) =>
        code == "154" && match.Pattern.Kind == TriggerKind.Verb && (SentArms.ToOtherStates(targets, source) || ToRegions(targets)) &&
        SentArms.AfterTo(view, match, targets);

    /// <summary>"will not send troops to the Sahel": a world region (its own key, AFR, MEA ...) stands for the states there.</summary>
    private static bool ToRegions(IReadOnlyList<ActorSlot> targets)
    {
        if (targets.Count == 0) return false;
        foreach (var t in targets)
        {
            if (t.Actor is not { Country: null, Org: null } || !ArgumentFinder.HasEntry(t.Mention, "region:")) return false;
        }

        return true;
    }
}

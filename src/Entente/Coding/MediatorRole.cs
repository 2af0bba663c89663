using Entente.Model;

namespace Entente.Coding;

/// <summary>"with the UAE as intermediary", "with Norway as a mediator": an actor after "with" followed by "as" and a role
/// noun of mediation is the go-between of the talks (dev-README: a named mediator = 045 toward each party), never the
/// partner that a talks pattern's "with" would otherwise take.</summary>
internal static class MediatorRole
{
    /// <summary>Whether "as (a|an|the) mediator|mediators|intermediary|go-between|broker" starts at token <paramref name="k"/>.</summary>
    public static bool StartsAt(SentenceView view, int k)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!view.Is(k, "as")) return false;
        var role = view.Is(k + 1, "a") || view.Is(k + 1, "an") || view.Is(k + 1, "the") ? k + 2 : k + 1;
        return view.Is(role, "mediator") || view.Is(role, "mediators") || view.Is(role, "intermediary") || view.Is(role, "go-between") ||
               view.Is(role, "broker");
    }

    /// <summary>"Turkish mediators said", "Qatari and Egyptian mediators": the actors of the first mention whose own words end in
    /// "mediator(s)" (the role noun is part of the mention); empty when none.</summary>
    public static List<Mention> Named(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var m in view.Mentions)
        {
            if (m.Kind != MentionKind.Actor) continue;
            var last = view.LastOf(m);
            if (view.Is(last, "mediator") || view.Is(last, "mediators")) return [m];
        }

        return [];
    }
}

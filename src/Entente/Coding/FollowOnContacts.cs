using Entente.Model;

namespace Entente.Coding;

/// <summary>Contacts a sentence implies beyond its trigger's own parties: the compound that a "their negotiators" subject
/// refers to, the talks an accepted invitation plans between its invitees, and the onward leg of a trip.</summary>
internal sealed class FollowOnContacts
{
    private readonly WordSets _words;

    /// <summary>Creates the finder over the shared word sets.</summary>
    public FollowOnContacts(WordSets words) => _words = words;

    /// <summary>"Armenia and Azerbaijan agreed to ..., and their foreign ministers will meet again": a reciprocal act whose only
    /// subject is a countryless agent after "their" is done by the compound subject of the clause before; null otherwise.</summary>
    public static Arguments? TheirCompound(SentenceView view, EventPattern pattern, Arguments args, Arguments? previous)
    {
        if (!pattern.Reciprocal || args.Passive || args.How != "subject" || args.Target.Count != 0 || args.Source.Count != 1) return null;
        if (previous is not { Passive: false } before || before.Source.Count < 2) return null;
        var m = args.Source[0];
        // Officials and envoys meet for their states; "their citizens fighting in Syria" are no party to a state's contact.
        if (m.Kind != MentionKind.Agent || m.Actor is not { Country: null, Name: null, Sector: "GOV" or "MIL" or "ELI" or "LEG" or "JUD" }) return null;
        var first = view.FirstOf(m);
        // Only a new clause that opens with "their": "..., and their ministers will meet", not "their citizens fighting in Syria".
        if (first < 3 || !view.Is(first - 1, "their") || !(view.Is(first - 2, "and") || view.Is(first - 2, "but") || view.Is(first - 2, ";"))) return null;
        if (view.Is(first - 2, "and") && !view.Is(first - 3, ",")) return null;
        for (var i = 0; i < before.Source.Count; i++)
        {
            var s = before.Source[i];
            // Only states and bodies named outright: "their" must have a compound of actors to point back to.
            if (s.Kind != MentionKind.Actor || s.Actor is not { } a || (a.Country is null && a.Org is null) || view.LastOf(s) >= first) return null;
        }

        return args with { Source = before.Source, Reciprocal = true, How = "their-compound" };
    }

    /// <summary>"Armenia and Azerbaijan agreed ... . Their foreign ministers will meet again": a reciprocal act whose only subject
    /// is a countryless official after the "Their" that opens the sentence is done by the previous sentence's compound subject;
    /// the slots point at "Their". Null otherwise.</summary>
    public static List<ActorSlot>? TheirOpening(SentenceView view, EventPattern pattern, Arguments args, CarriedSubject carried)
    {
        if (!pattern.Reciprocal || args.Passive || args.How != "subject" || args.Target.Count != 0 || args.Source.Count != 1 || carried.Sources.Count < 2) return null;
        var m = args.Source[0];
        if (m.Kind != MentionKind.Agent || m.Actor is not { Country: null, Name: null, Sector: "GOV" or "MIL" or "ELI" or "LEG" or "JUD" }) return null;
        var first = view.FirstOf(m);
        if (first != 1 || !view.Is(0, "their")) return null;
        var token = view.Tokens[0];
        var slots = new List<ActorSlot>(carried.Sources.Count);
        foreach (var s in carried.Sources)
        {
            if (s.Actor.Country is null && s.Actor.Org is null) return null;
            var their = new Mention(MentionKind.Actor, view.Sentence.Index, view.Sentence.FirstToken, 1, token.Start, token.End, s.Mention.Entries) { Actor = s.Actor };
            slots.Add(new ActorSlot(s.Actor, their, "carried"));
        }

        return slots;
    }

    /// <summary>"Israel and Hamas accepted an Egyptian invitation to talks": whether the match is the acceptance of an
    /// invitation, which plans talks among the invitees as well as a contact with the inviter.</summary>
    public static bool IsAcceptedInvitation(SentenceView view, PatternMatch match)
    {
        var first = match.FirstToken - view.Sentence.FirstToken;
        var last = match.LastToken - view.Sentence.FirstToken;
        var accepted = false;
        for (var k = first; k <= last; k++)
        {
            // "accepted", "have accepted", "accepting": the verb may follow an auxiliary inside the match.
            if (view.Word(k).StartsWith("accept", StringComparison.OrdinalIgnoreCase)) accepted = true;
            else if (accepted && (view.Is(k, "invitation") || view.Is(k, "invitations"))) return true;
        }

        return false;
    }

    /// <summary>"accepted a Cuban invitation to peace talks with the ELN": the actor that "with" names right after the match,
    /// the other party of the talks; null when there is none.</summary>
    public Mention? TalksPartner(SentenceView view, PatternMatch match)
    {
        var k = match.LastToken - view.Sentence.FirstToken + 1;
        if (!view.Is(k, "with")) return null;
        k++;
        while (k < view.Count && view.MentionAt[k] < 0 && _words.IsDeterminer(view.Word(k))) k++;
        if (k >= view.Count || view.MentionAt[k] < 0) return null;
        var m = view.Mentions[view.MentionAt[k]];
        return m.Kind == MentionKind.Actor && m.Actor is { } a && (a.Country is not null || a.Org is not null) ? m : null;
    }

    /// <summary>"visited Manila before travelling on to Jakarta", "then flew on to Seoul", "will then travel to Hanoi", "en route
    /// to Beijing": the place or capital a traveller goes on to after the visit or meeting the match names, within its
    /// sentence and before any semicolon; null when none is named.</summary>
    public static Mention? OnwardDestination(SentenceView view, PatternMatch match)
    {
        var start = match.LastToken - view.Sentence.FirstToken + 1;
        for (var k = start; k < view.Count - 1 && k < start + 16; k++)
        {
            if (view.Word(k) is ";" or ":" || view.Is(k, "but") || view.Is(k, "while") || view.Is(k, "where") || view.Is(k, "who")) return null;
            if (!view.Is(k, "to") && !view.Is(k, "for")) continue;
            var dest = k + 1 < view.Count && view.MentionAt[k + 1] >= 0 ? view.Mentions[view.MentionAt[k + 1]] : null;
            if (dest is null || view.FirstOf(dest) != k + 1 || !IsDestination(dest)) continue;
            if (IsOnwardLead(view, k)) return dest;
        }

        return null;
    }

    /// <summary>Whether the "to"/"for" at <paramref name="k"/> ends a trip still to come: "en route to", "before travelling (on)
    /// to", "travelling on to", "will then travel to", "is due to fly on to", "before leaving for". A past form ("then flew to")
    /// is a trip made, coded by its own pattern.</summary>
    private static bool IsOnwardLead(SentenceView view, int k)
    {
        if (view.Is(k, "to") && view.Is(k - 1, "route") && view.Is(k - 2, "en")) return true;
        var v = k - 1;
        var on = view.Is(v, "on");
        if (on) v--;
        var form = view.Is(k, "for") ? Leaving(view.Word(v)) : Motion(view.Word(v));
        if (form == NoForm) return false;
        var lead = v - 1;
        if (view.Is(lead, "then")) lead--;
        if (form == Participle) return on || view.Is(lead, "before") || view.Is(v - 1, "then");
        // A base form is planned only after a modal or a "to" of plan: "will then travel to", "is due to fly on to".
        return view.Is(lead, "will") || view.Is(lead, "would") || view.Is(lead, "to") || view.Is(lead, "shall");
    }

    // How a motion word is formed: no motion word, an -ing participle, a base form.
    private const int NoForm = 0;
    private const int Participle = 1;
    private const int BaseForm = 2;

    private static int Motion(ReadOnlySpan<char> w) =>
        w.Equals("travelling", StringComparison.OrdinalIgnoreCase) || w.Equals("traveling", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("heading", StringComparison.OrdinalIgnoreCase) || w.Equals("flying", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("going", StringComparison.OrdinalIgnoreCase) || w.Equals("continuing", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("moving", StringComparison.OrdinalIgnoreCase) || w.Equals("proceeding", StringComparison.OrdinalIgnoreCase) ? Participle
        : w.Equals("travel", StringComparison.OrdinalIgnoreCase) || w.Equals("head", StringComparison.OrdinalIgnoreCase) ||
          w.Equals("fly", StringComparison.OrdinalIgnoreCase) || w.Equals("go", StringComparison.OrdinalIgnoreCase) ||
          w.Equals("continue", StringComparison.OrdinalIgnoreCase) || w.Equals("move", StringComparison.OrdinalIgnoreCase) ||
          w.Equals("proceed", StringComparison.OrdinalIgnoreCase) ? BaseForm : NoForm;

    private static int Leaving(ReadOnlySpan<char> w) =>
        w.Equals("leaving", StringComparison.OrdinalIgnoreCase) || w.Equals("departing", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("heading", StringComparison.OrdinalIgnoreCase) ? Participle
        : w.Equals("leave", StringComparison.OrdinalIgnoreCase) || w.Equals("depart", StringComparison.OrdinalIgnoreCase) ||
          w.Equals("head", StringComparison.OrdinalIgnoreCase) ? BaseForm : NoForm;

    private static bool IsDestination(Mention m) =>
        m.Kind == MentionKind.Place ? m.Place?.Country is not null
        : m.Kind == MentionKind.Actor && m.Actor is { Country: not null } a && a.Name is null && a.Sector is null or "GOV" && IsCapitalLike(m);

    // A capital stands for its state's government ("Manila"); a person or body named after "to" is no destination.
    private static bool IsCapitalLike(Mention m)
    {
        for (var i = 0; i < m.Entries.Count; i++)
        {
            if (m.Entries[i].StartsWith("capital:", StringComparison.Ordinal) || m.Entries[i].StartsWith("country:", StringComparison.Ordinal)) return true;
        }

        return false;
    }
}

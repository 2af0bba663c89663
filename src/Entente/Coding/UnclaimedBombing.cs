using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>"A roadside bomb near Kandahar killed two soldiers", "A car bomb exploded in Mogadishu, killing five people", "An
/// ambush in Tillaberi killed 12 soldiers": a bombing or attack that no one is named for is the subject of the verb that counts its toll. Its perpetrator is unknown and keyed to
/// the country where it struck (dev-README: roadside bombs, unknown perpetrator, location country as source).</summary>
internal static class UnclaimedBombing
{
    private const int Reach = 12;

    /// <summary>The bombing noun match (CAMEO 183x) that opens the sentence as the subject of the violent verb
    /// <paramref name="verb"/>, when no actor is named before the verb and no one claims the attack; null otherwise.</summary>
    public static PatternMatch? Subject(SentenceView view, IReadOnlyList<PatternMatch> kept, PatternMatch verb)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(kept);
        var first = verb.FirstToken - view.Sentence.FirstToken;
        for (var k = 0; k < first; k++)
        {
            // Someone named before the verb (an attacker, a claimant, whose the bomb was) leaves no unknown perpetrator.
            if (view.MentionAt[k] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]]) && !IsWhere(view, view.Mentions[view.MentionAt[k]])) return null;
        }

        for (var k = first; k < view.Count; k++)
        {
            if (view.Is(k, "claimed") || view.Is(k, "responsibility") || view.Is(k, "blamed") || view.Is(k, "accused")) return null;
        }

        // "A roadside bomb killed two soldiers": the verb pattern names its own bombing as its subject.
        if (verb.Pattern.Cameo.StartsWith("183", StringComparison.Ordinal) && first <= 3) return verb;

        for (var i = 0; i < kept.Count; i++)
        {
            var m = kept[i];
            if (!IsAttackNoun(view, m)) continue;
            var last = m.LastToken - view.Sentence.FirstToken;
            var start = m.FirstToken - view.Sentence.FirstToken;
            // The subject: at most an article and modifiers before it, and the verb within a short reach after it.
            if (last >= first || first - last > Reach || start > 3) continue;
            return m;
        }

        return null;
    }

    /// <summary>A bombing noun (183x), or a plain attack, raid or ambush (180, 190: "An attack on a police station in Zamfara
    /// killed five officers", "An ambush killed 12 soldiers"), written as a noun or as a verb form after an article. Not air
    /// strikes or shelling, whose unnamed attacker is rarely of the place struck.</summary>
    private static bool IsAttackNoun(SentenceView view, PatternMatch m)
    {
        var code = m.Pattern.Cameo;
        if (code.StartsWith("183", StringComparison.Ordinal)) return m.Pattern.Kind == TriggerKind.Noun;
        if (IsPlainBombing(view, m)) return true;
        if (code is not ("180" or "190")) return false;
        var k = m.FirstToken - view.Sentence.FirstToken - 1;
        return m.Pattern.Kind == TriggerKind.Noun || view.Is(k, "a") || view.Is(k, "an") || view.Is(k, "the");
    }

    /// <summary>The code of the unclaimed bombing <paramref name="bomb"/>: a plain "bombing" noun that no one is named for
    /// ("The bombing of a mosque in Peshawar killed 30") is a bombing by someone unknown (183), not an air raid (195).</summary>
    public static string CodeOf(SentenceView view, PatternMatch bomb)
    {
        ArgumentNullException.ThrowIfNull(view);
        return IsPlainBombing(view, bomb) ? "183" : bomb.Pattern.Cameo;
    }

    /// <summary>"the bombing of a market", "bombings in Mosul": the noun "bombing" of an air-bombing pattern (195) with no
    /// "air", "aerial" or "carpet" before it.</summary>
    private static bool IsPlainBombing(SentenceView view, PatternMatch m)
    {
        if (m.Pattern.Cameo != "195" || m.Pattern.Kind != TriggerKind.Noun) return false;
        var head = m.HeadToken - view.Sentence.FirstToken;
        if (!(view.Is(head, "bombing") || view.Is(head, "bombings"))) return false;
        return !(view.Is(head - 1, "air") || view.Is(head - 1, "aerial") || view.Is(head - 1, "carpet") || view.Is(head - 1, "drone"));
    }

    /// <summary>"exploded near a police station", "went off outside the embassy", "an attack on a police station in Nigeria": an actor-like building or body after a
    /// preposition of place is where the bomb struck, not who set it.</summary>
    private static bool IsWhere(SentenceView view, Mention m)
    {
        var k = view.FirstOf(m) - 1;
        if (view.Is(k, "a") || view.Is(k, "an") || view.Is(k, "the")) k--;
        // "in central Baghdad", "in the northern city": an adjective or two may stand after the preposition.
        for (var skipped = 0; skipped < 2 && k >= 0 && view.MentionAt[k] < 0 && view.IsTag(k, PartOfSpeech.Adjective); skipped++) k--;
        // "the bombing of a mosque": what the attack noun is "of" is what it struck.
        if (view.Is(k, "of") && (view.Is(k - 1, "bombing") || view.Is(k - 1, "bombings") || view.Is(k - 1, "attack") || view.Is(k - 1, "attacks"))) return true;
        return view.Is(k, "near") || view.Is(k, "outside") || view.Is(k, "at") || view.Is(k, "inside") || view.Is(k, "beside") || view.Is(k, "in") || view.Is(k, "on") ||
               view.Is(k, "behind");
    }

    /// <summary>"A suicide bombing in Mogadishu killed 12", "Bombings in Kabul left 18 dead": when the toll is a bare count, the
    /// dead are people of the place where the bombing struck; that place's mention (the location nearest before the verb, given
    /// by its start in <paramref name="locations"/>) stands for them. Null when the toll names anyone or counts nothing.</summary>
    public static Mention? PlaceOfCount(SentenceView view, PatternMatch verb, IReadOnlyList<SentenceLocation> locations)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(locations);
        var head = verb.HeadToken - view.Sentence.FirstToken;
        var count = false;
        // The toll runs to the clause's punctuation or a preposition ("killed 12 in Mogadishu"); a name in it ("left five
        // officers dead") says whom the bombing killed, and the resolver keys them.
        for (var k = head + 1; k < view.Count && k <= head + 6; k++)
        {
            // "at least 12", "more than 500": the words that hedge a count are part of it.
            if ((view.Is(k, "at") && view.Is(k + 1, "least")) || (view.Is(k, "than") && (view.Is(k - 1, "more") || view.Is(k - 1, "fewer")))) continue;
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.IsTag(k, PartOfSpeech.Preposition)) break;
            if (view.MentionAt[k] >= 0) return null;
            if (view.IsTag(k, PartOfSpeech.Number)) count = true;
        }

        if (!count) return null;
        var verbStart = view.Tokens[head].Start;
        Mention? place = null;
        for (var i = 0; i < view.Mentions.Count; i++)
        {
            var m = view.Mentions[i];
            if (m.Start >= verbStart) continue;
            for (var j = 0; j < locations.Count; j++)
            {
                if (locations[j].Start == m.Start && (place is null || m.Start > place.Start)) place = m;
            }
        }

        return place;
    }

    /// <summary>"An attack in Zamfara left five officers dead": the people named inside a toll verb's own words, between its head
    /// and its last word; null when none is named there.</summary>
    public static Mention? NamedInToll(SentenceView view, PatternMatch verb)
    {
        ArgumentNullException.ThrowIfNull(view);
        var last = verb.LastToken - view.Sentence.FirstToken;
        for (var k = verb.HeadToken - view.Sentence.FirstToken + 1; k < last; k++)
        {
            if (view.MentionAt[k] >= 0 && SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]])) return view.Mentions[view.MentionAt[k]];
        }

        return null;
    }

    /// <summary>"..., killing five people": the people named right after a participle whose subject is the bombing (the
    /// argument finder leaves a non-actor subject's participle without arguments); empty when none.</summary>
    public static IReadOnlyList<Mention> Toll(SentenceView view, PatternMatch verb)
    {
        ArgumentNullException.ThrowIfNull(view);
        var last = verb.LastToken - view.Sentence.FirstToken;
        for (var k = last + 1; k < view.Count && k <= last + 4; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) break;
            if (view.MentionAt[k] >= 0) return SentenceView.IsActorLike(view.Mentions[view.MentionAt[k]]) ? [view.Mentions[view.MentionAt[k]]] : [];
        }

        return [];
    }
}

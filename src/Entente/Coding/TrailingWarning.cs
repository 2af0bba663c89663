using Entente.Model;
using Entente.Syntax;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"North Korea could conduct a nuclear test within weeks, South Korea's spy agency warned": a warning whose content
/// comes first and whose speaker is named after a comma at the sentence's end is aimed at the side the content opens with, as
/// "warned that North Korea could ..." is (130). Not when that side is the speaker's own ("Iran could close the strait, an
/// Iranian commander warned" is Iran's own threat, coded from its content).</summary>
internal static class TrailingWarning
{
    /// <summary>The actor that opens the sentence (no preposition before it) when <paramref name="match"/> is a form of "warn"
    /// whose subject <paramref name="source"/> stands in a phrase right after a comma and only a day phrase ("on Monday", "late
    /// Tuesday") follows the verb to the sentence's end; null otherwise. The slot points at the actor's own mention.</summary>
    public static ActorSlot? TargetOf(SentenceView view, PatternMatch match, ActorSlot source) =>
        IsTrailingWarn(view ?? throw new ArgumentNullException(nameof(view)), match, source ?? throw new ArgumentNullException(nameof(source)))
            ? ContentActor(view, SpeakerComma(view, match), source.Actor)
            : null;

    /// <summary>The comma that opens the speaker's phrase before "warned" (at most eight words: "..., the US Indo-Pacific
    /// commander warned"), or -1.</summary>
    private static int SpeakerComma(SentenceView view, PatternMatch match)
    {
        var verb = match.HeadToken - view.Sentence.FirstToken;
        for (var k = verb - 1; k >= 0 && k >= verb - 8; k--)
        {
            if (view.Word(k) is ",") return k;
            if (view.Tokens[k].Kind == TokenKind.Punctuation && !(view.Word(k) is "'s" or "’s" or "-")) return -1;
        }

        return -1;
    }

    private static bool IsTrailingWarn(SentenceView view, PatternMatch match, ActorSlot source)
    {
        var verb = match.HeadToken - view.Sentence.FirstToken;
        var comma = SpeakerComma(view, match);
        if (match.Pattern.Kind != TriggerKind.Verb || !view.Word(verb).StartsWith("warn", StringComparison.OrdinalIgnoreCase) ||
            source.Mention.Sentence != view.Sentence.Index || view.LastOf(source.Mention) >= verb || comma < 2 || view.FirstOf(source.Mention) <= comma)
            return false;
        // ", the Kremlin warned on Monday.": after the verb only its day and the full stop ("has warned villages to stop
        // providing food" warns someone else of something else).
        for (var k = verb + 1; k < view.Count; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation && k == view.Count - 1) break;
            if (view.MentionAt[k] >= 0 || !IsTimeWord(view.Word(k))) return false;
        }

        return true;
    }

    private static bool IsTimeWord(ReadOnlySpan<char> word) =>
        word is "on" or "late" or "early" or "earlier" or "this" or "last" or "week" or "month" or "today" or "tonight" or "yesterday" or
            "morning" or "afternoon" or "evening" or "night" ||
        Dates.DateLexicon.English.IsWeekday(word);

    /// <summary>The mention that opens the sentence (after "The" at most) when it is another side's actor.</summary>
    private static ActorSlot? ContentActor(SentenceView view, int comma, ActorCode speaker)
    {
        for (var k = 0; k < comma && k < 2; k++)
        {
            if (view.MentionAt[k] < 0) continue;
            var m = view.Mentions[view.MentionAt[k]];
            if (m.Kind != MentionKind.Actor || m.Actor is not { } a || (k > 0 && view.IsTag(k - 1, PartOfSpeech.Preposition))) return null;
            return a.Key == speaker.Key || (a.Country is not null && a.Country == speaker.Country) ? null : new ActorSlot(a, m, "mention");
        }

        return null;
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>"'We will stand by Ukraine,' the Dutch prime minister told parliament": a verb inside a quotation that opens the
/// sentence, whose subject is "we" or "I", is the speaker's act; the speaker is named after the closing mark, before or after
/// the speech verb ("..., said the Dutch prime minister"). The caller uses it for cooperative codes only.</summary>
internal static class QuotedSpeaker
{
    // Words from the opening mark to the pronoun: "'Today we ...'", "'And I ...'".
    private const int PronounReach = 4;

    /// <summary>The index where the speaker's name starts, when the trigger at <paramref name="first"/> stands inside an opening
    /// quotation whose subject before it is "we" or "I" and no actor; -1 otherwise.</summary>
    public static int SpeakerStart(SentenceView view, WordSets words, int first)
    {
        if (view.Count == 0 || !IsOpeningMark(view.Word(0))) return -1;
        var pronoun = -1;
        for (var k = 1; k < first; k++)
        {
            if (view.MentionAt[k] >= 0 || IsMark(view.Word(k))) return -1;
            if (pronoun < 0 && k <= PronounReach && (view.Is(k, "we") || view.Word(k) is "I")) pronoun = k;
        }

        if (pronoun < 0) return -1;
        var close = first + 1;
        while (close < view.Count && !IsMark(view.Word(close))) close++;
        if (close >= view.Count - 1 || view.Word(close - 1) is not ("," or "." or "?" or "!")) return -1;
        var k2 = close + 1;
        // "... ,' said the Dutch prime minister" or "... ,' the Dutch prime minister said".
        if (words.IsSpeechVerb(view.Word(k2))) return k2 + 1 < view.Count ? k2 + 1 : -1;
        return k2;
    }

    /// <summary>The speaker named right after the quotation that opens <paramref name="sentence"/> ("'...,' Ruto said", "'...,'
    /// said the Kenyan president"): an actor mention of a state or organisation next to a speech verb after the closing mark;
    /// null otherwise.</summary>
    public static Mention? Attributed(SegmentedDocument doc, Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        var text = doc.Text;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        if (sentence.TokenCount < 4 || !IsOpeningMark(doc.Tokens[first].Span(text))) return null;
        var close = first + 1;
        while (close < end && !IsMark(doc.Tokens[close].Span(text))) close++;
        if (close + 2 >= end || doc.Tokens[close - 1].Span(text) is not ("," or "?" or "!")) return null;
        // "'...,' said the Kenyan president" or "'...,' the Kenyan president said".
        var verbFirst = IsSpeechWord(doc.Tokens[close + 1].Span(text));
        var at = verbFirst ? close + 2 : close + 1;
        if (doc.Tokens[at].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase)) at++;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.FirstToken != at || m.Kind != MentionKind.Actor || m.Actor is not { } a || (a.Country is null && a.Org is null) || ActorContext.IsPress(a)) continue;
            var next = m.FirstToken + m.TokenCount;
            return verbFirst || (next < end && IsSpeechWord(doc.Tokens[next].Span(text))) ? m : null;
        }

        return null;
    }

    /// <summary>Whether the sentence's opening quotation closes before its last words: the sentence names its own speaker or
    /// goes on outside the quotation.</summary>
    public static bool Closes(SentenceView view)
    {
        for (var k = 1; k < view.Count - 2; k++)
        {
            if (IsMark(view.Word(k))) return true;
        }

        return false;
    }

    private static bool IsSpeechWord(ReadOnlySpan<char> w) =>
        w is "said" or "says" or "told" or "added" or "stated" or "declared" or "wrote" or "insisted" or "stressed" or "warned";

    internal static bool IsOpeningMark(ReadOnlySpan<char> w) => w is "\"" or "“" or "'" or "‘";

    private static bool IsMark(ReadOnlySpan<char> w) => w is "\"" or "“" or "”" or "'" or "‘" or "’";
}

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

    private static bool IsOpeningMark(ReadOnlySpan<char> w) => w is "\"" or "“" or "'" or "‘";

    private static bool IsMark(ReadOnlySpan<char> w) => w is "\"" or "“" or "”" or "'" or "‘" or "’";
}

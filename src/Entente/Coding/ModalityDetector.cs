using Entente.Model;

namespace Entente.Coding;

/// <summary>Decides asserted / negated / future / hypothetical for a trigger from the words of its clause before it.</summary>
public sealed class ModalityDetector
{
    private const int NegationWindow = 4;
    private readonly WordSets _words;

    /// <summary>Creates a detector over the shared word sets.</summary>
    public ModalityDetector(WordSets words) => _words = words;

    /// <summary>Looks from <paramref name="clauseStart"/> up to the trigger at <paramref name="triggerStart"/> (sentence-local token indices).</summary>
    public ModalityCue Detect(string text, ReadOnlySpan<Token> tokens, int clauseStart, int triggerStart, TriggerKind kind)
    {
        var negated = false;
        // Cues are kept as token indices (-2: the literal "would") and turned into text once, at the end.
        var negCue = -1;
        Modality? mood = null;
        var moodCue = -1;
        var sawSpeech = false;
        for (var i = clauseStart; i < triggerStart; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var w = tokens[i].Span(text);
            if (_words.IsSpeechVerb(w)) sawSpeech = true;
            if (triggerStart - i <= NegationWindow && IsNegationCue(text, tokens, i, triggerStart, kind))
            {
                negated = true;
                negCue = i;
            }

            if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase) ||
                w is "'ll" or "’ll")
            {
                mood = Modality.Future;
                moodCue = i;
            }
            else if (w.Equals("would", StringComparison.OrdinalIgnoreCase))
            {
                // "said it would" reports a plan; a bare "would" is conditional.
                mood = sawSpeech ? Modality.Future : Modality.Hypothetical;
                moodCue = -2;
            }
            else if (IsHypothetical(text, tokens, i, w))
            {
                mood = Modality.Hypothetical;
                moodCue = i;
            }
            else if (IsFutureFrame(text, tokens, i, triggerStart, w, kind))
            {
                mood ??= Modality.Future;
                if (moodCue == -1) moodCue = i;
            }
        }

        if (negated) return new ModalityCue(Modality.Negated, tokens[negCue].Span(text).ToString());
        return mood is { } m ? new ModalityCue(m, moodCue == -2 ? "would" : tokens[moodCue].Span(text).ToString()) : new ModalityCue(Modality.Asserted, null);
    }

    /// <summary>For a nominal trigger that is its clause's subject, the modal of the verb after it:
    /// "a visit by Modi to Pakistan would be a major step" is hypothetical, "the talks will resume" future.</summary>
    public ModalityCue? AfterNoun(string text, ReadOnlySpan<Token> tokens, int afterTrigger, ReadOnlySpan<int> clauseOf)
    {
        if (afterTrigger >= tokens.Length) return null;
        var clause = clauseOf[Math.Max(afterTrigger - 1, 0)];
        for (var i = afterTrigger; i < tokens.Length && i < afterTrigger + 8 && clauseOf[i] == clause; i++)
        {
            var w = tokens[i].Span(text);
            if (tokens[i].Kind == TokenKind.Punctuation && w is ",") return null;
            if (w.Equals("will", StringComparison.OrdinalIgnoreCase)) return new ModalityCue(Modality.Future, "will");
            if (w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("could", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("might", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase))
                return new ModalityCue(Modality.Hypothetical, w.ToString());
            // A finite verb of its own ends the subject: "the visit ended", "talks were held".
            if (_words.IsBe(w) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return null;
        }

        return null;
    }

    private bool IsNegationCue(string text, ReadOnlySpan<Token> tokens, int i, int triggerStart, TriggerKind kind)
    {
        var w = tokens[i].Span(text);
        if (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w is "n't" or "n’t" ||
            w.Equals("never", StringComparison.OrdinalIgnoreCase))
            return true;
        // "no meeting", "no talks" negate a nominal trigger directly in front of it.
        return kind == TriggerKind.Noun && w.Equals("no", StringComparison.OrdinalIgnoreCase) && triggerStart - i <= 2 && tokens[i].Kind == TokenKind.Word;
    }

    private bool IsHypothetical(string text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> w)
    {
        if (w.Equals("can", StringComparison.OrdinalIgnoreCase))
        {
            // Only "can only ... if/when" is conditional; plain "can" states ability and is left asserted.
            return i + 1 < tokens.Length && tokens[i + 1].Span(text).Equals("only", StringComparison.OrdinalIgnoreCase);
        }

        if (w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("believe", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("hope", StringComparison.OrdinalIgnoreCase) || w.Equals("expect", StringComparison.OrdinalIgnoreCase) ||
            w.Equals("urged", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return _words.IsHypotheticalCue(w);
    }

    private bool IsFutureFrame(string text, ReadOnlySpan<Token> tokens, int i, int triggerStart, ReadOnlySpan<char> w, TriggerKind kind)
    {
        if (!_words.IsFutureCue(w)) return false;
        if (w.Equals("next", StringComparison.OrdinalIgnoreCase)) return kind == TriggerKind.Noun && triggerStart - i <= 2;
        if (kind == TriggerKind.Noun)
        {
            // "awaiting the visit", "the upcoming talks", "a planned meeting".
            return triggerStart - i <= 6;
        }

        // "expected to visit", "plans to meet", "is set to sign", "due to hold": the cue is followed by "to" before the verb.
        for (var k = i + 1; k < triggerStart && k <= i + 3; k++)
        {
            if (tokens[k].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}

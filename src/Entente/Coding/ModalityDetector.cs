using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>Decides asserted / negated / future / hypothetical for a trigger from the words of its clause before it.</summary>
public sealed class ModalityDetector
{
    private const int NegationWindow = 4;
    private readonly WordSets _words;

    /// <summary>Creates a detector over the shared word sets.</summary>
    public ModalityDetector(WordSets words) => _words = words;

    /// <summary>Looks from <paramref name="clauseStart"/> up to the trigger at <paramref name="triggerStart"/> (sentence-local token indices);
    /// when the trigger's head word comes later (<paramref name="headStart"/>, "troops are to withdraw"), the words of the trigger before
    /// it are read for "be to" and "yet to" as well.</summary>
    public ModalityCue Detect(string text, ReadOnlySpan<Token> tokens, int clauseStart, int triggerStart, TriggerKind kind, int headStart = -1)
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
            if ((triggerStart - i <= NegationWindow && IsNegationCue(text, tokens, i, triggerStart, kind)) ||
                (kind == TriggerKind.Verb && IsFailureCue(text, tokens, i, triggerStart)) ||
                (i >= triggerStart - 2 && i == StopShortOf.CueIndex(text, tokens, triggerStart)))
            {
                negated = true;
                negCue = i;
            }
            else if (i == clauseStart && w.Equals("neither", StringComparison.OrdinalIgnoreCase))
            {
                // "Neither Russia nor Ukraine attended": the whole subject is negated.
                negated = true;
                negCue = i;
            }

            if (w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase) ||
                w is "'ll" or "’ll" || w.Equals("won't", StringComparison.OrdinalIgnoreCase) || w.Equals("won’t", StringComparison.OrdinalIgnoreCase))
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
            else if (w.Equals("unlikely", StringComparison.OrdinalIgnoreCase) && i + 1 < triggerStart &&
                     tokens[i + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                // "is unlikely to visit": a forecast that it will not happen, not a plan.
                mood = Modality.Hypothetical;
                moodCue = i;
            }
            else if (w.Equals("likely", StringComparison.OrdinalIgnoreCase) && i + 1 < triggerStart &&
                     tokens[i + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                // "is likely to sign": expected, as "is expected to".
                mood ??= Modality.Future;
                if (moodCue == -1) moodCue = i;
            }
            else if (kind == TriggerKind.Noun && triggerStart - i <= 2 &&
                     (w.Equals("possible", StringComparison.OrdinalIgnoreCase) || w.Equals("potential", StringComparison.OrdinalIgnoreCase) ||
                      w.Equals("mooted", StringComparison.OrdinalIgnoreCase) || w.Equals("hypothetical", StringComparison.OrdinalIgnoreCase)))
            {
                // "the possible withdrawal of US troops", "a potential visit by Putin": an act that may or may not come.
                mood = Modality.Hypothetical;
                moodCue = i;
            }
            else if ((w.Equals("possible", StringComparison.OrdinalIgnoreCase) || w.Equals("impossible", StringComparison.OrdinalIgnoreCase)) &&
                     i + 1 < triggerStart && tokens[i + 1].Span(text).Equals("for", StringComparison.OrdinalIgnoreCase))
            {
                // "said it was possible for Turkey to renege on its agreement": an act held possible, not done.
                mood = Modality.Hypothetical;
                moodCue = i;
            }
            else if (kind == TriggerKind.Noun && triggerStart - i <= 5 && ProspectMood(text, tokens, i, triggerStart) is { } prospect)
            {
                // "fears of a clash between China and Japan", "paves the way for talks": an act feared or made possible;
                // "his promise of an imminent missile strike": an act promised, not done.
                mood = prospect;
                moodCue = i;
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

        if (!negated && NoSignOf(text, tokens, clauseStart, triggerStart, kind) is var noSign and >= 0)
        {
            // "There was no sign of fighting between Armenia and Azerbaijan", "no evidence that Russia attacked the grid": the
            // narrator states that the act is not seen.
            negated = true;
            negCue = noSign;
        }

        if ((mood is not null || negated) && kind == TriggerKind.Verb && ConjoinedPast(text, tokens, clauseStart, triggerStart) is var conj and >= 0)
        {
            // "said Turkey would not allow a corridor and accused the US of arming the YPG": a past verb joined by "and" is
            // finite, out of reach of the modal and the negation before it (not so "would be attacked and killed").
            // A condition ("if he is denied the presidency and denied the results") still governs both verbs.
            if (mood is not null && !HasAuxiliaryChain(text, tokens, clauseStart, conj) && !HasCondition(text, tokens, clauseStart, conj))
            {
                mood = null;
                moodCue = -1;
            }

            if (negated && negCue < conj) negated = false;
        }

        // "are to withdraw", "has yet to sign" inside a multi-word trigger ("troops are to withdraw from").
        var end = Math.Min(Math.Max(triggerStart, headStart), tokens.Length);
        for (var i = clauseStart; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            if (IsYetTo(text, tokens, i, end))
            {
                negated = true;
                negCue = i;
            }
            else if (mood is null && i >= triggerStart && i == headStart - 1 && IsPlainFuture(text, tokens, i) && !IsPoliteWish(text, tokens, headStart))
            {
                // "will retaliate against" with the modal inside the trigger, right before its head: a plan, as when it stands
                // before the trigger ("will not sign", a refusal pattern's own words, is left to its pattern).
                mood = tokens[i].Span(text).Equals("would", StringComparison.OrdinalIgnoreCase) && !sawSpeech ? Modality.Hypothetical : Modality.Future;
                moodCue = i;
            }
            else if (BeToMood(text, tokens, i, end, clauseStart) is { } beTo)
            {
                // An earlier "will"/"would" decides: "said the troops were to leave" keeps the reporting frame's reading.
                if (mood is null || beTo == Modality.Hypothetical)
                {
                    mood = beTo;
                    moodCue = i;
                }
            }
        }

        if (mood is null && kind == TriggerKind.Verb && IsDueArrival(text, tokens, triggerStart))
        {
            // "The Indian navy chief is due in Colombo": the trigger's own be-verb and "due" announce an expected arrival.
            mood = Modality.Future;
            moodCue = triggerStart + 1;
        }

        if (negated) return new ModalityCue(Modality.Negated, tokens[negCue].Span(text).ToString());
        return mood is { } m ? new ModalityCue(m, moodCue == -2 ? "would" : tokens[moodCue].Span(text).ToString()) : new ModalityCue(Modality.Asserted, null);
    }

    /// <summary>"if Addis Ababa does not cancel the deal", "unless Kyiv fails to ...": whether an "if" or "unless" stands
    /// between <paramref name="clauseStart"/> and the trigger with a negation after it, so that the negation belongs to a
    /// condition rather than to a statement that the act did not happen.</summary>
    public bool IsNegatedCondition(string text, ReadOnlySpan<Token> tokens, int clauseStart, int triggerStart)
    {
        var condition = -1;
        for (var i = clauseStart; i < triggerStart; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var w = tokens[i].Span(text);
            if (w.Equals("if", StringComparison.OrdinalIgnoreCase) || w.Equals("unless", StringComparison.OrdinalIgnoreCase))
            {
                condition = i;
            }
            else if (condition >= 0 && triggerStart - i <= NegationWindow &&
                     (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w is "n't" or "n’t" || w.Equals("never", StringComparison.OrdinalIgnoreCase) ||
                      _words.IsFailure(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For a nominal trigger that is its clause's subject, the modal of the verb after it:
    /// "a visit by Modi to Pakistan would be a major step" is hypothetical, "the talks will resume" future; with
    /// <paramref name="planOnly"/> (a noun whose agent stands before it) only "the talks are to resume" counts.</summary>
    public ModalityCue? AfterNoun(string text, ReadOnlySpan<Token> tokens, int afterTrigger, ReadOnlySpan<int> clauseOf, bool planOnly = false)
    {
        if (afterTrigger >= tokens.Length) return null;
        var clause = clauseOf[Math.Max(afterTrigger - 1, 0)];
        var skipped = 0;
        for (var i = afterTrigger; i < tokens.Length && i < afterTrigger + 8 + skipped && clauseOf[i] == clause; i++)
        {
            var w = tokens[i].Span(text);
            if (tokens[i].Kind == TokenKind.Punctuation && w is ",")
            {
                // "The talks between Israel and Lebanon, originally planned for Monday, were postponed": an aside set off by two
                // commas is stepped over (once) to reach the subject's own verb.
                if (skipped > 0 || ClosingComma(text, tokens, i) is not (> 0 and var close) || clauseOf[close] != clause) return null;
                skipped = close - i;
                i = close;
                continue;
            }

            // "the meeting ... was cancelled", "the visit has been called off": the narrator says it did not take place
            // (negated, the act's own code); a postponement too, since a new date is at most a plan.
            if (_words.IsBe(w) && CancellationAfter(text, tokens, i + 1) is var cancelled and >= 0)
                return new ModalityCue(Modality.Negated, tokens[cancelled].Span(text).ToString());
            // "the meeting did not take place", "the visit never went ahead".
            if ((w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase) ||
                 w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)) &&
                i + 1 < tokens.Length && _words.IsOccurrence(tokens[i + 1].Span(text)))
                return new ModalityCue(Modality.Negated, w.ToString());
            // "the talks are to resume", "the visit was to take place": a plan.
            if (_words.IsBe(w) && i + 2 < tokens.Length && tokens[i + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase) &&
                tokens[i + 2].Kind == TokenKind.Word && !_words.IsDeterminer(tokens[i + 2].Span(text)))
                return new ModalityCue(Modality.Future, w.ToString());
            // "a summit between Russia, Turkey and Iran to be held in Tehran on Friday", "talks to take place next week": an
            // infinitive right after the noun phrase sets the act ahead.
            if (i == afterTrigger && w.Equals("to", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Length && IsScheduling(tokens[i + 1].Span(text), tokens[i + 2].Span(text)))
                return new ModalityCue(Modality.Future, "to");
            // "the summit is scheduled for Thursday", "talks set for next week": a date set is a plan.
            if ((_words.IsBe(w) && i + 1 < tokens.Length && IsScheduled(tokens[i + 1].Span(text)) && i + 2 < tokens.Length && IsScheduleLink(tokens[i + 2].Span(text))) ||
                (i == afterTrigger && IsScheduled(w) && i + 1 < tokens.Length && IsScheduleLink(tokens[i + 1].Span(text))))
                return new ModalityCue(Modality.Future, w.ToString());
            if (planOnly)
            {
                if (_words.IsBe(w) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return null;
                continue;
            }

            if (w.Equals("will", StringComparison.OrdinalIgnoreCase)) return new ModalityCue(Modality.Future, "will");
            if (CapitalisedMay.IsNoModal(text, tokens, i)) continue;
            // "Only dialogue between Serbia and Kosovo can bring peace", "a summit ... may be held": held possible, not done.
            if (w.Equals("would", StringComparison.OrdinalIgnoreCase) || w.Equals("could", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("might", StringComparison.OrdinalIgnoreCase) || w.Equals("should", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("may", StringComparison.OrdinalIgnoreCase) || w.Equals("can", StringComparison.OrdinalIgnoreCase) ||
                w.Equals("must", StringComparison.OrdinalIgnoreCase) || w.Equals("cannot", StringComparison.OrdinalIgnoreCase))
                return new ModalityCue(Modality.Hypothetical, w.ToString());
            // "clashes between Turkish and US troops are now a distinct possibility", "a meeting remains possible", "talks are
            // likely to resume": the act is only held possible (hypothetical) or expected (future).
            if ((_words.IsBe(w) || IsLinkingVerb(w)) && Possibility(text, tokens, i + 1) is { } possible) return possible;
            // A finite verb of its own ends the subject: "the visit ended", "talks were held".
            if (_words.IsBe(w) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return null;
        }

        return null;
    }

    /// <summary>The index of "and"/"but" right before the trigger (an adverb may stand between) when the trigger is a past
    /// form ("and warned", "but later met"); -1 otherwise.</summary>
    private static int ConjoinedPast(string text, ReadOnlySpan<Token> tokens, int clauseStart, int triggerStart)
    {
        var w = tokens[triggerStart].Span(text);
        if (!(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || WordList.Contains(w, PastForms))) return -1;
        var k = triggerStart - 1;
        if (k > clauseStart && tokens[k].Span(text).EndsWith("ly", StringComparison.OrdinalIgnoreCase)) k--;
        return k > clauseStart && (tokens[k].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase) ||
                                   tokens[k].Span(text).Equals("but", StringComparison.OrdinalIgnoreCase)) ? k : -1;
    }

    private static readonly string[] PastForms = ["met", "held", "sent", "struck", "told", "took", "gave", "fought", "sought", "led", "shot", "threw"];

    /// <summary>Whether a modal before <paramref name="end"/> is followed by "be"/"have"/"been" ("would be attacked and
    /// killed", "could have met and agreed"), so that a later participle still belongs to it.</summary>
    private static bool HasAuxiliaryChain(string text, ReadOnlySpan<Token> tokens, int clauseStart, int end)
    {
        for (var i = clauseStart; i + 1 < end; i++)
        {
            var w = tokens[i].Span(text);
            if (!WordList.Contains(w, ["will", "would", "could", "may", "might", "should", "must", "shall", "can", "'ll", "’ll"], StringComparison.Ordinal)) continue;
            var next = tokens[i + 1].Span(text);
            if (next.Equals("not", StringComparison.OrdinalIgnoreCase) && i + 2 < end) next = tokens[i + 2].Span(text);
            if (next.Equals("be", StringComparison.OrdinalIgnoreCase) || next.Equals("have", StringComparison.OrdinalIgnoreCase) ||
                next.Equals("been", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private static readonly string[] SignNouns = ["sign", "signs", "indication", "indications", "evidence", "trace", "report", "reports"];

    /// <summary>The index of "no" in "no sign/indication/evidence of (any) NOUN" right before a nominal trigger, or of "no
    /// evidence/sign that" right before the trigger's clause; -1 otherwise.</summary>
    private static int NoSignOf(string text, ReadOnlySpan<Token> tokens, int clauseStart, int triggerStart, TriggerKind kind)
    {
        if (kind == TriggerKind.Noun)
        {
            for (var i = triggerStart - 1; i >= 2 && i >= triggerStart - 4; i--)
            {
                if (!tokens[i].Span(text).Equals("of", StringComparison.OrdinalIgnoreCase)) continue;
                var k = i - 1;
                if (tokens[k].Span(text).Equals("yet", StringComparison.OrdinalIgnoreCase) && k >= 2) k--;
                return WordList.Contains(tokens[k].Span(text), SignNouns) && tokens[k - 1].Span(text).Equals("no", StringComparison.OrdinalIgnoreCase) ? k - 1 : -1;
            }

            return -1;
        }

        // The nearest "that" before the trigger, inside its clause or opening it.
        var that = triggerStart - 1;
        while (that >= Math.Max(0, clauseStart - 1) && !tokens[that].Span(text).Equals("that", StringComparison.OrdinalIgnoreCase)) that--;
        if (that < 2 || that < clauseStart - 1) return -1;
        return WordList.Contains(tokens[that - 1].Span(text), SignNouns) && tokens[that - 2].Span(text).Equals("no", StringComparison.OrdinalIgnoreCase) ? that - 2 : -1;
    }

    private static bool HasCondition(string text, ReadOnlySpan<Token> tokens, int clauseStart, int end)
    {
        for (var i = Math.Max(0, clauseStart - 1); i < end; i++)
        {
            if (WordList.Contains(tokens[i].Span(text), ["if", "unless", "whether"])) return true;
        }

        return false;
    }

    private static bool IsSeeking(ReadOnlySpan<char> w) => WordList.Contains(w, ["seeking", "seeks", "seek", "eyeing", "pursuing"]);

    private static bool IsScheduled(ReadOnlySpan<char> w) => WordList.Contains(w, ["scheduled", "set", "slated", "planned", "due"]);

    private static bool IsScheduleLink(ReadOnlySpan<char> w) => WordList.Contains(w, ["for", "to", "on", "in", "next", "later"]);

    private static bool IsLinkingVerb(ReadOnlySpan<char> w) =>
        WordList.Contains(w, ["remains", "remain", "remained", "seems", "seem", "seemed", "looks", "look", "appears", "appear"]);

    /// <summary>After a linking verb at <paramref name="k"/>: up to three qualifiers ("now a distinct", "increasingly") and a
    /// word of possibility: hypothetical, or future for "likely to" (an expected act); null otherwise.</summary>
    private static ModalityCue? Possibility(string text, ReadOnlySpan<Token> tokens, int k)
    {
        for (var skipped = 0; k < tokens.Length && skipped < 3 && WordList.Contains(tokens[k].Span(text), [
                 "now", "still", "a", "an", "very", "real", "distinct", "increasingly", "more", "quite", "highly", "strong", "growing", "ever",
             ]); skipped++)
            k++;
        if (k >= tokens.Length) return null;
        var w = tokens[k].Span(text);
        if (!WordList.Contains(w, ["possibility", "possible", "likely", "unlikely", "probable", "prospect", "likelihood"])) return null;
        var to = k + 1 < tokens.Length && tokens[k + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase);
        return new ModalityCue(to && w.Equals("likely", StringComparison.OrdinalIgnoreCase) ? Modality.Future : Modality.Hypothetical, w.ToString());
    }

    /// <summary>The comma that closes an aside opened by the comma at <paramref name="open"/>: the next comma within eight
    /// words, with no clause-ending punctuation before it; -1 when there is none.</summary>
    private static int ClosingComma(string text, ReadOnlySpan<Token> tokens, int open)
    {
        for (var j = open + 1; j < tokens.Length && j <= open + 8; j++)
        {
            var w = tokens[j].Span(text);
            if (w is ",") return j + 1 < tokens.Length ? j : -1;
            if (w is ";" or ":" or "." or "\"" or "“" or "”") return -1;
        }

        return -1;
    }

    /// <summary>"be held", "be convened", "take place", "start", "begin", "open", "resume" after "to": words that schedule an act.</summary>
    private static bool IsScheduling(ReadOnlySpan<char> verb, ReadOnlySpan<char> next) =>
        (verb.Equals("be", StringComparison.OrdinalIgnoreCase) &&
         (next.Equals("held", StringComparison.OrdinalIgnoreCase) || next.Equals("convened", StringComparison.OrdinalIgnoreCase) ||
          next.Equals("hosted", StringComparison.OrdinalIgnoreCase) || next.Equals("staged", StringComparison.OrdinalIgnoreCase))) ||
        (verb.Equals("take", StringComparison.OrdinalIgnoreCase) && next.Equals("place", StringComparison.OrdinalIgnoreCase)) ||
        verb.Equals("begin", StringComparison.OrdinalIgnoreCase) || verb.Equals("start", StringComparison.OrdinalIgnoreCase) ||
        verb.Equals("resume", StringComparison.OrdinalIgnoreCase) || verb.Equals("open", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where a participle of calling off stands at <paramref name="from"/>, after at most "been" and two adverbs
    /// ("cancelled", "been postponed", "abruptly called off"): its index, else -1.</summary>
    private int CancellationAfter(string text, ReadOnlySpan<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Length && i < from + 3; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) return -1;
            var w = tokens[i].Span(text);
            if (_words.IsCancellation(w))
                return !(w.Equals("called", StringComparison.OrdinalIgnoreCase) || w.Equals("put", StringComparison.OrdinalIgnoreCase)) ||
                       (i + 1 < tokens.Length && tokens[i + 1].Span(text).Equals("off", StringComparison.OrdinalIgnoreCase))
                    ? i
                    : -1;
            if (!(w.Equals("been", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) ||
                  w.Equals("also", StringComparison.OrdinalIgnoreCase) || w.Equals("now", StringComparison.OrdinalIgnoreCase)))
                return -1;
        }

        return -1;
    }

    /// <summary>"have not held formal talks" matched by "~have .. talks": a "not", "n't" or "never" inside the match that the
    /// pattern does not spell out itself negates the act ("do not rule out" spells it out and keeps its meaning); a "not" right
    /// before "to" negates only the infinitive ("asked Iran not to attack" is an appeal made).</summary>
    public static bool IsNegatedInside(string text, ReadOnlySpan<Token> tokens, EventPattern pattern, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        for (var i = first + 1; i <= last && i < tokens.Length; i++)
        {
            var w = tokens[i].Span(text);
            if (!(w.Equals("not", StringComparison.OrdinalIgnoreCase) || w is "n't" or "n’t" || w.Equals("never", StringComparison.OrdinalIgnoreCase)))
                continue;
            // "asked Iran not to attack", "urged both sides never to": the "not" negates the infinitive asked for, not the asking.
            if (i + 1 < tokens.Length && tokens[i + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var e in pattern.Elements)
            {
                foreach (var f in e.Forms)
                {
                    if (f.Equals("not", StringComparison.OrdinalIgnoreCase) || f.Equals("never", StringComparison.OrdinalIgnoreCase) ||
                        f is "n't" or "n’t" || f.Equals("no", StringComparison.OrdinalIgnoreCase))
                        return false;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>"tried to capture", "is seeking to expel" (hypothetical), "aims to sign" (future): an attempt or aim that governs the
    /// verb trigger at most three words after its "to", so the act itself is not said to have happened; null when there is
    /// none. Whether the act's root admits that reading is the caller's choice.</summary>
    public ModalityCue? Attempt(string text, ReadOnlySpan<Token> tokens, int clauseStart, int triggerStart)
    {
        for (var i = Math.Max(clauseStart, triggerStart - 8); i < triggerStart - 1; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            var w = tokens[i].Span(text);
            // "aims to sign": a goal set, like "plans to" (future); "tried to", "sought to": an attempt, not a plan (hypothetical).
            var aim = w.Equals("aims", StringComparison.OrdinalIgnoreCase) || w.Equals("aiming", StringComparison.OrdinalIgnoreCase);
            if (!aim && !_words.IsAttempt(w)) continue;
            // "felt no need to negotiate", "stressed the need to talk": a noun "need" is no one's argument for the act.
            if ((w.Equals("need", StringComparison.OrdinalIgnoreCase) || w.Equals("needs", StringComparison.OrdinalIgnoreCase)) && i > 0 &&
                tokens[i - 1].Kind == TokenKind.Word && IsDeterminer(tokens[i - 1].Span(text))) continue;
            var to = i + 1 + PatternSet.DatePhraseLength(text, tokens, i + 1);
            // "sought instead to", "tried again to".
            if (to < triggerStart && _words.IsModifier(tokens[to].Span(text))) to++;
            if (InfinitiveReaches(text, tokens, to, triggerStart)) return new ModalityCue(aim ? Modality.Future : Modality.Hypothetical, w.ToString());
        }

        return null;
    }

    private static bool IsDeterminer(ReadOnlySpan<char> w) =>
        WordList.Contains(w, ["no", "the", "a", "any", "little", "urgent", "its", "their", "his", "her"]);

    /// <summary>"vowed to expel", "pledged again to seize", "threatened to ban": the promising or threatening word that governs the verb trigger through a "to" at
    /// most three words before it (a day phrase and one modifier may stand between the word and "to"), or null.</summary>
    public string? Commitment(string text, ReadOnlySpan<Token> tokens, int clauseStart, int triggerStart)
    {
        for (var i = Math.Max(clauseStart, triggerStart - 8); i < triggerStart - 1; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !(_words.IsCommitment(tokens[i].Span(text)) || _words.IsThreat(tokens[i].Span(text)) ||
                                                      CoordinatedCommitment.IsAgreeing(tokens[i].Span(text)))) continue;
            // "promised on Monday to provide": the day the promise was made stands between the word and its "to".
            var to = i + 1 + PatternSet.DatePhraseLength(text, tokens, i + 1);
            if (to < triggerStart && _words.IsModifier(tokens[to].Span(text))) to++;
            if (InfinitiveReaches(text, tokens, to, triggerStart)) return tokens[i].Span(text).ToString();
        }

        // "agreed to open the crossing and send aid": the second verb shares the first one's governor.
        return CoordinatedCommitment.Governor(_words, text, tokens, triggerStart);
    }

    /// <summary>"failed to reach a deal", "was unable to block", "declined to condemn": the narrator says the act did not happen
    /// (dev-README: explicit non-occurrence is negated). The trigger must follow the "to" within three words.</summary>
    private bool IsFailureCue(string text, ReadOnlySpan<Token> tokens, int i, int triggerStart) =>
        // "declined to condemn", "refused to sign" where no refusal pattern claimed the words: the act was not done.
        (_words.IsFailure(tokens[i].Span(text)) && InfinitiveReaches(text, tokens, i + 1 + PatternSet.DatePhraseLength(text, tokens, i + 1), triggerStart)) ||
        LacksMeansTo(text, tokens, i, triggerStart) || DidNothingTo(text, tokens, i, triggerStart);

    /// <summary>"lacks the capacity to suppress the YPG", "lacked the military means to retake": a missing ability says the
    /// act is not done.</summary>
    private static bool LacksMeansTo(string text, ReadOnlySpan<Token> tokens, int i, int triggerStart)
    {
        if (tokens[i].Span(text) is not ("lacks" or "lack" or "lacked" or "lacking")) return false;
        for (var k = i + 1; k < triggerStart - 1 && k <= i + 4; k++)
        {
            if (tokens[k].Span(text) is "ability" or "capacity" or "capability" or "capabilities" or "means" or "power" or "strength" or
                "resources" or "wherewithal" or "will")
                return InfinitiveReaches(text, tokens, k + 1, triggerStart);
        }

        return false;
    }

    /// <summary>"did nothing to block its ships", "has done nothing illegal to stop them": the narrator (or a denial) says the act
    /// was not done.</summary>
    private static bool DidNothingTo(string text, ReadOnlySpan<Token> tokens, int i, int triggerStart)
    {
        if (i < 1 || !tokens[i].Span(text).Equals("nothing", StringComparison.OrdinalIgnoreCase) ||
            tokens[i - 1].Span(text) is not ("did" or "does" or "do" or "done" or "doing")) return false;
        for (var k = i + 1; k < triggerStart && k <= i + 3; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) return false;
            if (tokens[k].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)) return InfinitiveReaches(text, tokens, k, triggerStart);
        }

        return false;
    }

    /// <summary>Whether the token at <paramref name="to"/> is "to" and the trigger follows it within three words, with no
    /// punctuation between: the infinitive is the trigger's own verb.</summary>
    private static bool InfinitiveReaches(string text, ReadOnlySpan<Token> tokens, int to, int triggerStart)
    {
        if (to >= triggerStart || triggerStart - to > 3 || !tokens[to].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = to + 1; k < triggerStart; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return false;
        }

        return true;
    }

    private static bool IsPlainFuture(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var w = tokens[i].Span(text);
        return w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("would", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("shall", StringComparison.OrdinalIgnoreCase) || w is "'ll" or "’ll";
    }

    /// <summary>"has yet to sign", "is yet to visit": the act has not happened.</summary>
    private static bool IsYetTo(string text, ReadOnlySpan<Token> tokens, int i, int end)
    {
        if (i < 1 || i + 2 > end || !tokens[i].Span(text).Equals("yet", StringComparison.OrdinalIgnoreCase) ||
            !tokens[i + 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            return false;
        var before = tokens[i - 1].Span(text);
        return before.Equals("has", StringComparison.OrdinalIgnoreCase) || before.Equals("have", StringComparison.OrdinalIgnoreCase) ||
               before.Equals("had", StringComparison.OrdinalIgnoreCase) || before.Equals("is", StringComparison.OrdinalIgnoreCase) ||
               before.Equals("are", StringComparison.OrdinalIgnoreCase) || before is "'s" or "’s";
    }

    /// <summary>"are to withdraw", "is to visit" (a plan: future); "Were Iran to attack", "if they were to invade" (a
    /// supposition: hypothetical); null otherwise.</summary>
    private Modality? BeToMood(string text, ReadOnlySpan<Token> tokens, int i, int end, int clauseStart)
    {
        var w = tokens[i].Span(text);
        if (w.Equals("were", StringComparison.OrdinalIgnoreCase))
        {
            // "Were Washington to lift its sanctions": the inverted subject stands between "were" and "to".
            var opensClause = i == clauseStart || i == 0 || tokens[i - 1].Kind == TokenKind.Punctuation ||
                              tokens[i - 1].Span(text).Equals("if", StringComparison.OrdinalIgnoreCase);
            for (var k = i + 1; k < end && k <= i + 6; k++)
            {
                var t = tokens[k].Span(text);
                if (tokens[k].Kind == TokenKind.Punctuation) return null;
                if (t.Equals("to", StringComparison.OrdinalIgnoreCase))
                    return (k == i + 1 || opensClause) && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word ? Modality.Hypothetical : null;
                if (k > i + 1 && _words.IsBe(t)) return null;
            }

            return null;
        }

        if (!(w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase) ||
              w.Equals("am", StringComparison.OrdinalIgnoreCase) || w.Equals("was", StringComparison.OrdinalIgnoreCase)))
            return null;
        // "are to withdraw", "is also to meet", "is then to travel".
        var to = i + 1;
        if (to < end && tokens[to].Kind == TokenKind.Word && _words.IsModifier(tokens[to].Span(text))) to++;
        return to + 1 < tokens.Length && to < end && tokens[to].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase) &&
               tokens[to + 1].Kind == TokenKind.Word && !_words.IsDeterminer(tokens[to + 1].Span(text))
            ? Modality.Future
            : null;
    }

    private bool IsNegationCue(string text, ReadOnlySpan<Token> tokens, int i, int triggerStart, TriggerKind kind)
    {
        var w = tokens[i].Span(text);
        // "not only to fight Isis but also ...": an addition, not a denial.
        if (w.Equals("not", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length &&
            (tokens[i + 1].Span(text).Equals("only", StringComparison.OrdinalIgnoreCase) || tokens[i + 1].Span(text).Equals("just", StringComparison.OrdinalIgnoreCase)))
            return false;
        if (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w is "n't" or "n’t" ||
            w.Equals("never", StringComparison.OrdinalIgnoreCase))
            return true;
        // "won't", "shan't": a contraction the tokenizer keeps whole still carries its "not".
        if (w.Length > 3 && (w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)))
            return true;
        // "would no longer supply arms": the act stops.
        if (w.Equals("no", StringComparison.OrdinalIgnoreCase) && i + 1 < triggerStart && tokens[i + 1].Span(text).Equals("longer", StringComparison.OrdinalIgnoreCase))
            return true;
        // "no meeting", "no talks" negate a nominal trigger directly in front of it; "had no plans to meet" a trigger that
        // opens with the noun.
        return w.Equals("no", StringComparison.OrdinalIgnoreCase) && tokens[i].Kind == TokenKind.Word &&
               (kind == TriggerKind.Noun ? triggerStart - i <= 2 : triggerStart - i == 1);
    }

    /// <summary>Whether the word at <paramref name="i"/> opens a prospect the nominal trigger completes: "fears/risk/prospect/possibility
    /// of", "the way/scene/stage/ground for", with only words (no punctuation, at most three) between it and the trigger.</summary>
    private static Modality? ProspectMood(string text, ReadOnlySpan<Token> tokens, int i, int triggerStart)
    {
        if (i + 2 > triggerStart || triggerStart - (i + 2) > 3) return null;
        var w = tokens[i].Span(text);
        var link = tokens[i + 1].Span(text);
        var of = link.Equals("of", StringComparison.OrdinalIgnoreCase);
        Modality? mood = of && WordList.Contains(w, ProspectNouns) ? Modality.Hypothetical
            : link.Equals("for", StringComparison.OrdinalIgnoreCase) && WordList.Contains(w, ["way", "scene", "stage", "ground", "groundwork"]) ? Modality.Hypothetical
            : of && WordList.Contains(w, ["promise", "promises", "pledge", "pledges", "vow", "vows"]) ? Modality.Future
            : null;
        if (mood is null) return null;
        for (var k = i + 2; k < triggerStart; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) return null;
        }

        return mood;
    }

    private static readonly string[] ProspectNouns =
        ["fear", "fears", "prospect", "prospects", "possibility", "risk", "risks", "danger", "chance", "chances", "likelihood", "spectre", "specter"];

    private bool IsHypothetical(string text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> w)
    {
        // "met in Washington on 2 May": the month is no modal.
        if (CapitalisedMay.IsNoModal(text, tokens, i)) return false;
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

    /// <summary>Whether the trigger opens with a form of "be" followed by "due" ("is due in Colombo", "are due at the summit").</summary>
    private bool IsDueArrival(string text, ReadOnlySpan<Token> tokens, int triggerStart) =>
        triggerStart >= 0 && triggerStart + 1 < tokens.Length && _words.IsBe(tokens[triggerStart].Span(text)) &&
        tokens[triggerStart + 1].Span(text).Equals("due", StringComparison.OrdinalIgnoreCase);

    /// <summary>"would like Beijing to use its influence": "would like" states a wish now, an appeal made, not a plan or a
    /// condition.</summary>
    private static bool IsPoliteWish(string text, ReadOnlySpan<Token> tokens, int head) =>
        head < tokens.Length && tokens[head].Span(text).Equals("like", StringComparison.OrdinalIgnoreCase);

    private bool IsFutureFrame(string text, ReadOnlySpan<Token> tokens, int i, int triggerStart, ReadOnlySpan<char> w, TriggerKind kind)
    {
        if (kind == TriggerKind.Noun && triggerStart - i <= 6 && i + 1 < tokens.Length && tokens[i + 1].Span(text).Equals("for", StringComparison.OrdinalIgnoreCase) &&
            (w.Equals("waiting", StringComparison.OrdinalIgnoreCase) || w.Equals("wait", StringComparison.OrdinalIgnoreCase) || w.Equals("waits", StringComparison.OrdinalIgnoreCase)))
        {
            // "still waiting for a long-delayed visit by ...": like "awaiting the visit", but only with "for" ("waiting at the
            // border after the attack" is no expectation of the attack).
            return true;
        }

        if (!_words.IsFutureCue(w)) return false;
        if (w.Equals("next", StringComparison.OrdinalIgnoreCase)) return kind == TriggerKind.Noun && triggerStart - i <= 2;
        if (kind == TriggerKind.Noun)
        {
            // "awaiting the visit", "the upcoming talks", "a planned meeting".
            return triggerStart - i <= 6;
        }

        // "seeking a trade deal" wishes for a noun's act; "seeking to expel" is left to the attempt cues (hypothetical), and
        // "rebels seeking to topple him had accused the government" must not make the later verb a plan.
        if (IsSeeking(w)) return false;

        // "expected to visit", "plans to meet", "is set to sign", "due to hold": the cue is followed by "to" before the verb.
        // "set" only right before it: "set fire to a mosque" is no plan.
        var reach = w.Equals("set", StringComparison.OrdinalIgnoreCase) ? i + 1 : i + 3;
        for (var k = i + 1; k < triggerStart && k <= reach; k++)
        {
            if (tokens[k].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}

using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Coding;

/// <summary>Clause-level readings that make a verb trigger's act not realised although no modal stands right before it: an
/// intent or readiness word governing its infinitive ("is determined to pull out", "is poised to strike"), a modal inside a
/// gapped trigger ("troops would withdraw from"), and conditions ("If Israel strikes Iran, Iran will retaliate", "Had Russia
/// attacked Poland, ...").</summary>
public sealed class ClauseMood
{
    // Words that state an aim and take the act as their infinitive; the act is at most planned (dev-README: expected /
    // planned = future). The cues already read by ModalityDetector ("plans", "intends", "set", "expected") stay there; a
    // plain readiness ("ready", "willing", "prepared to forgive") is left to the patterns, which code it as the act or its intent.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Plans = new[]
    {
        "determined", "poised", "aims", "aim", "aiming", "intending", "eager", "keen", "resolved",
        "pushing", "racing", "scrambling", "gearing", "looks", "moves", "moving", "about",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A wish is not even a plan (EVAL.md: wished for = hypothetical).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Wishes = new[]
    {
        "wish", "wishes", "wished", "wishing", "hoping",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that open a condition wherever they stand ("provided" only with its "that", "case" only in "in case"); "should",
    // "were" and "had" only by inversion at a clause's start.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Conditions = new[]
    {
        "if", "unless",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "has repeatedly accused", "have consistently opposed": with a perfect, a habit or a standing position, not one act.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Habits = new[]
    {
        "repeatedly", "consistently", "persistently", "routinely", "frequently", "often", "regularly", "historically", "traditionally",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns whose "to" names an act only intended: "plans to impose", "a proposal to lift", "its threat to expel".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanNouns = new[]
    {
        "plan", "plans", "proposal", "proposals", "threat", "threats", "bid", "intention", "intentions", "readiness", "intent",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly WordSets _words;

    /// <summary>Creates the reader over the shared word sets.</summary>
    public ClauseMood(WordSets words) => _words = words;

    /// <summary>"Washington is determined to pull its troops out", "Israel is poised to strike", "Kyiv hoping to retake": the
    /// aim word whose "to" (after at most one modifier or "up") the trigger at <paramref name="trigger"/> follows within three
    /// words (or starts with), as a future (plan) or hypothetical (wish) cue; also "is close to signing", "on the verge of
    /// seizing" (future). Null when there is none.</summary>
    public ModalityCue? Aim(SentenceView view, int clauseStart, int trigger)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (NearGerund(view, clauseStart, trigger) is { } near) return new ModalityCue(Modality.Future, near);
        // "to-retaliate-against" and the like start at their own "to": the aim word may stand right before the trigger.
        for (var i = Math.Max(clauseStart, trigger - 6); i < trigger; i++)
        {
            var w = view.Word(i);
            var wish = Wishes.Contains(w);
            if (!wish && !Plans.Contains(w)) continue;
            // "is moving to impose", "is about to sign": only the progressive or "be about to" plans; "troops moving to the
            // border" and "talks about ..." do not.
            if ((view.Is(i, "moving") || view.Is(i, "about")) && !(i > 0 && _words.IsBe(view.Word(i - 1)))) continue;
            var to = i + 1;
            if (view.Is(to, "up") || _words.IsModifier(view.Word(to))) to++;
            if (!view.Is(to, "to") || to > trigger || trigger - to > 3) continue;
            if (HasPunctuation(view, to + 1, trigger)) continue;
            return new ModalityCue(wish ? Modality.Hypothetical : Modality.Future, w.ToString());
        }

        return null;
    }

    /// <summary>"is close to signing", "on the verge of seizing", "bent on annexing": an -ing trigger right after a phrase of
    /// nearness or resolve (one adverb may stand between) has not happened yet; the phrase's last word, or null.</summary>
    private static string? NearGerund(SentenceView view, int clauseStart, int trigger)
    {
        if (!view.Word(trigger).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return null;
        var k = trigger - 1;
        if (k > clauseStart && view.Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase)) k--;
        if (k - 1 < clauseStart) return null;
        var near = (view.Is(k, "to") && (view.Is(k - 1, "close") || view.Is(k - 1, "closer") || view.Is(k - 1, "near") || view.Is(k - 1, "nearer"))) ||
                   (view.Is(k, "of") && (view.Is(k - 1, "verge") || view.Is(k - 1, "brink") || view.Is(k - 1, "cusp"))) ||
                   (view.Is(k, "on") && (view.Is(k - 1, "bent") || view.Is(k - 1, "intent")));
        return near ? view.Word(k - 1).ToString() : null;
    }

    /// <summary>"unveiled plans to impose sanctions" matched by "~unveil .. sanctions": a plan, proposal, threat or bid noun
    /// with its "to" inside the trigger's gap makes the trigger's act the content of an announced plan; the noun, or null.
    /// A noun the pattern spells itself ("ratified .. bid to join") is its own meaning.</summary>
    public static string? PlanInside(SentenceView view, EventPattern pattern, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        for (var i = first + 1; i < last && i + 1 < view.Count; i++)
        {
            if (!view.Is(i + 1, "to")) continue;
            var w = view.Word(i);
            if (PlanNouns.Contains(w) && !Spells(pattern, w)) return w.ToString();
        }

        return null;
    }

    /// <summary>"US troops would withdraw from Iraq" matched by "troops .. withdraw from": a modal inside the trigger, before its
    /// head, that the pattern does not spell out; "would" after a reporting verb of the clause reports a plan (future).</summary>
    public ModalityCue? Inside(SentenceView view, EventPattern pattern, int clauseStart, int first, int head)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(pattern);
        for (var i = first + 1; i < head && i < view.Count; i++)
        {
            var w = view.Word(i);
            var future = w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase) || w is "'ll" or "’ll";
            var would = w.Equals("would", StringComparison.OrdinalIgnoreCase);
            var may = w.Equals("could", StringComparison.OrdinalIgnoreCase) || w.Equals("might", StringComparison.OrdinalIgnoreCase) ||
                      (w.Equals("may", StringComparison.OrdinalIgnoreCase) && !CapitalisedMay.IsNoModal(view.Text, view.Tokens, i)) ||
                      w.Equals("should", StringComparison.OrdinalIgnoreCase) ||
                      w.Equals("must", StringComparison.OrdinalIgnoreCase);
            if (!(future || would || may) || Spells(pattern, w)) continue;
            if (future) return new ModalityCue(Modality.Future, w.ToString());
            if (may) return new ModalityCue(Modality.Hypothetical, w.ToString());
            return new ModalityCue(HasSpeechBefore(view, clauseStart, first) ? Modality.Future : Modality.Hypothetical, "would");
        }

        return null;
    }

    /// <summary>Whether the trigger at <paramref name="trigger"/> is an act that only a condition would bring about: the
    /// main clause after a fronted condition ("If Israel strikes Iran, Tehran will retaliate", "Should talks fail, ...") or a
    /// clause followed by its condition ("will retaliate if attacked"). Returns the condition's word, or null.</summary>
    public string? Condition(SentenceView view, int trigger)
    {
        ArgumentNullException.ThrowIfNull(view);
        // A fronted condition: its word, then a comma that closes it, then the trigger, with no stronger break between.
        var comma = -1;
        for (var k = trigger - 1; k >= 0; k--)
        {
            var w = view.Word(k);
            if (view.Tokens[k].Kind == TokenKind.Punctuation)
            {
                if (w is ";" or ":" or "—" or "–" or "\"" or "“" or "”") break;
                if (w is ",") comma = k;
                continue;
            }

            if (comma < 0 || !OpensCondition(view, k)) continue;
            return w.ToString();
        }

        // A trailing condition in the trigger's clause chain: "Iran will retaliate if Israel strikes its nuclear sites".
        for (var k = trigger + 1; k < view.Count; k++)
        {
            var w = view.Word(k);
            if (view.Tokens[k].Kind == TokenKind.Punctuation)
            {
                if (w is ";" or ":" or "—" or "–" or "(") return null;
                // ", officials said, if ..." or ", and ...": another clause or an attribution, whose conditions are its own.
                if (w is "," && (view.Is(k + 1, "and") || view.Is(k + 1, "but") || view.Is(k + 1, "while") || view.Is(k + 1, "which") ||
                                 view.Is(k + 1, "who") || view.Is(k + 1, "after") || view.Is(k + 1, "as") || view.Is(k + 1, "when")))
                    return null;
                continue;
            }

            if (_words.IsSpeechVerb(w) || w.Equals("but", StringComparison.OrdinalIgnoreCase) || w.Equals("while", StringComparison.OrdinalIgnoreCase)) return null;
            if ((Conditions.Contains(w) && !IsConcessive(view, k)) || IsProvidedThat(view, k) || IsInCase(view, k)) return w.ToString();
        }

        return null;
    }

    /// <summary>"China routinely sends warships near Taiwan", "Russia often accuses Ukraine of ...", "Israel rarely claims
    /// responsibility for its strikes": a habit adverb before a present-tense head (third person -s) at <paramref name="head"/>
    /// tells what an actor does as a rule, not one act (dev-README: background). A perfect "for years" is left alone: "have
    /// been fighting for years" is a current state.</summary>
    public static bool IsHabit(SentenceView view, int head)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (head < 1 || head >= view.Count) return false;
        var verb = view.Word(head);
        return (Habits.Contains(view.Word(head - 1)) || view.Is(head - 1, "usually") || view.Is(head - 1, "typically") || view.Is(head - 1, "habitually") ||
                view.Is(head - 1, "rarely") || view.Is(head - 1, "seldom") || view.Is(head - 1, "normally") || view.Is(head - 1, "generally")) &&
               verb.Length > 3 && verb.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !verb.EndsWith("ss", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="word"/> is an adverb of habit ("repeatedly", "consistently", "routinely").</summary>
    public static bool IsHabitual(ReadOnlySpan<char> word) => Habits.Contains(word);

    /// <summary>"The White House announced on Monday that troops would withdraw", "On Monday, Putin said he would visit": a
    /// date (starting at character <paramref name="dateStart"/>) before a planned act's trigger that stands before the
    /// reporting verb, or after it but before its "that", dates the saying, not the plan.</summary>
    public bool IsReportingDate(SentenceView view, int dateStart, int trigger)
    {
        ArgumentNullException.ThrowIfNull(view);
        var speech = -1;
        for (var k = trigger - 1; k >= 0; k--)
        {
            if (_words.IsSpeechVerb(view.Word(k)) && !view.Is(k, "according"))
            {
                speech = k;
                break;
            }
        }

        if (speech < 0) return false;
        var date = 0;
        while (date < view.Count && view.Tokens[date].Start < dateStart) date++;
        if (date >= trigger) return false;
        if (date < speech) return true;
        for (var k = speech + 1; k < date; k++)
        {
            if (view.Is(k, "that")) return false;
        }

        return true;
    }

    /// <summary>Whether the word at <paramref name="k"/> opens a condition: "if", "unless", "provided (that)" anywhere but
    /// "even if" / "as if"; "should", "were" or "had" only at the start of the sentence or after a comma or "that", and
    /// followed by a subject rather than an infinitive ("Should talks fail", not "Had to").</summary>
    private static bool OpensCondition(SentenceView view, int k)
    {
        var w = view.Word(k);
        if (Conditions.Contains(w)) return !IsConcessive(view, k) && !IsWhether(view, k);
        if (IsProvidedThat(view, k) || IsInCase(view, k)) return true;
        if (!(w.Equals("should", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase) ||
              w.Equals("had", StringComparison.OrdinalIgnoreCase)))
            return false;
        // "were" and "had" after "that" are mostly a relative clause's verb ("the weapons that were sold").
        if (!w.Equals("should", StringComparison.OrdinalIgnoreCase) && view.Is(k - 1, "that")) return false;
        return OpensClause(view, k) && StartsSubject(view, k + 1);
    }

    /// <summary>Whether the word at <paramref name="k"/> can open the inverted subject after "should", "were" or "had" (not
    /// an infinitive, a participle or an adverb: "had been", "had long", "were sold").</summary>
    private static bool StartsSubject(SentenceView view, int k)
    {
        if (k >= view.Count || view.Tokens[k].Kind != TokenKind.Word) return false;
        var w = view.Word(k);
        return !(w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.Equals("to", StringComparison.OrdinalIgnoreCase) ||
                 w.Equals("been", StringComparison.OrdinalIgnoreCase) || w.Equals("not", StringComparison.OrdinalIgnoreCase) ||
                 w.Equals("already", StringComparison.OrdinalIgnoreCase) || w.Equals("long", StringComparison.OrdinalIgnoreCase) ||
                 w.Equals("never", StringComparison.OrdinalIgnoreCase) || w.Equals("also", StringComparison.OrdinalIgnoreCase) ||
                 w.Equals("just", StringComparison.OrdinalIgnoreCase) || w.Equals("no", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Had Russia attacked Poland, NATO would have ...": a clause opening with "had" and a subject, closed by a comma
    /// after the trigger; the trigger is the supposed act.</summary>
    public static bool InvertedPast(SentenceView view, int trigger)
    {
        ArgumentNullException.ThrowIfNull(view);
        for (var k = trigger - 1; k >= 0 && k >= trigger - 8; k--)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (!view.Is(k, "had")) continue;
            if (!OpensClause(view, k) || view.Is(k - 1, "that") || !StartsSubject(view, k + 1) || k + 1 >= trigger) return false;
            // The supposition ends at a comma before the main clause.
            for (var j = trigger + 1; j < view.Count; j++)
            {
                if (view.Tokens[j].Kind == TokenKind.Punctuation) return view.Word(j) is ",";
            }

            return false;
        }

        return false;
    }

    private static bool OpensClause(SentenceView view, int k) =>
        k == 0 || view.Word(k - 1) is "," or "\"" or "“" || view.Is(k - 1, "that");

    private static bool IsProvidedThat(SentenceView view, int k) => view.Is(k, "provided") && view.Is(k + 1, "that");

    // "in case Russia attacks": "case" after "in", before a subject ("in case of" is a noun phrase, "in this case" no condition).
    private static bool IsInCase(SentenceView view, int k) => view.Is(k, "case") && view.Is(k - 1, "in") && !view.Is(k + 1, "of");

    // "even if", "as if", "only if" keeps its condition; "even if" and "as if" do not make the act depend on anything.
    private static bool IsConcessive(SentenceView view, int k) => view.Is(k - 1, "even") || view.Is(k - 1, "as");

    // "asked if", "decide if", "unclear if": an indirect question, not a condition.
    private static bool IsWhether(SentenceView view, int k) =>
        view.Is(k, "if") && (view.Is(k - 1, "asked") || view.Is(k - 1, "ask") || view.Is(k - 1, "asks") || view.Is(k - 1, "decide") ||
                             view.Is(k - 1, "know") || view.Is(k - 1, "unclear") || view.Is(k - 1, "see") || view.Is(k - 1, "wondered"));

    private bool HasSpeechBefore(SentenceView view, int clauseStart, int first)
    {
        for (var i = clauseStart; i < first; i++)
        {
            if (_words.IsSpeechVerb(view.Word(i))) return true;
        }

        return false;
    }

    private static bool HasPunctuation(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return true;
        }

        return false;
    }

    private static bool Spells(EventPattern pattern, ReadOnlySpan<char> word)
    {
        foreach (var e in pattern.Elements)
        {
            foreach (var f in e.Forms)
            {
                if (word.Equals(f, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }
}

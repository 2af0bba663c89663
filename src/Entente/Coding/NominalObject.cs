using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>The verb that a nominal act is the object of: "Hungary blocked new EU sanctions on Russia", "called for peace
/// talks", "will not support new sanctions on Russia". What such a verb does to the act decides whether the act happened and
/// whose act the event is.</summary>
internal static class NominalObject
{
    /// <summary>The sentence-local index of the nearest verb before the nominal act of <paramref name="noun"/> in its clause,
    /// with only the act's noun phrase between (no preposition, no punctuation, within six words); -1 when there is none.</summary>
    public static int VerbOf(SentenceView view, PatternMatch noun)
    {
        ArgumentNullException.ThrowIfNull(view);
        var first = noun.FirstToken - view.Sentence.FirstToken;
        var clause = view.Clause[first];
        for (var k = first - 1; k >= 0 && k >= first - 6 && view.Clause[k] == clause; k--)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation || (view.MentionAt[k] < 0 && view.IsTag(k, PartOfSpeech.Preposition))) return -1;
            if (view.MentionAt[k] < 0 && view.IsTag(k, PartOfSpeech.Verb)) return k;
        }

        return -1;
    }

    /// <summary>Whether the nominal act is the object of a verb of blocking or vetoing ("blocked new EU sanctions on", "vetoed a
    /// UN resolution"): what is blocked did not happen. Not "thwarted": a thwarted attempt to kill was still an attempt (185).</summary>
    public static bool IsBlocked(SentenceView view, PatternMatch noun)
    {
        var k = VerbOf(view, noun);
        if (k < 0) return false;
        var w = view.Word(k);
        return w.StartsWith("block", StringComparison.OrdinalIgnoreCase) || w.StartsWith("veto", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("scuttl", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("torpedo", StringComparison.OrdinalIgnoreCase) || w.StartsWith("derail", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the "-ing" verb trigger of <paramref name="verb"/> qualifies a text that a verb of blocking or vetoing
    /// has as its object ("vetoed a joint EU statement criticising China", "blocked a resolution condemning Russia"): the
    /// text was not adopted, so nobody criticised or condemned through it.</summary>
    public static bool IsBlockedStatement(SentenceView view, PatternMatch verb)
    {
        ArgumentNullException.ThrowIfNull(view);
        var first = verb.FirstToken - view.Sentence.FirstToken;
        if (first < 2 || !view.Word(first).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        var k = first - 1;
        if (!(view.Is(k, "statement") || view.Is(k, "resolution") || view.Is(k, "declaration") || view.Is(k, "motion") || view.Is(k, "draft") ||
              view.Is(k, "communique") || view.Is(k, "text") || view.Is(k, "bill") || view.Is(k, "letter")))
            return false;
        for (k--; k >= 0 && k >= first - 7; k--)
        {
            var w = view.Word(k);
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (w.StartsWith("block", StringComparison.OrdinalIgnoreCase) || w.StartsWith("veto", StringComparison.OrdinalIgnoreCase) ||
                w.StartsWith("scuttl", StringComparison.OrdinalIgnoreCase) || w.StartsWith("torpedo", StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>Whether the nominal act is the object of a verb of backing ("support", "back", "endorse", "approve", "favour"):
    /// "will not support new sanctions on Russia" refuses to back the sanctions, it does not withhold them (120, not a 163).</summary>
    public static bool IsBacked(SentenceView view, PatternMatch noun)
    {
        var k = VerbOf(view, noun);
        if (k < 0) return false;
        var w = view.Word(k);
        return w.StartsWith("support", StringComparison.OrdinalIgnoreCase) || w.Equals("back", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("backed", StringComparison.OrdinalIgnoreCase) || w.Equals("backing", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("endors", StringComparison.OrdinalIgnoreCase) || w.StartsWith("approv", StringComparison.OrdinalIgnoreCase) ||
               w.StartsWith("favo", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the nominal act of <paramref name="noun"/> is what a call, appeal or demand asks for: "called for (the
    /// resumption of) peace talks", "urged a ceasefire", "demanded talks", with only its noun phrase (and "of") between.</summary>
    public static bool IsAppealed(SentenceView view, PatternMatch noun)
    {
        ArgumentNullException.ThrowIfNull(view);
        var first = noun.FirstToken - view.Sentence.FirstToken;
        var clause = view.Clause[first];
        for (var k = first - 1; k >= 0 && k >= first - 6 && view.Clause[k] == clause; k--)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (view.Is(k, "for"))
                return k >= 1 && (view.Word(k - 1).StartsWith("call", StringComparison.OrdinalIgnoreCase) || view.Word(k - 1).StartsWith("appeal", StringComparison.OrdinalIgnoreCase) ||
                                  view.Word(k - 1).StartsWith("press", StringComparison.OrdinalIgnoreCase) || view.Word(k - 1).StartsWith("push", StringComparison.OrdinalIgnoreCase));
            if (view.MentionAt[k] < 0 && view.IsTag(k, PartOfSpeech.Preposition) && !view.Is(k, "of")) return false;
            if (view.MentionAt[k] >= 0 || !view.IsTag(k, PartOfSpeech.Verb)) continue;
            var w = view.Word(k);
            return w.StartsWith("urg", StringComparison.OrdinalIgnoreCase) || w.StartsWith("demand", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}

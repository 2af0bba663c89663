using Entente.Model;

namespace Entente.Coding;

/// <summary>"Demanding that Russia withdraw its troops, Ukrainians marched on the Russian embassy": a sentence that opens with a
/// participle phrase ends that phrase at its first comma; the subject of a verb after the comma is not a list running back
/// into the phrase ("its troops, Ukrainians"), so names before the comma are dropped from it.</summary>
internal static class OpenerSubject
{
    /// <summary>The part of <paramref name="source"/> after the opening phrase's comma when the trigger at <paramref name="first"/>
    /// (sentence-local) follows that comma and the group straddles it; otherwise <paramref name="source"/> itself.</summary>
    public static List<Mention> Trim(SentenceView view, List<Mention> source, int first)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        var comma = OpenerComma(view);
        if (comma < 0 || comma > first || source.Count < 2 || view.FirstOf(source[^1]) < comma || view.FirstOf(source[0]) > comma) return source;
        var kept = new List<Mention>(source.Count);
        foreach (var m in source)
        {
            if (view.FirstOf(m) > comma) kept.Add(m);
        }

        return kept;
    }

    /// <summary>The comma that closes a sentence-opening participle phrase ("Demanding ..., ", "Chanting slogans, "): the first
    /// word is a capitalised "-ing" word naming no actor; -1 when the sentence does not open so.</summary>
    public static int OpenerComma(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Count < 3 || view.MentionAt[0] >= 0 || view.Tokens[0].Kind != TokenKind.Word) return -1;
        var w = view.Word(0);
        if (w.Length < 5 || !char.IsUpper(w[0]) || !w.EndsWith("ing", StringComparison.Ordinal)) return -1;
        for (var i = 1; i < view.Count; i++)
        {
            if (view.Word(i) is ",") return i;
            if (view.Tokens[i].Kind == TokenKind.Punctuation) return -1;
        }

        return -1;
    }
}

using Entente.Model;

namespace Entente.Coding;

/// <summary>A sentence prepared for coding: its tokens, clause numbers and which mention covers each token
/// (all indices sentence-local).</summary>
public sealed class SentenceView
{
    private ReadOnlyMemory<Token> _tokens;

    /// <summary>Builds the view; <paramref name="mentions"/> are the sentence's mentions in text order.</summary>
    public SentenceView(string text, Sentence sentence, ReadOnlyMemory<Token> tokens, IReadOnlyList<Mention> mentions, ClauseSplitter splitter)
        : this(text, sentence, tokens, mentions, splitter, new int[tokens.Length], new int[tokens.Length])
    {
    }

    /// <summary>Builds the view into a caller's buffers (at least one slot per token; only the first
    /// <see cref="Count"/> are written), so a coder reuses them across sentences.</summary>
    internal SentenceView(string text, Sentence sentence, ReadOnlyMemory<Token> tokens, IReadOnlyList<Mention> mentions, ClauseSplitter splitter,
        int[] clause, int[] mentionAt)
    {
        Text = text;
        Sentence = sentence;
        Mentions = mentions;
        Clause = clause;
        MentionAt = mentionAt;
        Reset(text, sentence, tokens, mentions, splitter, clause, mentionAt);
    }

    /// <summary>Makes this view show another sentence, over the given buffers (as the buffer-taking constructor):
    /// a coder keeps one view for all its sentences.</summary>
    internal void Reset(string text, Sentence sentence, ReadOnlyMemory<Token> tokens, IReadOnlyList<Mention> mentions, ClauseSplitter splitter,
        int[] clause, int[] mentionAt)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(splitter);
        Text = text;
        Sentence = sentence;
        _tokens = tokens;
        Mentions = mentions;
        Clause = clause;
        splitter.Split(text, _tokens.Span, Clause.AsSpan(0, _tokens.Length));
        MentionAt = mentionAt;
        MentionAt.AsSpan(0, _tokens.Length).Fill(-1);
        for (var m = 0; m < mentions.Count; m++)
        {
            var first = mentions[m].FirstToken - sentence.FirstToken;
            // "an anti-Gondor parade": an actor named only to say what something is against fills no slot.
            if (IsAntiPrefixed(first)) continue;
            for (var t = first; t < first + mentions[m].TokenCount && t < _tokens.Length; t++)
            {
                if (t >= 0) MentionAt[t] = m;
            }
        }
    }

    private bool IsAntiPrefixed(int first)
    {
        if (first <= 0) return false;
        var prev = Word(first - 1);
        if (prev.Equals("anti-", StringComparison.OrdinalIgnoreCase) || prev.Equals("anti", StringComparison.OrdinalIgnoreCase)) return true;
        return prev is "-" && first >= 2 && Word(first - 2).Equals("anti", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Drops the references to the last document's text, tokens and mentions.</summary>
    internal void Release()
    {
        Text = string.Empty;
        _tokens = ReadOnlyMemory<Token>.Empty;
        Mentions = [];
    }

    public string Text { get; private set; }
    public Sentence Sentence { get; private set; }
    public ReadOnlySpan<Token> Tokens => _tokens.Span;
    public int Count => _tokens.Length;
    public IReadOnlyList<Mention> Mentions { get; private set; }
    /// <summary>Clause number of each token (the array may be longer than <see cref="Count"/>).</summary>
    public int[] Clause { get; private set; }
    /// <summary>Index into <see cref="Mentions"/> of the mention covering each token, or -1 (the array may be longer than <see cref="Count"/>).</summary>
    public int[] MentionAt { get; private set; }

    /// <summary>The characters of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> Word(int i) => _tokens.Span[i].Span(Text);

    /// <summary>Whether token <paramref name="i"/> is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int i, string word) => i >= 0 && i < _tokens.Length && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Sentence-local index of a mention's first token.</summary>
    public int FirstOf(Mention m) => m.FirstToken - Sentence.FirstToken;

    /// <summary>Sentence-local index of a mention's last token.</summary>
    public int LastOf(Mention m) => m.FirstToken - Sentence.FirstToken + m.TokenCount - 1;

    /// <summary>Whether the mention can fill an actor slot (not a place or date).</summary>
    public static bool IsActorLike(Mention m) => m.Kind is MentionKind.Actor or MentionKind.Agent or MentionKind.Collective;
}

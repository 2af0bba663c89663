using Entente.Dictionaries;
using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>A sentence prepared for coding: its tokens, clause numbers and which mention covers each token
/// (all indices sentence-local).</summary>
public sealed class SentenceView
{
    private ReadOnlyMemory<Token> _tokens;
    private PartOfSpeech[]? _tags;
    private PosTagger? _tagger;
    private bool _tagged;

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
            // "captured by US-backed Kurdish fighters": a backer named inside a hyphenated adjective is not the actor.
            if (IsBackerPrefix(mentions[m], first + mentions[m].TokenCount - 1)) continue;
            // "Egypt hosted Qatari-mediated talks": a go-between named the same way is no side of the talks.
            if (HyphenedMediator.Names(this, mentions[m])) continue;
            for (var t = first; t < first + mentions[m].TokenCount && t < _tokens.Length; t++)
            {
                if (t >= 0) MentionAt[t] = m;
            }
        }
    }

    private bool IsBackerPrefix(Mention m, int last)
    {
        if (last < 0 || last >= _tokens.Length) return false;
        var tokenEnd = _tokens.Span[last].End;
        if (m.End < 0 || m.End >= Text.Length || Text[m.End] != '-') return false;
        // The hyphen and the participle may be tokens of their own ("US", "-", "backed").
        if (m.End >= tokenEnd && last + 2 < _tokens.Length && _tokens.Span[last + 1].Start == m.End && _tokens.Span[last + 2].Start == m.End + 1)
            tokenEnd = _tokens.Span[last + 2].End;
        if (m.End >= tokenEnd) return false;
        return IsBackerSuffix(Text.AsSpan(m.End + 1, tokenEnd - m.End - 1));
    }

    /// <summary>Whether the word before mention <paramref name="m"/> (skipping one adjective) is a backer's hyphenated
    /// participle ("Iran-backed militants", "US-backed Kurdish fighters"), or a backing participle and "by" follow it
    /// ("militants backed by Iran").</summary>
    public bool IsBackedBy(Mention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var first = FirstOf(m);
        for (var k = first - 1; k >= 0 && k >= first - 2; k--)
        {
            var w = Word(k);
            var dash = w.IndexOf('-');
            if (dash > 0 && IsBackerSuffix(w[(dash + 1)..])) return true;
            if (MentionAt[k] >= 0 && Mentions[MentionAt[k]] is var before && before.End < _tokens.Span[k].End && IsBackerPrefix(before, k)) return true;
        }

        // "militants backed by Iran": the same backing told by a reduced relative after the mention.
        var after = LastOf(m) + 1;
        return after + 1 < Count && BackerWords.IsBacking(Word(after)) && Is(after + 1, "by");
    }

    /// <summary>How many mentions before <paramref name="m"/> share its first token as earlier parts of a hyphenated compound
    /// ("Egyptian" before "Qatari mediators" in "Egyptian-Qatari mediators"): they precede it in <see cref="Mentions"/>, right before the index
    /// <see cref="MentionAt"/> holds for the token; 0 for most mentions.</summary>
    public int CompoundPartsBefore(Mention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var t = FirstOf(m);
        if (t < 0 || t >= _tokens.Length || MentionAt[t] < 0 || !ReferenceEquals(Mentions[MentionAt[t]], m)) return 0;
        var n = 0;
        var next = m;
        for (var j = MentionAt[t] - 1; j >= 0; j--)
        {
            var part = Mentions[j];
            // Only the parts the hyphen joins ("Egyptian-Qatari"), each an actor that no backing participle follows.
            if (part.FirstToken != m.FirstToken || part.TokenCount != 1 || !IsActorLike(part) || part.End + 1 != next.Start ||
                IsBackerPrefix(part, t))
                break;
            n++;
            next = part;
        }

        return n;
    }

    // "-led" stays out: "the Saudi-led coalition" without its own entry is best coded as the state that leads it.
    // "-installed" (a government put in place by another) is the coder's addition to the shared backing words.
    private static bool IsBackerSuffix(ReadOnlySpan<char> rest) =>
        BackerWords.IsBacking(rest) || rest.Equals("installed", StringComparison.OrdinalIgnoreCase);

    private bool IsAntiPrefixed(int first)
    {
        if (first <= 0) return false;
        var prev = Word(first - 1);
        if (prev.Equals("anti-", StringComparison.OrdinalIgnoreCase) || prev.Equals("anti", StringComparison.OrdinalIgnoreCase)) return true;
        return prev is "-" && first >= 2 && Word(first - 2).Equals("anti", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gives the view a tagger and a buffer (at least one slot per token) for the part-of-speech tags of its
    /// tokens, tagged on first use: most matched sentences never ask (null: none known; word shapes stand in).</summary>
    internal void SetTagger(PosTagger? tagger, PartOfSpeech[]? buffer)
    {
        _tagger = tagger;
        _tags = tagger is null ? null : buffer;
        _tagged = false;
    }

    /// <summary>Whether part-of-speech tags can be known for this sentence.</summary>
    public bool HasTags => _tags is not null;

    /// <summary>Whether token <paramref name="i"/> is tagged <paramref name="tag"/> (false when no tags are known or
    /// <paramref name="i"/> is outside the sentence).</summary>
    public bool IsTag(int i, PartOfSpeech tag)
    {
        if (_tags is null || i < 0 || i >= _tokens.Length) return false;
        if (!_tagged)
        {
            _tagger!.Tag(Text, _tokens.Span, _tags.AsSpan(0, _tokens.Length));
            _tagged = true;
        }

        return _tags[i] == tag;
    }

    /// <summary>Drops the references to the last document's text, tokens and mentions.</summary>
    internal void Release()
    {
        Text = string.Empty;
        _tokens = ReadOnlyMemory<Token>.Empty;
        Mentions = [];
        _tags = null;
        _tagger = null;
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

using Entente.Model;
using Entente.Syntax;

namespace Entente.Coding;

/// <summary>Work lists of one <see cref="EventCoder.Code"/> call, reused sentence after sentence; owned by one call at a
/// time (a thread's coder calls hand it on), so the coder stays safe across threads.</summary>
internal sealed class CoderScratch
{
    /// <summary>The current sentence's mentions.</summary>
    public List<Mention> Mentions { get; } = [];
    /// <summary>Pattern matches before overlaps are removed.</summary>
    public List<PatternMatch> Found { get; } = [];
    /// <summary>Pattern matches of the current sentence.</summary>
    public List<PatternMatch> Matches { get; } = [];
    /// <summary>Matches that passed the filter.</summary>
    public List<PatternMatch> Kept { get; } = [];
    /// <summary>Source/target pairs of the current match.</summary>
    public List<(ActorSlot Source, ActorSlot? Target)> Pairs { get; } = [];
    /// <summary>The current match's source slots.</summary>
    public List<ActorSlot> Sources { get; } = [];
    /// <summary>The current match's target slots.</summary>
    public List<ActorSlot> Targets { get; } = [];
    /// <summary>Where the current sentence says things happen.</summary>
    public List<SentenceLocation> Locations { get; } = [];

    private int[] _clause = [];

    private int[] _mentionAt = [];
    private PartOfSpeech[] _tags = [];
    private SentenceView? _view;

    /// <summary>Drops the references the lists hold, so an idle scratch keeps no document alive.</summary>
    public void Clear()
    {
        Mentions.Clear();
        Found.Clear();
        Matches.Clear();
        Kept.Clear();
        Pairs.Clear();
        Locations.Clear();
        Sources.Clear();
        Targets.Clear();
        _view?.Release();
    }

    /// <summary>A view of the sentence over this scratch's token buffers (valid until the next call).</summary>
    public SentenceView View(string text, Sentence sentence, ReadOnlyMemory<Token> tokens, IReadOnlyList<Mention> mentions, ClauseSplitter splitter,
        PosTagger? tagger = null)
    {
        if (_clause.Length < tokens.Length)
        {
            var size = Math.Max(tokens.Length, _clause.Length * 2);
            _clause = new int[size];
            _mentionAt = new int[size];
            _tags = new PartOfSpeech[size];
        }

        if (_view is null) _view = new SentenceView(text, sentence, tokens, mentions, splitter, _clause, _mentionAt);
        else _view.Reset(text, sentence, tokens, mentions, splitter, _clause, _mentionAt);
        _view.SetTagger(tagger, _tags);
        return _view;
    }
}

namespace Entente.Model;

/// <summary>A document split into sentences and tokens; all offsets point into <see cref="Document.Text"/>.</summary>
public sealed class SegmentedDocument
{
    private readonly Sentence[] _sentences;
    private readonly Token[] _tokens;

    /// <summary>Creates a segmented document; the arrays are taken over, not copied.</summary>
    public SegmentedDocument(Document document, Sentence[] sentences, Token[] tokens)
    {
        Document = document;
        _sentences = sentences;
        _tokens = tokens;
    }

    /// <summary>The document the offsets point into.</summary>
    public Document Document { get; }

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>All tokens of all sentences, in text order.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The document text.</summary>
    public string Text => Document.Text;

    /// <summary>The tokens of one sentence as memory (for holders that outlive a span), without copying.</summary>
    public ReadOnlyMemory<Token> TokenMemoryOf(Sentence sentence) => _tokens.AsMemory(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The tokens of one sentence, without copying.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => _tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
}

using Entente.Dictionaries;
using Entente.Model;
using Entente.Text;

namespace Entente.Petrarch;

/// <summary>PETRARCH discard phrases, compiled for lookups by first word: a sentence containing one is not coded;
/// a story-level phrase (<c>+</c>) means the whole document is not coded.</summary>
public sealed class DiscardSet
{
    private readonly CaselessWordTable<DiscardPhrase[]> _byFirstWord;

    /// <summary>Compiles <paramref name="phrases"/>.</summary>
    public DiscardSet(IReadOnlyList<DiscardPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        Phrases = phrases;
        var index = new Dictionary<string, List<DiscardPhrase>>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            if (!index.TryGetValue(phrase.Words[0], out var list)) index[phrase.Words[0]] = list = [];
            list.Add(phrase);
        }

        _byFirstWord = new CaselessWordTable<DiscardPhrase[]>(
            index.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.OrderByDescending(p => p.Words.Count).ToArray())));
    }

    /// <summary>An empty set that matches nothing.</summary>
    public static DiscardSet Empty { get; } = new([]);

    /// <summary>All phrases in file order.</summary>
    public IReadOnlyList<DiscardPhrase> Phrases { get; }

    /// <summary>The first discard phrase in a sentence's tokens (story-level phrases first), or null. Case-insensitive; punctuation tokens are skipped.</summary>
    public DiscardMatch? Match(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        DiscardMatch? sentenceLevel = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Span(text), out var candidates)) continue;
            foreach (var phrase in candidates)
            {
                if (!Matches(text, tokens, i, phrase)) continue;
                if (phrase.StoryLevel) return new DiscardMatch(phrase, i);
                sentenceLevel ??= new DiscardMatch(phrase, i);
            }
        }

        return sentenceLevel;
    }

    /// <summary>The first story-level discard phrase in a document's tokens, or null: when found, the document is not coded at all.</summary>
    public DiscardMatch? MatchStory(string text, ReadOnlySpan<Token> tokens)
    {
        var match = Match(text, tokens);
        return match is { StoryLevel: true } ? match : null;
    }

    private static bool Matches(string text, ReadOnlySpan<Token> tokens, int start, DiscardPhrase phrase)
    {
        var pos = start + 1;
        for (var w = 1; w < phrase.Words.Count; w++)
        {
            while (pos < tokens.Length && tokens[pos].Kind == TokenKind.Punctuation && !phrase.Words[w].AsSpan().Equals(tokens[pos].Span(text), StringComparison.OrdinalIgnoreCase)) pos++;
            if (pos >= tokens.Length || !phrase.Words[w].AsSpan().Equals(tokens[pos].Span(text), StringComparison.OrdinalIgnoreCase)) return false;
            pos++;
        }

        return true;
    }

    /// <summary>Reads a PETRARCH discards file: one phrase a line, <c>+</c> for story level, <c>#</c> comments.</summary>
    public static DiscardSet ReadFile(string path, PetrarchNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(Path.GetFileName(path), reader, notes);
    }

    /// <summary>Reads discard phrases from <paramref name="reader"/>, reporting errors as <paramref name="file"/>:line.</summary>
    /// <remarks>Without <paramref name="notes"/> the first malformed line throws.</remarks>
    public static DiscardSet Read(string file, TextReader reader, PetrarchNotes? notes = null)
    {
        notes ??= new PetrarchNotes(strict: true);
        ArgumentNullException.ThrowIfNull(reader);
        var phrases = new List<DiscardPhrase>();
        foreach (var line in PetrarchText.Lines(reader))
        {
            var text = line.Text;
            var story = text[0] == '+';
            if (story) text = text[1..];
            var words = PetrarchText.Words(text);
            if (text.Contains('[', StringComparison.Ordinal) || words.Length == 0)
            {
                notes.Fail(new DictionaryException(file, line.Number, words.Length == 0 ? "empty discard phrase" : "a discard phrase takes no code: '" + line.Text + "'"));
                continue;
            }

            for (var i = 0; i < words.Length; i++) words[i] = words[i].ToLowerInvariant();
            phrases.Add(new DiscardPhrase(words, story, file, line.Number));
        }

        return new DiscardSet(phrases);
    }
}

using Entente.Model;
using Entente.Syntax;
using Entente.Text;

namespace Entente.Tests.Syntax;

/// <summary>Part-of-speech tagging and chunking on the shipped lexicon, case by case from tagging.tsv.</summary>
public sealed class PosTaggerTests
{
    private static readonly Lazy<PosTagger> Tagger = new(() => new PosTagger(PosLexiconReader.LoadDefault()));

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var parts in TsvCases.Rows("Syntax", "tagging.tsv"))
        {
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tags_the_words_of_a_sentence(string sentence, string expected, string why)
    {
        var (doc, tags) = TagSentence(sentence);
        foreach (var pair in expected.Split(' '))
        {
            var eq = pair.LastIndexOf('=');
            var word = pair[..eq];
            var index = IndexOf(doc, word);
            Assert.True(index >= 0, $"'{word}' is not a token of the sentence ({why})");
            Assert.True(pair[(eq + 1)..] == PosTagNames.Short(tags[index]), $"{word}: expected {pair[(eq + 1)..]}, got {PosTagNames.Short(tags[index])} — {why}");
        }
    }

    [Fact]
    public void Chunks_noun_and_verb_groups()
    {
        var (doc, tags) = TagSentence("Pakistan's army chief did not attend the joint naval drills with Russia.");
        var chunks = new List<Chunk>();
        new Chunker().Chunk(tags, chunks);
        string Text(Chunk c) => doc.Text[doc.Tokens[c.First].Start..doc.Tokens[c.End - 1].End];
        Assert.Equal(ChunkKind.NounGroup, chunks[0].Kind);
        Assert.Equal("Pakistan's army chief", Text(chunks[0]));
        Assert.Equal("chief", doc.Text[doc.Tokens[chunks[0].Head].Start..doc.Tokens[chunks[0].Head].End]);
        Assert.Equal(ChunkKind.VerbGroup, chunks[1].Kind);
        Assert.Equal("did not attend", Text(chunks[1]));
        Assert.Equal("attend", doc.Text[doc.Tokens[chunks[1].Head].Start..doc.Tokens[chunks[1].Head].End]);
        Assert.Equal("the joint naval drills", Text(chunks[2]));
        Assert.Equal(ChunkKind.Preposition, chunks[3].Kind);
        Assert.Equal("Russia", Text(chunks[4]));
    }

    [Fact]
    public void Unknown_words_are_read_by_their_suffix()
    {
        var tagger = Tagger.Value;
        Assert.Equal(PartOfSpeech.Adverb, tagger.Reading("bilaterally").Best());
        Assert.Equal(PartOfSpeech.Verb, tagger.Reading("securitize").Best());
        Assert.Equal(PartOfSpeech.Noun, tagger.Reading("hawala").Best());
        // why: the lexicon knows "attack" as verb and noun; its -ed form is a verb reading only
        Assert.True(tagger.Reading("attacked").Verb > 0);
        Assert.Equal(0, tagger.Reading("attacked").Noun);
    }

    [Fact]
    public void A_malformed_lexicon_line_names_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("entente-lexicon-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, PosLexiconReader.ClosedFile), "# header\nthe\tdet\n");
            File.WriteAllText(Path.Combine(folder, PosLexiconReader.OpenFile), "# header\nattack\tv:3 n:2\nmeet\tq:4\n");
            var error = Assert.Throws<InputException>(() => PosLexiconReader.Load(folder));
            Assert.Contains(PosLexiconReader.OpenFile, error.Message, StringComparison.Ordinal);
            Assert.Contains(":3", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (SegmentedDocument Doc, PartOfSpeech[] Tags) TagSentence(string sentence)
    {
        var doc = new Segmenter().Segment(new Document("t", null, null, null, null, sentence), [new TextRange(0, sentence.Length)]);
        var tokens = doc.TokensOf(doc.Sentences[0]);
        var tags = new PartOfSpeech[tokens.Length];
        Tagger.Value.Tag(doc.Text, tokens, tags);
        return (doc, tags);
    }

    private static int IndexOf(SegmentedDocument doc, string word)
    {
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (doc.Tokens[i].Span(doc.Text).SequenceEqual(word)) return i;
        }

        return -1;
    }
}

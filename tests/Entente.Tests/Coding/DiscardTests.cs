using Entente.Coding;
using Entente.Dates;
using Entente.Dictionaries;
using Entente.Evaluation;
using Entente.Model;
using Entente.Ontology;
using Entente.Petrarch;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Tests.Coding;

/// <summary>The native discard format (docs/discard-format.md), the shipped discard files under data/discards,
/// and the engine with them: the cases under Coding/DiscardCases/ must produce no events once discards are on.</summary>
public sealed class DiscardTests
{
    private const string Header = "#! entente-dictionary kind=discards version=1\n";
    private static readonly string CasesFolder = Path.Combine(AppContext.BaseDirectory, "Coding", "DiscardCases");
    private static readonly Lazy<Engine> EngineWithDiscards = new(BuildEngine);

    private static IReadOnlyList<DiscardPhrase> Parse(string text) => DiscardLoader.Parse(new StringReader(text), "test.txt");

    private static SegmentedDocument Segment(string text) =>
        new Segmenter().Segment(new Document("t", null, null, null, null, text), [new TextRange(0, text.Length)]);

    private static DiscardMatch? MatchFirstSentence(DiscardSet set, string text)
    {
        var doc = Segment(text);
        return set.Match(doc.Text, doc.TokensOf(doc.Sentences[0]));
    }

    private static Engine BuildEngine()
    {
        // As Engine.Create builds the shipped pipeline, plus the shipped discards.
        var options = new CoderOptions { Trace = true };
        var dictionaries = DictionarySet.Load(DataFolders.Find("dictionaries")).Compile();
        var patterns = PatternLoader.Load(DataFolders.Find("patterns"));
        var ontology = CameoOntology.LoadDefault();
        var recognizer = new Recognizer(dictionaries, new RecognizerOptions { Today = options.DefaultDate });
        var coder = new EventCoder(patterns, ontology, new DateResolver(), new WordSets(), options);
        var discards = DiscardLoader.Load(DataFolders.Find("discards"));
        return new Engine(new Cleaner(), new Segmenter(), recognizer, coder, ontology, dictionaries, patterns, trace: true, discards);
    }

    // --- parser ---

    [Fact]
    public void Parses_entries_with_levels_phrases_and_attributes()
    {
        var phrases = Parse(Header + """
            # a comment

            discard:a | story | Box Office; penalty   shootout | note=why; example=It topped the box office.
            discard:b | sentence | FTSE   # trailing comment
            """);
        Assert.Equal(3, phrases.Count);
        Assert.Equal(["box", "office"], phrases[0].Words);
        Assert.True(phrases[0].StoryLevel);
        Assert.Equal("discard:a", phrases[0].Id);
        Assert.Equal("why", phrases[0].Note);
        Assert.Equal("It topped the box office.", phrases[0].Example);
        Assert.Equal(["penalty", "shootout"], phrases[1].Words);
        Assert.Equal(4, phrases[1].Line);
        Assert.False(phrases[2].StoryLevel);
        Assert.Equal("ftse", phrases[2].Text);
        Assert.Equal(("test.txt", 5), (phrases[2].File, phrases[2].Line));
    }

    [Theory]
    [InlineData("#! entente-dictionary kind=patterns version=1\n", "test.txt:1: expected header")]
    [InlineData(Header + "discard:a | story\n", "test.txt:2: expected 'ID | story|sentence")]
    [InlineData(Header + "\n# c\ndiscard:a | paragraph | box office\n", "test.txt:4: level must be 'story' or 'sentence': 'paragraph'")]
    [InlineData(Header + "sports | story | box office\n", "test.txt:2: discard id must be")]
    [InlineData(Header + "discard:Sports | story | box office\n", "test.txt:2: discard id must be")]
    [InlineData(Header + "discard:a | story | box office;; album\n", "test.txt:2: empty phrase")]
    [InlineData(Header + "discard:a | story | box office\ndiscard:a | story | album\n", "test.txt:3: duplicate id 'discard:a'")]
    [InlineData(Header + "discard:a | story | box office\ndiscard:b | sentence | Box  Office\n", "test.txt:3: phrase 'box office' is already listed on line 2")]
    [InlineData(Header + "discard:a | story | album | level=high\n", "test.txt:2: unknown attribute 'level'")]
    [InlineData(Header + "discard:a | story | album | note\n", "test.txt:2: attribute must be key=value")]
    public void Reports_format_errors_with_file_and_line(string text, string expected)
    {
        var error = Assert.Throws<DictionaryException>(() => Parse(text));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_the_same_phrase_or_id_in_two_files()
    {
        var dir = Directory.CreateTempSubdirectory("entente-discards-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Header + "discard:a | story | box office\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), Header + "discard:b | sentence | box office\n");
            var error = Assert.Throws<DictionaryException>(() => DiscardLoader.Load(dir.FullName));
            Assert.StartsWith("b.txt:2: phrase 'box office' is already a discard at a.txt:2", error.Message, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), Header + "discard:a | sentence | album\n");
            error = Assert.Throws<DictionaryException>(() => DiscardLoader.Load(dir.FullName));
            Assert.StartsWith("b.txt:2: duplicate id 'discard:a'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // --- matching ---

    [Theory]
    [InlineData("Spain won the PENALTY SHOOTOUT in Moscow.", "discard:story", "penalty shootout")]
    [InlineData("Spain won the penalty shootout, and the FTSE rose.", "discard:story", "penalty shootout")]
    [InlineData("The FTSE rose; Spain later won the penalty shootout.", "discard:story", "penalty shootout")]
    [InlineData("The ftse rose after the vote.", "discard:sentence", "ftse")]
    [InlineData("Shares, rose sharply in London.", "discard:sentence", "shares rose")]
    public void Matches_phrases_token_by_token_case_insensitively_story_level_first(string text, string id, string phrase)
    {
        var set = new DiscardSet(Parse(Header + "discard:story | story | penalty shootout\ndiscard:sentence | sentence | FTSE; shares rose\n"));
        var hit = MatchFirstSentence(set, text);
        Assert.NotNull(hit);
        Assert.Equal(id, hit.Phrase.Id);
        Assert.Equal(phrase, hit.Phrase.Text);
        Assert.Equal(id == "discard:story", hit.StoryLevel);
    }

    [Theory]
    [InlineData("The penalty for the shootout was a fine.")]
    [InlineData("Turkey imposed a penalty on shootouts.")]
    [InlineData("Shares of the blame rose.")]
    [InlineData("The FTSEs are not a word.")]
    public void Needs_every_word_of_a_phrase_in_order(string text)
    {
        var set = new DiscardSet(Parse(Header + "discard:story | story | penalty shootout\ndiscard:sentence | sentence | FTSE; shares rose\n"));
        Assert.Null(MatchFirstSentence(set, text));
    }

    // --- shipped data ---

    [Fact]
    public void Cuts_phrases_into_tokens_as_the_segmenter_cuts_text()
    {
        var phrases = Parse(Header + "discard:a | sentence | S&P 500; Britain's Got Talent; hat-trick; Oscar-winning\n");
        Assert.Equal(["s", "&", "p", "500"], phrases[0].Words);
        Assert.Equal(["britain", "'s", "got", "talent"], phrases[1].Words);
        Assert.Equal(["hat-trick"], phrases[2].Words);
        var set = new DiscardSet(phrases);
        Assert.Equal("s & p 500", MatchFirstSentence(set, "The S&P 500 fell 2% in New York.")?.Phrase.Text);
        Assert.Equal("britain 's got talent", MatchFirstSentence(set, "She won Britain's Got Talent.")?.Phrase.Text);
        Assert.Equal("oscar-winning", MatchFirstSentence(set, "The Oscar-winning director spoke.")?.Phrase.Text);
        Assert.Null(MatchFirstSentence(set, "The Oscar winning director spoke."));
    }

    [Fact]
    public void Shipped_discards_load()
    {
        var set = DiscardLoader.Load(DataFolders.Find("discards"));
        Assert.True(set.Phrases.Count > 150, $"only {set.Phrases.Count} phrases");
        Assert.All(set.Phrases, p => Assert.StartsWith("discard:", p.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_shipped_entry_discards_its_example()
    {
        var set = DiscardLoader.Load(DataFolders.Find("discards"));
        var problems = new List<string>();
        foreach (var entry in set.Phrases.GroupBy(p => p.Id))
        {
            var first = entry.First();
            if (first.Example is not { } example)
            {
                problems.Add($"{first.File}:{first.Line} {entry.Key} has no example=");
                continue;
            }

            var hit = MatchFirstSentence(new DiscardSet(entry.ToArray()), example);
            if (hit is null) problems.Add($"{first.File}:{first.Line} {entry.Key} does not match its example '{example}'");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // --- engine with discards ---

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(CasesFolder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var record in GoldSetReader.ReadFile(file))
                data.Add(Path.GetFileName(file), record.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Engine_with_discards_codes_the_case(string file, string id)
    {
        var record = GoldSetReader.ReadFile(Path.Combine(CasesFolder, file)).Single(r => r.Id == id);
        var coded = EngineWithDiscards.Value.Code(new Document(record.Id, record.Date, null, null, null, record.Text));
        var predicted = coded.Events.Select(PredictedEvent.FromCoded).ToArray();
        var result = new Scorer(new EvaluationOptions()).Score(record, predicted);
        var problems = result.Misses.Select(m => $"missed {m}").Concat(result.Extras.Select(e => $"extra {e}"))
            .Concat(result.Pairs.Where(p => p.Level != MatchLevel.Code).Select(p => $"wrong code: gold {p.Gold} got {p.Predicted}"))
            .ToList();
        Assert.True(problems.Count == 0, $"{id}: {record.Text}\n  why: {record.Note}\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void Trace_says_which_phrase_discarded_the_story()
    {
        var coded = EngineWithDiscards.Value.Code(new Document("d", new DateOnly(2024, 6, 1), null, null, null,
            "Brazil attacked Argentina in Munich. The goalkeeper saved two shots."));
        Assert.Empty(coded.Events);
        var entry = Assert.Single(coded.Trace, t => t.Stage == "discard");
        Assert.Contains("story discarded by 'goalkeeper' [discard:", entry.Message, StringComparison.Ordinal);
        Assert.Contains("(sports.txt:", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_discard_keeps_the_political_sentences_of_the_story()
    {
        var coded = EngineWithDiscards.Value.Code(new Document("d", new DateOnly(2024, 6, 1), null, null, null,
            "Russia condemned Ukraine on Monday. The FTSE 100 fell after Russia condemned Ukraine."));
        var e = Assert.Single(coded.Events);
        Assert.Equal(0, e.Sentence);
        Assert.Contains(coded.Trace, t => t.Stage == "discard" && t.Sentence == 1 && t.Message.Contains("'ftse'", StringComparison.Ordinal));
    }
}

using Entente.Coding;
using Entente.Model;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Tests.Coding;

/// <summary>The allocation-saving paths of the coder (reused scratch lists, id-based pattern matching, untraced
/// filtering) give exactly what the plain paths give, also when documents are coded on several threads at once.</summary>
[Collection("engine")]
public sealed class CoderAllocationTests(EngineFixture fixture)
{
    private static readonly string[] Texts =
    [
        "China demanded the release of its fishermen from the Philippines on Tuesday. Pakistan and India held talks in Geneva.",
        "Russia won't send troops to Belarus, the minister said. Both countries signed a trade agreement.",
        "Iran condemned the attack on its embassy in Damascus. The United States imposed sanctions on Iran.",
        "Turkey demanded the extradition of PKK members from Sweden. Egypt welcomed Modi's visit to Cairo.",
        "Talks between Saudi Arabia and Iran, brokered by China, ended in Beijing. Israeli strikes killed dozens in Gaza.",
    ];

    private static EventPattern Pattern(string id, TriggerKind kind, params string[][] words)
    {
        var elements = new List<PatternElement>();
        for (var i = 0; i < words.Length; i++)
            elements.Add(words[i].Length == 0 ? new PatternElement([], 3, false) : new PatternElement(words[i], 0, i == 0));
        return new EventPattern { Id = id, Cameo = "040", Elements = elements, Kind = kind, File = "test", Line = 1 };
    }

    private static SegmentedDocument Segment(string text)
    {
        var doc = new Document("t", new DateOnly(2024, 6, 1), null, null, null, text);
        return new Segmenter().Segment(doc, [new TextRange(0, text.Length)]);
    }

    private static string[] Describe(IReadOnlyList<PatternMatch> matches)
    {
        var result = new string[matches.Count];
        for (var i = 0; i < matches.Count; i++)
            result[i] = $"{matches[i].Pattern.Id} {matches[i].FirstToken}-{matches[i].LastToken} head {matches[i].HeadToken}";
        return result;
    }

    [Fact]
    public void Reused_match_lists_give_what_fresh_ones_give()
    {
        var patterns = fixture.Engine.Patterns;
        var found = new List<PatternMatch>();
        var kept = new List<PatternMatch>();
        var sentences = 0;
        foreach (var text in Texts)
        {
            var doc = Segment(text);
            foreach (var sentence in doc.Sentences)
            {
                var fresh = patterns.Match(doc.Text, doc.TokensOf(sentence), sentence.FirstToken);
                patterns.Match(doc.Text, doc.TokensOf(sentence), sentence.FirstToken, found, kept);
                Assert.Equal(Describe(fresh), Describe(kept));
                sentences++;
            }
        }

        Assert.Equal(10, sentences);
    }

    [Fact]
    public void One_list_cannot_be_both_work_list_and_result()
    {
        var doc = Segment("Pakistan and India held talks.");
        var list = new List<PatternMatch>();
        Assert.Throws<ArgumentException>(() => fixture.Engine.Patterns.Match(doc.Text, doc.TokensOf(doc.Sentences[0]), 0, list, list));
    }

    [Fact]
    public void The_most_specific_pattern_wins_and_a_gap_finds_its_word()
    {
        // "held ... talks" (two words, a gap) beats "held" alone; the gap may not cross a full stop.
        var set = new PatternSet([
            Pattern("held", TriggerKind.Verb, ["held"]),
            Pattern("held-talks", TriggerKind.Verb, ["held"], [], ["talks"]),
        ]);
        var doc = Segment("Pakistan held two days of talks with India.");
        var matches = set.Match(doc.Text, doc.TokensOf(doc.Sentences[0]), 0);
        Assert.Equal(["held-talks 1-5 head 1"], Describe(matches));

        var cut = Segment("Pakistan held firm. Talks failed.");
        Assert.Equal(["held 1-1 head 1"], Describe(set.Match(cut.Text, cut.TokensOf(cut.Sentences[0]), 0)));
    }

    [Fact]
    public void Forms_match_ignoring_case_and_either_apostrophe()
    {
        var set = new PatternSet([Pattern("wont", TriggerKind.Verb, ["won't"], ["attend"])]);
        foreach (var text in new[] { "They won't attend.", "They WON’T Attend.", "They won’t attend." })
        {
            var doc = Segment(text);
            var matches = set.Match(doc.Text, doc.TokensOf(doc.Sentences[0]), 0);
            Assert.True(matches.Count == 1, text);
        }

        var none = Segment("They will attend.");
        Assert.Empty(set.Match(none.Text, none.TokensOf(none.Sentences[0]), 0));
    }

    [Fact]
    public void A_noun_pattern_wins_after_a_determiner_at_equal_specificity()
    {
        var set = new PatternSet([
            Pattern("visit-verb", TriggerKind.Verb, ["visit"]),
            Pattern("visit-noun", TriggerKind.Noun, ["visit"]),
        ]);
        var noun = Segment("Egypt welcomed the visit.");
        Assert.Equal(["visit-noun 3-3 head 3"], Describe(set.Match(noun.Text, noun.TokensOf(noun.Sentences[0]), 0)));
        var verb = Segment("Leaders will visit soon.");
        Assert.Equal(["visit-verb 2-2 head 2"], Describe(set.Match(verb.Text, verb.TokensOf(verb.Sentences[0]), 0)));
    }

    private static string Summary(CodedDocument coded)
    {
        var lines = new List<string>();
        foreach (var e in coded.Events)
            lines.Add($"{e.Id} {e.Source.Code}->{e.Target?.Code} {e.Cameo} {e.Modality} {e.Trigger.Text} {e.Rule} [{string.Join(",", e.Entries)}]");
        return string.Join("\n", lines);
    }

    [Fact]
    public void Documents_coded_on_several_threads_at_once_match_the_sequential_result()
    {
        var engine = fixture.Engine;
        var docs = new Document[Texts.Length * 8];
        for (var i = 0; i < docs.Length; i++) docs[i] = new Document($"d{i}", new DateOnly(2024, 6, 1), null, null, null, Texts[i % Texts.Length]);
        var expected = new string[docs.Length];
        for (var i = 0; i < docs.Length; i++) expected[i] = Summary(engine.Code(docs[i]));
        Assert.Contains(expected, s => s.Length > 0);

        for (var round = 0; round < 5; round++)
        {
            var actual = new string[docs.Length];
            Parallel.For(0, docs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Summary(engine.Code(docs[i])));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Tracing_does_not_change_the_events()
    {
        var traced = Engine.Create(new EngineOptions { Coder = new CoderOptions { Trace = true } });
        foreach (var text in Texts)
        {
            var doc = new Document("t", new DateOnly(2024, 6, 1), null, null, null, text);
            var withTrace = traced.Code(doc);
            Assert.NotEmpty(withTrace.Trace);
            Assert.Equal(Summary(fixture.Engine.Code(doc)), Summary(withTrace));
        }
    }

    [Fact]
    public void A_demand_for_a_release_is_coded_as_a_demand()
    {
        // The comment-verb path that turns a nominal act into its 105x demand code (a span comparison once broke it).
        var coded = fixture.Engine.Code(new Document("t", new DateOnly(2024, 6, 1), null, null, null,
            "China demanded the release of its fishermen from the Philippines on Tuesday."));
        Assert.Contains(coded.Events, e => e.Cameo == "1053" && e.Source.Code == "CHN");
    }
}

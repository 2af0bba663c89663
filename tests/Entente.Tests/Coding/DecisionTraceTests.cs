using Entente.Coding;
using Entente.Dates;
using Entente.Dictionaries;
using Entente.Model;
using Entente.Ontology;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Tests.Coding;

/// <summary>Every pattern match that yields no event says why in the trace (FIELD-NOTES: silent empty output).</summary>
public sealed class DecisionTraceTests
{
    private static readonly Lazy<Engine> TracingEngine = new(BuildEngine);

    private static Engine BuildEngine()
    {
        var options = new CoderOptions { Trace = true };
        var dictionaries = DictionarySet.Load(DataFolders.Find("dictionaries")).Compile();
        var patterns = PatternLoader.Load(DataFolders.Find("patterns"));
        var ontology = CameoOntology.LoadDefault();
        var recognizer = new Recognizer(dictionaries, new RecognizerOptions { Today = options.DefaultDate });
        var coder = new EventCoder(patterns, ontology, new DateResolver(), new WordSets(), options);
        return new Engine(new Cleaner(), new Segmenter(), recognizer, coder, ontology, dictionaries, patterns, trace: true);
    }

    [Theory]
    [InlineData("Kenya's president was received by Kenya's prime minister on Monday.", "receive-leader")]
    [InlineData("The Kenyan president met the Kenyan prime minister.", "meet")]
    public void A_pair_of_one_actor_is_dropped_with_a_reason(string sentence, string pattern)
    {
        var coded = TracingEngine.Value.Code(new Document("d", new DateOnly(2024, 6, 1), null, null, null, sentence));
        Assert.Empty(coded.Events);
        Assert.Contains(coded.Trace, t => t.Stage == "coder" && t.Message.Contains($"pattern:{pattern}", StringComparison.Ordinal) &&
                                          t.Message.Contains("source and target are one actor", StringComparison.Ordinal));
    }
}

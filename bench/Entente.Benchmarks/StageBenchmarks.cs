using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Entente.Coding;
using Entente.Dictionaries;
using Entente.Model;
using Entente.Output;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Benchmarks;

/// <summary>Each pipeline stage on its own, over the whole sample set (4 articles, or 20 one-sentence documents).</summary>
/// <remarks>
/// Every stage gets the previous stage's output precomputed in setup, so a row measures that stage only.
/// Divide by the sentence counts printed at setup (and in bench/README.md) for per-sentence figures.
/// </remarks>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Engine _engine = null!;
    private Cleaner _cleaner = null!;
    private Segmenter _segmenter = null!;
    private Recognizer _recognizer = null!;
    private EventCoder _coder = null!;
    private Document[] _documents = [];
    private IReadOnlyList<TextRange>[] _kept = [];
    private SegmentedDocument[] _segmented = [];
    private IReadOnlyList<Mention>[] _mentions = [];
    private CodedDocument[] _coded = [];
    private MemoryStream _buffer = null!;
    private Utf8JsonWriter _writer = null!;

    /// <summary>Which sample set: "articles" (4 short articles) or "sentences" (20 one-sentence documents).</summary>
    [Params("articles", "sentences")]
    public string Input { get; set; } = "articles";

    /// <summary>Builds the engine from the shipped data and precomputes every stage's input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var samples = SampleSet.Load();
        _documents = [.. Input == "sentences" ? samples.Sentences : samples.Articles];
        var dictionaries = DictionarySet.Load(DataFolders.Find("dictionaries")).Compile();
        var patterns = PatternLoader.Load(DataFolders.Find("patterns"));
        var ontology = Entente.Ontology.CameoOntology.LoadDefault();
        var options = new CoderOptions { DefaultDate = SampleSet.Date };
        _cleaner = new Cleaner();
        _segmenter = new Segmenter();
        _recognizer = new Recognizer(dictionaries, new RecognizerOptions { Today = SampleSet.Date });
        // With the part-of-speech tagger, as Engine.Create builds the coder.
        _coder = new EventCoder(patterns, ontology, new Entente.Dates.DateResolver(), new WordSets(), options, new Entente.Syntax.PosTagger(Entente.Syntax.PosLexiconReader.LoadDefault()));
        _engine = new Engine(_cleaner, _segmenter, _recognizer, _coder, ontology, dictionaries, patterns, trace: false);

        _kept = [.. _documents.Select(d => _cleaner.Clean(d).Kept)];
        _segmented = [.. _documents.Select((d, i) => _segmenter.Segment(d, _kept[i]))];
        _mentions = [.. _segmented.Select(_recognizer.Recognize)];
        _coded = [.. _documents.Select(_engine.Code)];
        _buffer = new MemoryStream(1 << 20);
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        Console.WriteLine($"// {Input}: {_documents.Length} documents, {_segmented.Sum(s => s.Sentences.Count)} sentences, "
            + $"{_segmented.Sum(s => s.Tokens.Count)} tokens, {_mentions.Sum(m => m.Count)} mentions, {_coded.Sum(c => c.Events.Count)} events");
    }

    /// <summary>Releases the JSON writer.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _buffer.Dispose();
    }

    /// <summary>Cleaner: boilerplate lines found, kept ranges returned.</summary>
    [Benchmark]
    public int Clean()
    {
        int n = 0;
        foreach (var d in _documents) n += _cleaner.Clean(d).Kept.Count;
        return n;
    }

    /// <summary>Segmenter: sentences and tokens of the kept ranges.</summary>
    [Benchmark]
    public int Segment()
    {
        int n = 0;
        for (int i = 0; i < _documents.Length; i++) n += _segmenter.Segment(_documents[i], _kept[i]).Tokens.Count;
        return n;
    }

    /// <summary>Recognizer: actor, agent, place and date mentions with the shipped dictionaries.</summary>
    [Benchmark]
    public int Recognize()
    {
        int n = 0;
        foreach (var s in _segmented) n += _recognizer.Recognize(s).Count;
        return n;
    }

    /// <summary>Event coder alone: patterns, clauses, arguments, modality, dates (mentions given).</summary>
    [Benchmark]
    public int CodeEvents()
    {
        int n = 0;
        for (int i = 0; i < _segmented.Length; i++) n += _coder.Code(_segmented[i], _mentions[i]).Events.Count;
        return n;
    }

    /// <summary>The whole engine (clean, segment, recognise, code) on raw documents: Engine.Code.</summary>
    [Benchmark(Baseline = true)]
    public int EngineCode()
    {
        int n = 0;
        foreach (var d in _documents) n += _engine.Code(d).Events.Count;
        return n;
    }

    /// <summary>JSON writer: EventJson.Write of every event into a reused writer and buffer.</summary>
    [Benchmark]
    public long EventJsonWrite()
    {
        _buffer.Position = 0;
        foreach (var c in _coded)
        {
            foreach (var ev in c.Events)
            {
                EventJson.Write(_writer, ev);
                _writer.Flush();
                _writer.Reset();
            }
        }

        return _buffer.Position;
    }

    /// <summary>JSON writer as the CLI uses it: a JsonlSink per run over a null stream.</summary>
    [Benchmark]
    public async Task<int> JsonlSinkWrite()
    {
        var sink = new JsonlSink(Stream.Null);
        await using (sink.ConfigureAwait(false))
        {
            foreach (var c in _coded) await sink.WriteAsync(c).ConfigureAwait(false);
        }

        return _coded.Length;
    }
}

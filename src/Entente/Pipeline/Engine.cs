using Entente.Coding;
using Entente.Dates;
using Entente.Dictionaries;
using Entente.Model;
using Entente.Ontology;
using Entente.Petrarch;
using Entente.Syntax;
using Entente.Text;

namespace Entente.Pipeline;

/// <summary>The whole coding pipeline for one document: clean → segment → recognise → code → enrich.
/// Immutable after construction and safe to share across threads.</summary>
public sealed class Engine : ICoder
{
    private readonly ICleaner _cleaner;
    private readonly ISegmenter _segmenter;
    private readonly IRecognizer _recognizer;
    private readonly EventCoder _coder;
    private readonly DiscardSet _discards;
    private readonly HeadlineRestatements _restatements = new();
    private readonly bool _trace;

    /// <summary>Assembles an engine from its stages.</summary>
    public Engine(ICleaner cleaner, ISegmenter segmenter, IRecognizer recognizer, EventCoder coder, CameoOntology ontology, CompiledDictionaries dictionaries, PatternSet patterns, bool trace, DiscardSet? discards = null)
    {
        _discards = discards ?? DiscardSet.Empty;
        _cleaner = cleaner;
        _segmenter = segmenter;
        _recognizer = recognizer;
        _coder = coder;
        Ontology = ontology;
        Dictionaries = dictionaries;
        Patterns = patterns;
        _trace = trace;
    }

    /// <summary>The CAMEO ontology in use.</summary>
    public CameoOntology Ontology { get; }

    /// <summary>The compiled actor dictionaries in use.</summary>
    public CompiledDictionaries Dictionaries { get; }

    /// <summary>The event patterns in use.</summary>
    public PatternSet Patterns { get; }

    /// <summary>The part-of-speech tagger the coder reads word classes with (null when the coder has none).</summary>
    public PosTagger? Tagger => _coder.Tagger;

    /// <summary>Loads the shipped (or the given) dictionaries, patterns and ontology and builds the pipeline.</summary>
    public static Engine Create(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Start-up: the part-of-speech lexicon and the CAMEO table depend on nothing else, so a second core reads them
        // while this one reads the dictionaries and patterns (0.1 s of a 0.5 s start-up, bench/README.md).
        var lexicon = Task.Run(PosLexiconReader.LoadDefault);
        var ontology = Task.Run(CameoOntology.LoadDefault);
        CompiledDictionaries dictionaries;
        PatternSet patterns;
        var discards = DiscardSet.Empty;
        if (options.Petrarch is { } petrarch)
        {
            // A PETRARCH user's own dictionaries replace ours (as PETRARCH2 itself runs with them);
            // without a verbs file the shipped patterns code the imported actors.
            var imported = PetrarchDictionaries.Load(petrarch);
            dictionaries = imported.ToDictionarySet().Compile();
            patterns = petrarch.Verbs is null ? LoadPatterns(options) : new PatternSet(imported.Patterns);
            discards = imported.Discards;
        }
        else
        {
            var dictionaryDirectory = options.DictionaryDirectory ?? DataFolders.Find("dictionaries");
            if (options.UseCache)
            {
                var compiled = new CompiledDataCache(options.CacheDirectory, options.CacheWarning)
                    .Load(dictionaryDirectory, options.PatternDirectory ?? DataFolders.Find("patterns"));
                dictionaries = compiled.Dictionaries;
                patterns = compiled.Patterns;
            }
            else
            {
                dictionaries = DictionarySet.Load(dictionaryDirectory).Compile();
                patterns = LoadPatterns(options);
            }

            discards = DiscardLoader.Load(DataFolders.Find("discards"));
        }

        // GetResult, not Result: a bad lexicon line surfaces as its own InputException (file and line), not wrapped.
        return Assemble(dictionaries, patterns, discards, ontology.GetAwaiter().GetResult(), lexicon.GetAwaiter().GetResult(), options);
    }

    /// <summary>The engine <see cref="Create"/> builds for the shipped data, over dictionaries and patterns already loaded
    /// (a benchmark times their load apart): the shipped discards, part-of-speech lexicon and CAMEO table are read here.</summary>
    public static Engine FromCompiled(CompiledDictionaries dictionaries, PatternSet patterns, EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Petrarch is not null) throw new ArgumentException("PETRARCH dictionaries are loaded by Create", nameof(options));
        return Assemble(dictionaries, patterns, DiscardLoader.Load(DataFolders.Find("discards")), CameoOntology.LoadDefault(), PosLexiconReader.LoadDefault(), options);
    }

    private static Engine Assemble(CompiledDictionaries dictionaries, PatternSet patterns, DiscardSet discards, CameoOntology cameo, PosLexicon lexicon, EngineOptions options)
    {
        var recognizer = new Recognizer(dictionaries, new RecognizerOptions { Today = options.Coder.DefaultDate });
        var coderOptions = options.Petrarch is null ? options.Coder : options.Coder with { IntentCodes = false };
        // The coder reads word classes where a word's shape misleads ("A storm hit Bangladesh, killing ...": the verb
        // before "Bangladesh" makes it the object, not the subject the participle shares).
        var coder = new EventCoder(patterns, cameo, new DateResolver(), new WordSets(), coderOptions, new PosTagger(lexicon));
        return new Engine(new Cleaner(), new Segmenter(), recognizer, coder, cameo, dictionaries, patterns, options.Coder.Trace, discards);
    }

    private static PatternSet LoadPatterns(EngineOptions options) =>
        PatternLoader.Load(options.PatternDirectory ?? DataFolders.Find("patterns"));

    /// <inheritdoc />
    public CodedDocument Code(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return CodeChecked(document);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or CodingException))
        {
            // A fault of ours on one document must reach the user as one line naming the document, not a stack trace.
            throw new CodingException(document.Id, ex);
        }
    }

    private CodedDocument CodeChecked(Document document)
    {
        var cleaned = _cleaner.Clean(document);
        var segmented = _segmenter.Segment(document, cleaned.Kept);
        var mentions = _recognizer.Recognize(segmented);
        var (events, coderTrace) = _coder.Code(segmented, mentions);
        // Discard and dedupe reasons are collected only when someone will read them.
        var filterTrace = _trace ? new List<TraceEntry>() : null;
        if (_discards.Phrases.Count > 0 && events.Count > 0) events = Discard(segmented, events, filterTrace);
        events = _restatements.Drop(segmented, events, filterTrace);
        if (!_trace) return new CodedDocument(segmented, mentions, events, []);

        var trace = new List<TraceEntry>(cleaned.Removed.Count + coderTrace.Count + filterTrace!.Count);
        trace.AddRange(filterTrace);
        foreach (var removed in cleaned.Removed)
            trace.Add(new TraceEntry("cleaner", -1, $"dropped '{document.Text[removed.Range.Start..removed.Range.End].Trim()}': {removed.Reason}"));
        trace.AddRange(coderTrace);
        return new CodedDocument(segmented, mentions, events, trace);
    }

    /// <summary>Drops the events of a discarded story (sports, markets ...) or of discarded sentences, saying why.</summary>
    private IReadOnlyList<CodedEvent> Discard(SegmentedDocument segmented, IReadOnlyList<CodedEvent> events, List<TraceEntry>? trace)
    {
        var dropped = new HashSet<int>();
        foreach (var sentence in segmented.Sentences)
        {
            if (_discards.Match(segmented.Text, segmented.TokensOf(sentence)) is not { } hit) continue;
            if (hit.StoryLevel)
            {
                trace?.Add(new TraceEntry("discard", sentence.Index, $"story discarded by '{hit.Phrase.Text}'{(hit.Phrase.Id is null ? "" : $" [{hit.Phrase.Id}]")} ({Path.GetFileName(hit.Phrase.File)}:{hit.Phrase.Line}); no events"));
                return [];
            }

            trace?.Add(new TraceEntry("discard", sentence.Index, $"sentence discarded by '{hit.Phrase.Text}'{(hit.Phrase.Id is null ? "" : $" [{hit.Phrase.Id}]")} ({Path.GetFileName(hit.Phrase.File)}:{hit.Phrase.Line})"));
            dropped.Add(sentence.Index);
        }

        // "The Oscar-winning actor arrived in Paris. He met Macron.": a subject carried from a discarded sentence is that
        // sentence's as much as its own events were.
        if (dropped.Count == 0) return events;
        var kept = new List<CodedEvent>(events.Count);
        foreach (var e in events)
        {
            if (dropped.Contains(e.Sentence)) continue;
            if (dropped.Contains(e.Sentence - 1) && e.Rule.EndsWith("/carried", StringComparison.Ordinal))
            {
                trace?.Add(new TraceEntry("discard", e.Sentence, $"{e.Rule}: its subject is carried from discarded sentence {e.Sentence - 1}; dropped"));
                continue;
            }

            kept.Add(e);
        }

        return kept;
    }
}

using System.Diagnostics;
using System.Runtime;
using Entente.Coding;
using Entente.Dictionaries;
using Entente.Model;
using Entente.Ontology;
using Entente.Output;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Throughput;

/// <summary>Reads a corpus, replicates it to the wanted size and codes it to JSONL on a null stream, measuring as it goes.</summary>
public sealed class ThroughputRunner
{
    private readonly ThroughputOptions _options;
    private readonly AllocationSampler? _sampler;
    private readonly Stopwatch _sinceMain = Stopwatch.StartNew();

    /// <summary>Creates a runner; the start-up clock starts here. A <paramref name="sampler"/> records the timed run only.</summary>
    public ThroughputRunner(ThroughputOptions options, AllocationSampler? sampler = null)
    {
        _options = options;
        _sampler = sampler;
    }

    /// <summary>Does the whole measurement.</summary>
    public async Task<ThroughputResult> RunAsync()
    {
        using var self = Process.GetCurrentProcess();
        double runtimeStart = (DateTime.Now - self.StartTime).TotalSeconds - _sinceMain.Elapsed.TotalSeconds;
        string loadBefore = LoadAverage();

        // Engine.Create, piece by piece, so that the dictionary load and compile are timed separately.
        var clock = Stopwatch.StartNew();
        CompiledDictionaries dictionaries;
        PatternSet patterns;
        double dictionaryLoad, dictionaryCompile, cacheSeconds = 0;
        bool? cacheHit = null;
        if (_options.Cache)
        {
            // What Engine.Create does by default: the compiled dictionaries and patterns from the cache file (or compiled and written).
            var compiled = new CompiledDataCache(_options.CacheDirectory).Load(DataFolders.Find("dictionaries"), DataFolders.Find("patterns"));
            cacheSeconds = clock.Elapsed.TotalSeconds;
            cacheHit = compiled.FromCache;
            (dictionaries, patterns) = (compiled.Dictionaries, compiled.Patterns);
            dictionaryLoad = dictionaryCompile = 0;
            clock.Restart();
        }
        else
        {
            var set = DictionarySet.Load(DataFolders.Find("dictionaries"));
            dictionaryLoad = clock.Elapsed.TotalSeconds;
            clock.Restart();
            dictionaries = set.Compile();
            dictionaryCompile = clock.Elapsed.TotalSeconds;
            clock.Restart();
            patterns = PatternLoader.Load(DataFolders.Find("patterns"));
        }

        // The engine Engine.Create builds (tagger, discards and ontology included), over the dictionaries and patterns timed above.
        var engine = Engine.FromCompiled(dictionaries, patterns, new EngineOptions { CacheDirectory = _options.CacheDirectory, Coder = new CoderOptions { DefaultDate = _options.DefaultDate } });
        double patternsAndOntology = clock.Elapsed.TotalSeconds;

        double firstEvent = await TimeToFirstEventAsync(engine).ConfigureAwait(false);
        double firstEventSinceProcessStart = (DateTime.Now - self.StartTime).TotalSeconds;
        self.Refresh();
        // CPU time of the whole process (runtime start, JIT threads included) up to the first event: unlike wall time,
        // it hardly moves with the neighbours' load on a shared machine.
        double firstEventCpu = self.TotalProcessorTime.TotalSeconds;
        if (firstEvent < 0) firstEventSinceProcessStart = -1;

        // The same steps again, now that their code is jitted: cold minus warm is what the JIT (and first
        // touches of the runtime's own code) cost, warm is the parsing and building itself.
        clock.Restart();
        if (_options.Cache) GC.KeepAlive(new CompiledDataCache(_options.CacheDirectory).Load(DataFolders.Find("dictionaries"), DataFolders.Find("patterns")));
        double warmCache = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var warmSet = DictionarySet.Load(DataFolders.Find("dictionaries"));
        double warmLoad = clock.Elapsed.TotalSeconds;
        clock.Restart();
        GC.KeepAlive(warmSet.Compile());
        double warmCompile = clock.Elapsed.TotalSeconds;
        clock.Restart();
        GC.KeepAlive(PatternLoader.Load(DataFolders.Find("patterns")));
        GC.KeepAlive(CameoOntology.LoadDefault());
        double warmPatterns = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var corpus = await ReadAllAsync(_options).ConfigureAwait(false);
        double readSeconds = clock.Elapsed.TotalSeconds;
        var sentenceCounts = CountSentences(corpus);
        int corpusSentences = sentenceCounts.Sum();
        var documents = Replicate(corpus, sentenceCounts, _options.ReplicateTo);

        var parallel = new OrderedParallelCoder(engine, _options.Threads, _options.Batching);
        int warmupPasses = 0;
        double warmupSeconds = 0;
        if (_options.Warmup)
        {
            clock.Restart();
            var jit = new JitQuiet(_options.QuietJitMethods);
            do
            {
                await CodeAsync(parallel, corpus).ConfigureAwait(false);
                jit.PassDone(clock.Elapsed.TotalSeconds);
                warmupPasses++;
            }
            while (clock.Elapsed.TotalSeconds < _options.WarmupSeconds || (!jit.IsQuiet && clock.Elapsed.TotalSeconds < _options.MaxWarmupSeconds));
            warmupSeconds = clock.Elapsed.TotalSeconds;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(true);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var pauseBefore = GC.GetTotalPauseDuration();
        long jitMethodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTimeBefore = System.Runtime.JitInfo.GetCompilationTime();
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        if (_sampler is not null) _sampler.Recording = true;
        clock.Restart();
        var counts = await CodeAsync(parallel, documents).ConfigureAwait(false);
        double elapsed = clock.Elapsed.TotalSeconds;
        if (_sampler is not null) _sampler.Recording = false;
        self.Refresh();
        double cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;

        return new ThroughputResult
        {
            Corpus = string.Join(",", _options.Corpus),
            Threads = _options.Threads == 0 ? "all" : _options.Threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ProcessorCount = Environment.ProcessorCount,
            ServerGc = GCSettings.IsServerGC,
            Batching = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_options.Batching.BatchCharacters} chars / {_options.Batching.BatchDocuments} docs"),
            Warmup = _options.Warmup,
            WarmupPasses = warmupPasses,
            WarmupSeconds = warmupSeconds,
            LoadAverageBefore = loadBefore,
            LoadAverageAfter = LoadAverage(),
            CorpusDocuments = corpus.Count,
            CorpusSentences = corpusSentences,
            ReadSeconds = readSeconds,
            RuntimeStartSeconds = runtimeStart,
            CacheHit = cacheHit,
            CacheSeconds = cacheSeconds,
            DictionaryLoadSeconds = dictionaryLoad,
            DictionaryCompileSeconds = dictionaryCompile,
            PatternsAndOntologySeconds = patternsAndOntology,
            WarmCacheSeconds = warmCache,
            WarmDictionaryLoadSeconds = warmLoad,
            WarmDictionaryCompileSeconds = warmCompile,
            WarmPatternsAndOntologySeconds = warmPatterns,
            FirstEventSeconds = firstEvent,
            FirstEventSinceProcessStartSeconds = firstEventSinceProcessStart,
            FirstEventCpuSeconds = firstEvent < 0 ? -1 : firstEventCpu,
            Documents = counts.Documents,
            Sentences = counts.Sentences,
            Tokens = counts.Tokens,
            Events = counts.Events,
            ElapsedSeconds = elapsed,
            CpuSeconds = cpu,
            SentencesPerSecond = counts.Sentences / elapsed,
            SentencesPerCpuSecond = cpu > 0 ? counts.Sentences / cpu : 0,
            DocumentsPerSecond = counts.Documents / elapsed,
            EventsPerSecond = counts.Events / elapsed,
            AllocatedBytesPerSentence = counts.Sentences > 0 ? (double)allocated / counts.Sentences : 0,
            Gen0 = GC.CollectionCount(0) - gen0,
            Gen1 = GC.CollectionCount(1) - gen1,
            Gen2 = GC.CollectionCount(2) - gen2,
            GcPauseSeconds = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds,
            PeakRssBytes = PeakRss(self),
            JitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsBefore,
            JitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitTimeBefore).TotalSeconds,
        };
    }

    // Seconds from Main to the first coded event, reading the corpus as a stream (what a user waits for).
    private async Task<double> TimeToFirstEventAsync(Engine engine)
    {
        var opener = new InputOpener(new InputOptions { DefaultDate = _options.DefaultDate, OnRecoverableError = _ => { } });
        await foreach (var document in opener.ReadAsync(_options.Corpus).ConfigureAwait(false))
        {
            if (engine.Code(document).Events.Count > 0) return _sinceMain.Elapsed.TotalSeconds;
        }

        return -1;
    }

    /// <summary>The corpus as read, and the same replicated to <see cref="ThroughputOptions.ReplicateTo"/> sentences.</summary>
    internal static async Task<(List<Document> Corpus, List<Document> Replicated)> LoadCorpusAsync(ThroughputOptions options)
    {
        var corpus = await ReadAllAsync(options).ConfigureAwait(false);
        return (corpus, Replicate(corpus, CountSentences(corpus), options.ReplicateTo));
    }

    private static async Task<List<Document>> ReadAllAsync(ThroughputOptions options)
    {
        var opener = new InputOpener(new InputOptions
        {
            DefaultDate = options.DefaultDate,
            OnRecoverableError = e => Console.Error.WriteLine($"entente-throughput: {e.Message} (skipped)"),
        });
        var documents = new List<Document>();
        await foreach (var document in opener.ReadAsync(options.Corpus).ConfigureAwait(false)) documents.Add(document);
        return documents;
    }

    // Sentences as the pipeline will see them (cleaned, then segmented); only used to size the replication.
    private static int[] CountSentences(List<Document> corpus)
    {
        var cleaner = new Cleaner();
        var segmenter = new Segmenter();
        var counts = new int[corpus.Count];
        for (int i = 0; i < corpus.Count; i++) counts[i] = segmenter.Segment(corpus[i], cleaner.Clean(corpus[i]).Kept).Sentences.Count;
        return counts;
    }

    // Copies share their text (no extra memory per copy) and differ only in id: "<id>~<copy>".
    private static List<Document> Replicate(List<Document> corpus, int[] sentenceCounts, int target)
    {
        var documents = new List<Document>(corpus);
        long sentences = sentenceCounts.Sum();
        if (sentences == 0) return documents;
        for (int copy = 1; sentences < target; copy++)
        {
            for (int i = 0; i < corpus.Count && sentences < target; i++)
            {
                documents.Add(corpus[i] with { Id = $"{corpus[i].Id}~{copy}" });
                sentences += sentenceCounts[i];
            }
        }

        return documents;
    }

    internal static async Task<RunCounts> CodeAsync(OrderedParallelCoder parallel, List<Document> documents)
    {
        var counts = new RunCounts();
        var sink = new JsonlSink(Stream.Null);
        await using (sink.ConfigureAwait(false))
        {
            await foreach (var coded in parallel.CodeAsync(AsAsync(documents)).ConfigureAwait(false))
            {
                await sink.WriteAsync(coded).ConfigureAwait(false);
                counts.Documents++;
                counts.Sentences += coded.Segmented.Sentences.Count;
                counts.Tokens += coded.Segmented.Tokens.Count;
                counts.Events += coded.Events.Count;
            }
        }

        return counts;
    }

#pragma warning disable CS1998 // An in-memory source: the async enumerable only adapts the list to the coder's input type.
    private static async IAsyncEnumerable<Document> AsAsync(List<Document> documents)
#pragma warning restore CS1998
    {
        foreach (var d in documents) yield return d;
    }

    internal static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    // VmHWM is the true peak resident set on Linux; PeakWorkingSet64 is the portable fallback.
    private static long PeakRss(Process self)
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }

        self.Refresh();
        return self.PeakWorkingSet64;
    }
}

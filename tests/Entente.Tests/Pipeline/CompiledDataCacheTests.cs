using System.Text;
using System.Text.Json;
using Entente.Coding;
using Entente.Dictionaries;
using Entente.Model;
using Entente.Output;
using Entente.Pipeline;

namespace Entente.Tests.Pipeline;

/// <summary>The compiled-data cache: a round trip codes exactly as the sources do, a changed source misses, a damaged file
/// is reported once and replaced by a fresh compile.</summary>
public sealed class CompiledDataCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "entente-cache-tests-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> _warnings = [];

    public CompiledDataCacheTests()
    {
        // Copies of the shipped sources, so that a test can change one without touching the checkout.
        Copy(DataFolders.Find("dictionaries"), Dictionaries);
        Copy(DataFolders.Find("patterns"), Patterns);
    }

    private string Dictionaries => Path.Combine(_root, "dictionaries");

    private string Patterns => Path.Combine(_root, "patterns");

    private string CacheFolder => Path.Combine(_root, "cache");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private CompiledDataCache Cache() => new(CacheFolder, _warnings.Add);

    private string CacheFile() => Cache().PathFor(Dictionaries, Patterns);

    [Fact]
    public void Round_trip_codes_every_sentence_exactly_as_the_sources_do()
    {
        var fromSources = Engine.Create(Options(useCache: false));
        var first = Cache().Load(Dictionaries, Patterns);
        Assert.False(first.FromCache);
        Assert.True(File.Exists(CacheFile()));
        var second = Cache().Load(Dictionaries, Patterns);
        Assert.True(second.FromCache);
        var fromCache = Engine.Create(Options(useCache: true));
        Assert.Empty(_warnings);

        var cases = Cases();
        Assert.True(cases.Count >= 10);
        var events = 0;
        foreach (var (date, sentence, why) in cases)
        {
            var document = new Document("cache-test", date, null, null, null, sentence);
            var expected = Json(fromSources.Code(document));
            Assert.True(expected == Json(fromCache.Code(document)), $"{why}: {sentence}");
            events += fromSources.Code(document).Events.Count;
        }

        // The comparison means something only if the sentences code to events.
        Assert.True(events >= cases.Count, $"only {events} events from {cases.Count} sentences");
    }

    [Fact]
    public void Round_trip_keeps_entries_trie_and_patterns()
    {
        var compiled = DictionarySet.Load(Dictionaries).Compile();
        var patterns = PatternLoader.Load(Patterns);
        Cache().Load(Dictionaries, Patterns);
        var cached = Cache().Load(Dictionaries, Patterns);
        Assert.True(cached.FromCache);

        Assert.Equal(compiled.Entries.Count, cached.Dictionaries.Entries.Count);
        for (var i = 0; i < compiled.Entries.Count; i++)
        {
            var x = compiled.Entries[i];
            var y = cached.Dictionaries.Entries[i];
            Assert.Equal((x.Id, x.Kind, x.Count, x.File, x.Line), (y.Id, y.Kind, y.Count, y.File, y.Line));
            Assert.Equal(x.Roles, y.Roles);
            Assert.Equal(x.Sectors, y.Sectors);
            Assert.Equal(x.Aliases, y.Aliases);
            Assert.Equal(x.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal), y.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.Equal(compiled.Latitude(i), cached.Dictionaries.Latitude(i));
            Assert.Equal(compiled.Longitude(i), cached.Dictionaries.Longitude(i));
        }

        var a = compiled.Trie.Export();
        var b = cached.Dictionaries.Trie.Export();
        Assert.Equal(a.Tokens, b.Tokens);
        Assert.Equal(a.TokenSlots, b.TokenSlots);
        Assert.Equal(a.EdgeKeys, b.EdgeKeys);
        Assert.Equal(a.EdgeChildren, b.EdgeChildren);
        Assert.Equal(a.ValueStart, b.ValueStart);
        Assert.Equal(a.Values, b.Values);
        Assert.Equal(compiled.Trie.Lookup("Pakistan").ToArray(), cached.Dictionaries.Trie.Lookup("Pakistan").ToArray());

        Assert.Equal(patterns.Patterns.Count, cached.Patterns.Patterns.Count);
        for (var i = 0; i < patterns.Patterns.Count; i++)
        {
            Assert.Equal(Describe(patterns.Patterns[i]), Describe(cached.Patterns.Patterns[i]));
        }
    }

    [Fact]
    public void Changed_dictionary_file_invalidates_the_cache()
    {
        Assert.False(Cache().Load(Dictionaries, Patterns).FromCache);
        Assert.True(Cache().Load(Dictionaries, Patterns).FromCache);
        var before = CacheFile();

        File.AppendAllText(Path.Combine(Dictionaries, "agents.txt"), "agent:cache-test-warden | GOV | cache warden\n");
        var after = Cache().Load(Dictionaries, Patterns);

        Assert.False(after.FromCache);
        Assert.NotNull(after.Dictionaries.Find("agent:cache-test-warden"));
        Assert.NotEqual(before, CacheFile());
        Assert.True(Cache().Load(Dictionaries, Patterns).FromCache);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Changed_pattern_file_invalidates_the_cache()
    {
        Cache().Load(Dictionaries, Patterns);
        var count = Cache().Load(Dictionaries, Patterns).Patterns.Patterns.Count;

        File.AppendAllText(Path.Combine(Patterns, "core.txt"), "pattern:cache-test-parley | 040 | ~parley | p:with\n");
        var after = Cache().Load(Dictionaries, Patterns);

        Assert.False(after.FromCache);
        Assert.Equal(count + 1, after.Patterns.Patterns.Count);
    }

    [Theory]
    [InlineData("truncate", "truncated")]
    [InlineData("truncate-header", "truncated header")]
    [InlineData("flip", "hash mismatch")]
    [InlineData("garbage", "not an Entente cache file")]
    [InlineData("empty", "truncated header")]
    public void Damaged_cache_file_falls_back_to_compiling_and_says_so_once(string damage, string reason)
    {
        Cache().Load(Dictionaries, Patterns);
        var path = CacheFile();
        var bytes = File.ReadAllBytes(path);
        byte[] damaged = damage switch
        {
            "truncate" => bytes[..(bytes.Length / 2)],
            "truncate-header" => bytes[..20],
            "flip" => Flip(bytes, bytes.Length - 100),
            "garbage" => Encoding.UTF8.GetBytes(new string('x', 500)),
            _ => [],
        };
        File.WriteAllBytes(path, damaged);

        var loaded = Cache().Load(Dictionaries, Patterns);

        Assert.False(loaded.FromCache);
        var warning = Assert.Single(_warnings);
        Assert.Contains(reason, warning, StringComparison.Ordinal);
        Assert.Contains(path, warning, StringComparison.Ordinal);
        Assert.NotNull(loaded.Dictionaries.Find("country:pak"));
        Assert.Equal(PatternLoader.Load(Patterns).Patterns.Count, loaded.Patterns.Patterns.Count);

        // The fallback rewrote a good file.
        Assert.True(Cache().Load(Dictionaries, Patterns).FromCache);
        Assert.Single(_warnings);
    }

    [Fact]
    public void Unwritable_cache_folder_still_gives_compiled_data()
    {
        // A file where the folder should be: the cache cannot be created, the engine still starts.
        Directory.CreateDirectory(_root);
        File.WriteAllText(CacheFolder, "not a folder");
        var loaded = Cache().Load(Dictionaries, Patterns);
        Assert.False(loaded.FromCache);
        Assert.Contains("cannot write", Assert.Single(_warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_without_cache_writes_no_file()
    {
        Engine.Create(Options(useCache: false));
        Assert.False(Directory.Exists(CacheFolder));
    }

    /// <summary>The cache writes every property of these types by hand: a new property must be added to
    /// CompiledDataWriter/CompiledDataReader (and FormatVersion bumped), or cached engines would silently lose it.</summary>
    [Theory]
    [InlineData(typeof(EventPattern), "AllowNoTarget,Attributes,Cameo,CodesNothing,Contexts,DirectObject,Elements,Example,File,Id,Kind,Line,Mutual,PloverMode,Reciprocal,SecondCode,SourceAfterTrigger,SourcePrepositions,Specificity,TargetBeforeTrigger,TargetInVerbPhrase,TargetPrepositions")]
    [InlineData(typeof(PatternElement), "Forms,IsGap,IsHead,MaxGap")]
    [InlineData(typeof(DictionaryEntry), "Aliases,Attributes,Count,File,Id,Kind,Line,Location,Name,Plurals,Roles,Sectors")]
    [InlineData(typeof(ActorRole), "Code,From,Part,Sector,To")]
    [InlineData(typeof(TrieValue), "Entry,Plural")]
    public void Cached_types_have_the_properties_the_cache_knows(Type type, string known)
    {
        var properties = type.GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal);
        Assert.Equal(known, string.Join(",", properties));
    }

    private EngineOptions Options(bool useCache) => new()
    {
        DictionaryDirectory = Dictionaries,
        PatternDirectory = Patterns,
        UseCache = useCache,
        CacheDirectory = CacheFolder,
        CacheWarning = _warnings.Add,
    };

    private static List<(DateOnly Date, string Sentence, string Why)> Cases()
    {
        var cases = new List<(DateOnly, string, string)>();
        foreach (var columns in TsvCases.Rows("Pipeline", "Cache", "cache-sentences.tsv"))
        {
            cases.Add((DateOnly.Parse(columns[0], System.Globalization.CultureInfo.InvariantCulture), columns[1], columns[2]));
        }

        return cases;
    }

    private static string Json(CodedDocument coded)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var e in coded.Events) EventJson.Write(writer, e, coded.Segmented);
            writer.WriteEndArray();
        }

        var mentions = string.Join(";", coded.Mentions.Select(m => $"{m.Kind} {m.Start}-{m.End} {m.Actor?.Key} {string.Join(",", m.Entries)}"));
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n" + mentions;
    }

    private static string Describe(EventPattern p) => string.Join(
        "|",
        p.Id, p.Cameo, string.Join(" ", p.Elements.Select(e => $"{string.Join("/", e.Forms)}:{e.MaxGap}:{e.IsHead}")), p.Kind, p.DirectObject,
        string.Join(",", p.TargetPrepositions), p.Reciprocal, p.Mutual, p.AllowNoTarget, p.PloverMode, string.Join(",", p.Contexts),
        p.Example, p.File, p.Line, p.SourceAfterTrigger, string.Join(",", p.SourcePrepositions), p.TargetBeforeTrigger, p.CodesNothing,
        p.SecondCode, string.Join(",", p.Attributes.Select(a => a.Key + "=" + a.Value)), p.TargetInVerbPhrase, p.Specificity);

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x5A;
        return copy;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.txt")) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}

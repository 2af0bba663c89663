using System.Buffers.Binary;
using System.Text;
using Entente.Coding;
using Entente.Dictionaries;

namespace Entente.Pipeline;

/// <summary>Reads a payload written by <see cref="CompiledDataWriter"/> back into compiled dictionaries and patterns.</summary>
/// <remarks>The caller has already checked the payload's hash; a payload that still does not fit (a format bug) throws
/// <see cref="InvalidDataException"/> or an index error, which the cache treats as corrupt.</remarks>
internal sealed class CompiledDataReader
{
    private readonly byte[] _data;
    private readonly int _end;
    private int _position;
    private string[] _table = [];

    private CompiledDataReader(byte[] data, int start, int length)
    {
        _data = data;
        _position = start;
        _end = start + length;
    }

    /// <summary>Reads the payload at <paramref name="start"/> (<paramref name="length"/> bytes) of <paramref name="data"/>.</summary>
    public static (CompiledDictionaries Dictionaries, PatternSet Patterns) Read(byte[] data, int start, int length)
    {
        var reader = new CompiledDataReader(data, start, length);
        reader.ReadTable();
        var dictionariesLength = reader.Count(1);
        var patternsStart = reader._position + dictionariesLength;
        // The two sections share only the (read-only) string table: the patterns, with their index, are decoded on a
        // second core while this one decodes the dictionaries (bench/README.md, start-up).
        var patternReader = new CompiledDataReader(data, patternsStart, reader._end - patternsStart) { _table = reader._table };
        var patterns = Task.Run(patternReader.ReadPatternSet);
        var dictionaries = reader.ReadDictionaries();
        if (reader._position != patternsStart)
        {
            throw new InvalidDataException("the dictionary section does not end where its length says");
        }

        // GetResult rethrows the decoding error itself (InvalidDataException ...), which the cache treats as corrupt.
        return (dictionaries, patterns.GetAwaiter().GetResult());
    }

    private PatternSet ReadPatternSet()
    {
        var patterns = ReadPatterns();
        if (_position != _end)
        {
            throw new InvalidDataException("trailing bytes after the patterns");
        }

        return new PatternSet(patterns);
    }

    private void ReadTable()
    {
        var count = Count(4);
        _table = new string[count];
        for (var i = 0; i < count; i++)
        {
            var length = Count(1);
            _table[i] = Encoding.UTF8.GetString(Take(length));
        }
    }

    private CompiledDictionaries ReadDictionaries()
    {
        var count = Count(16);
        var entries = new DictionaryEntry[count];
        var latitudes = new double?[count];
        var longitudes = new double?[count];
        for (var i = 0; i < count; i++)
        {
            var id = String();
            var kind = (EntryKind)Byte();
            var roleCount = Count(16);
            IReadOnlyList<ActorRole> roles = [];
            if (roleCount > 0)
            {
                var list = new List<ActorRole>(roleCount);
                for (var r = 0; r < roleCount; r++)
                {
                    list.Add(new ActorRole(String(), NullableString(), Date(), Date()));
                }

                roles = list;
            }

            var sectors = Strings();
            var number = Int();
            var aliases = new List<string>(Strings());
            var attributeCount = Count(8);
            // Most entries have no attributes: they share one empty table (read-only, like every entry).
            IReadOnlyDictionary<string, string> attributes = System.Collections.Frozen.FrozenDictionary<string, string>.Empty;
            if (attributeCount > 0)
            {
                var table = new Dictionary<string, string>(attributeCount, StringComparer.Ordinal);
                for (var a = 0; a < attributeCount; a++)
                {
                    table.Add(String(), String());
                }

                attributes = table;
            }

            var file = String();
            var line = Int();
            latitudes[i] = Number();
            longitudes[i] = Number();
            entries[i] = new DictionaryEntry(id, kind, roles, sectors, number == int.MinValue ? null : number, aliases, attributes, file, line);
        }

        var tokens = Strings();
        var tokenSlots = Array<int>();
        var edgeKeys = Array<long>();
        var edgeChildren = Array<int>();
        var valueStart = Array<int>();
        var values = new TrieValue[Count(5)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new TrieValue(Int(), Bool());
        }

        var trie = new TokenTrie(new TokenTrieParts(tokens, tokenSlots, edgeKeys, edgeChildren, valueStart, values));
        return CompiledDictionaries.FromParts(entries, trie, latitudes, longitudes);
    }

    private T[] Array<T>()
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new InvalidDataException("the compiled-data cache is read on little-endian machines only");
        }

        var size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        var items = new T[Count(size)];
        Take(items.Length * size).CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(items.AsSpan()));
        return items;
    }

    private List<EventPattern> ReadPatterns()
    {
        var count = Count(8);
        var patterns = new List<EventPattern>(count);
        for (var i = 0; i < count; i++)
        {
            var id = String();
            var cameo = String();
            var elements = new PatternElement[Count(9)];
            for (var e = 0; e < elements.Length; e++)
            {
                elements[e] = new PatternElement(Strings(), Int(), Bool());
            }

            var kind = (TriggerKind)Byte();
            var directObject = Bool();
            var targetPrepositions = Strings();
            var reciprocal = Bool();
            var mutual = Bool();
            var allowNoTarget = Bool();
            var ploverMode = NullableString();
            var contexts = Strings();
            var example = NullableString();
            var file = String();
            var line = Int();
            var sourceAfterTrigger = Bool();
            var sourcePrepositions = Strings();
            var targetBeforeTrigger = Bool();
            var codesNothing = Bool();
            var secondCode = NullableString();
            var attributeCount = Count(8);
            Dictionary<string, string>? attributes = null;
            if (attributeCount > 0)
            {
                attributes = new Dictionary<string, string>(attributeCount, StringComparer.Ordinal);
                for (var a = 0; a < attributeCount; a++)
                {
                    attributes.Add(String(), String());
                }
            }

            var pattern = new EventPattern
            {
                Id = id,
                Cameo = cameo,
                Elements = elements,
                Kind = kind,
                DirectObject = directObject,
                TargetPrepositions = targetPrepositions,
                Reciprocal = reciprocal,
                Mutual = mutual,
                AllowNoTarget = allowNoTarget,
                PloverMode = ploverMode,
                Contexts = contexts,
                Example = example,
                File = file,
                Line = line,
                SourceAfterTrigger = sourceAfterTrigger,
                SourcePrepositions = sourcePrepositions,
                TargetBeforeTrigger = targetBeforeTrigger,
                CodesNothing = codesNothing,
                SecondCode = secondCode,
                TargetInVerbPhrase = Bool(),
            };
            patterns.Add(attributes is null ? pattern : pattern with { Attributes = attributes });
        }

        return patterns;
    }

    private string[] Strings()
    {
        var count = Count(4);
        if (count == 0)
        {
            return [];
        }

        var list = new string[count];
        for (var i = 0; i < count; i++)
        {
            list[i] = String();
        }

        return list;
    }

    private string String() => _table[Int()];

    private string? NullableString()
    {
        var index = Int();
        return index < 0 ? null : _table[index];
    }

    private DateOnly? Date()
    {
        var day = Int();
        return day < 0 ? null : DateOnly.FromDayNumber(day);
    }

    private double? Number() => Bool() ? BinaryPrimitives.ReadDoubleLittleEndian(Take(8)) : null;

    private bool Bool() => Byte() != 0;

    private byte Byte() => Take(1)[0];

    private int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    private long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    /// <summary>A count, checked against the bytes left (at least <paramref name="minBytesEach"/> per item), so a bad one cannot ask for a huge array.</summary>
    private int Count(int minBytesEach)
    {
        var count = Int();
        if (count < 0 || (long)count * minBytesEach > _end - _position)
        {
            throw new InvalidDataException("count " + count + " does not fit the cache payload");
        }

        return count;
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > _end - _position)
        {
            throw new InvalidDataException("cache payload ends early");
        }

        var span = new ReadOnlySpan<byte>(_data, _position, length);
        _position += length;
        return span;
    }
}

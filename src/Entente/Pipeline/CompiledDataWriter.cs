using System.Text;
using Entente.Coding;
using Entente.Dictionaries;

namespace Entente.Pipeline;

/// <summary>Serialises compiled dictionaries and patterns into the cache payload: a string table, then the length of the
/// dictionary section, the entries and the trie, then the patterns, all referring to the table.</summary>
/// <remarks>Strings are stored once and referred to by index, so the reader also shares one instance per distinct string.</remarks>
internal sealed class CompiledDataWriter
{
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<string> _table = [];
    private readonly MemoryStream _body = new();
    private readonly BinaryWriter _out;

    private CompiledDataWriter() => _out = new BinaryWriter(_body, Encoding.UTF8, leaveOpen: true);

    /// <summary>The payload for <paramref name="dictionaries"/> and <paramref name="patterns"/>.</summary>
    public static byte[] Payload(CompiledDictionaries dictionaries, PatternSet patterns)
    {
        var writer = new CompiledDataWriter();
        // The dictionaries' length comes first, so a reader can decode the patterns at the same time (on another core).
        writer._out.Write(0);
        writer.WriteDictionaries(dictionaries);
        writer._out.Flush();
        var dictionariesEnd = writer._body.Position;
        writer._body.Position = 0;
        writer._out.Write(checked((int)(dictionariesEnd - sizeof(int))));
        writer._out.Flush();
        writer._body.Position = dictionariesEnd;
        writer.WritePatterns(patterns.Patterns);
        return writer.Finish();
    }

    private byte[] Finish()
    {
        _out.Flush();
        using var all = new MemoryStream((int)_body.Length + (_table.Count * 16));
        using (var head = new BinaryWriter(all, Encoding.UTF8, leaveOpen: true))
        {
            head.Write(_table.Count);
            foreach (var s in _table)
            {
                var bytes = Encoding.UTF8.GetBytes(s);
                head.Write(bytes.Length);
                head.Write(bytes);
            }
        }

        _body.Position = 0;
        _body.CopyTo(all);
        _out.Dispose();
        _body.Dispose();
        return all.ToArray();
    }

    private void WriteDictionaries(CompiledDictionaries dictionaries)
    {
        var entries = dictionaries.Entries;
        _out.Write(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            String(e.Id);
            _out.Write((byte)e.Kind);
            _out.Write(e.Roles.Count);
            foreach (var role in e.Roles)
            {
                String(role.Part);
                NullableString(role.Sector);
                Date(role.From);
                Date(role.To);
            }

            Strings(e.Sectors);
            _out.Write(e.Count ?? int.MinValue);
            Strings(e.Aliases);
            _out.Write(e.Attributes.Count);
            foreach (var (key, value) in e.Attributes)
            {
                String(key);
                String(value);
            }

            String(e.File);
            _out.Write(e.Line);
            Number(dictionaries.Latitude(i));
            Number(dictionaries.Longitude(i));
        }

        var trie = dictionaries.Trie.Export();
        Strings(trie.Tokens);
        Array(trie.TokenSlots);
        Array(trie.EdgeKeys);
        Array(trie.EdgeChildren);
        Array(trie.ValueStart);
        _out.Write(trie.Values.Length);
        foreach (var value in trie.Values)
        {
            _out.Write(value.Entry);
            _out.Write(value.Plural);
        }
    }

    /// <summary>A length and the raw little-endian elements: the reader copies them back in one go.</summary>
    private void Array<T>(T[] items)
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the compiled-data cache is written on little-endian machines only");
        }

        _out.Write(items.Length);
        _out.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(items.AsSpan()));
    }

    private void WritePatterns(IReadOnlyList<EventPattern> patterns)
    {
        _out.Write(patterns.Count);
        foreach (var p in patterns)
        {
            // Every property of EventPattern, in declaration order; CompiledDataCacheTests fails when one is added.
            String(p.Id);
            String(p.Cameo);
            _out.Write(p.Elements.Count);
            foreach (var element in p.Elements)
            {
                Strings(element.Forms);
                _out.Write(element.MaxGap);
                _out.Write(element.IsHead);
            }

            _out.Write((byte)p.Kind);
            _out.Write(p.DirectObject);
            Strings(p.TargetPrepositions);
            _out.Write(p.Reciprocal);
            _out.Write(p.Mutual);
            _out.Write(p.AllowNoTarget);
            NullableString(p.PloverMode);
            Strings(p.Contexts);
            NullableString(p.Example);
            String(p.File);
            _out.Write(p.Line);
            _out.Write(p.SourceAfterTrigger);
            Strings(p.SourcePrepositions);
            _out.Write(p.TargetBeforeTrigger);
            _out.Write(p.CodesNothing);
            NullableString(p.SecondCode);
            _out.Write(p.Attributes.Count);
            foreach (var (key, value) in p.Attributes)
            {
                String(key);
                String(value);
            }

            _out.Write(p.TargetInVerbPhrase);
        }
    }

    private void Strings(IReadOnlyList<string> list)
    {
        _out.Write(list.Count);
        foreach (var s in list)
        {
            String(s);
        }
    }

    private void String(string s)
    {
        if (!_strings.TryGetValue(s, out var index))
        {
            index = _table.Count;
            _strings.Add(s, index);
            _table.Add(s);
        }

        _out.Write(index);
    }

    private void NullableString(string? s)
    {
        if (s is null)
        {
            _out.Write(-1);
        }
        else
        {
            String(s);
        }
    }

    private void Date(DateOnly? date) => _out.Write(date?.DayNumber ?? -1);

    private void Number(double? value)
    {
        _out.Write(value.HasValue);
        if (value.HasValue)
        {
            _out.Write(value.Value);
        }
    }
}

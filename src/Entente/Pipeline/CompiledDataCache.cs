using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.Coding;
using Entente.Dictionaries;

namespace Entente.Pipeline;

/// <summary>Keeps the compiled dictionaries (entries, alias trie) and the parsed patterns in one binary file, so that a
/// fresh process skips parsing and compiling them.</summary>
/// <remarks>
/// The file is named after a SHA-256 key over the format version, the build of this library and the name and content of
/// every source file, so a changed dictionary or pattern file (or a rebuilt coder) simply misses and is compiled again.
/// A file is trusted only when its header, length and payload hash check out; anything else is reported once through
/// the warning callback and the sources are compiled instead (and the file rewritten). Writes go to a temporary file
/// renamed into place, so concurrent processes never see half a file.
/// </remarks>
public sealed class CompiledDataCache
{
    /// <summary>Bumped whenever the payload layout changes.</summary>
    public const int FormatVersion = 2;

    private const int KeptFiles = 8;
    private static readonly byte[] _magic = "ENTCACHE"u8.ToArray();
    private static readonly int _headerLength = _magic.Length + 4 + 32 + 4 + 32;

    private readonly string _directory;
    private readonly Action<string> _warn;

    /// <summary>A cache in <paramref name="directory"/> (null: <see cref="DefaultDirectory"/>), reporting problems to <paramref name="warn"/> (null: standard error).</summary>
    public CompiledDataCache(string? directory = null, Action<string>? warn = null)
    {
        _directory = directory ?? DefaultDirectory();
        _warn = warn ?? (message => Console.Error.WriteLine(message));
    }

    /// <summary><c>$XDG_CACHE_HOME/entente</c>, else <c>~/.cache/entente</c>, else a folder under the temporary path.</summary>
    public static string DefaultDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "entente");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? Path.Combine(Path.GetTempPath(), "entente-cache") : Path.Combine(home, ".cache", "entente");
    }

    /// <summary>The cache file that holds (or would hold) the compiled form of these two folders.</summary>
    public string PathFor(string dictionaryDirectory, string patternDirectory) =>
        Path.Combine(_directory, "compiled-" + Convert.ToHexStringLower(SourceKey(dictionaryDirectory, patternDirectory).AsSpan(0, 8)) + ".bin");

    /// <summary>Reads the compiled data of the two folders from the cache, or compiles them (and writes the cache) when it is missing, stale or corrupt.</summary>
    public CompiledData Load(string dictionaryDirectory, string patternDirectory)
    {
        ArgumentNullException.ThrowIfNull(dictionaryDirectory);
        ArgumentNullException.ThrowIfNull(patternDirectory);
        var key = SourceKey(dictionaryDirectory, patternDirectory);
        var path = Path.Combine(_directory, "compiled-" + Convert.ToHexStringLower(key.AsSpan(0, 8)) + ".bin");
        byte[]? bytes = null;
        try
        {
            if (File.Exists(path))
            {
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _warn("entente: cannot read the compiled-data cache " + path + " (" + e.Message + "); compiling the dictionaries instead");
        }

        if (bytes is not null)
        {
            if (Validate(bytes, key) is { } problem)
            {
                _warn("entente: ignoring the compiled-data cache " + path + ": " + problem + "; compiling the dictionaries instead");
            }
            else
            {
                try
                {
                    var (dictionaries, patterns) = CompiledDataReader.Read(bytes, _headerLength, bytes.Length - _headerLength);
                    return new CompiledData(dictionaries, patterns, FromCache: true);
                }
                catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentException)
                {
                    _warn("entente: ignoring the compiled-data cache " + path + ": " + e.Message + "; compiling the dictionaries instead");
                }
            }
        }

        var compiled = DictionarySet.Load(dictionaryDirectory).Compile();
        var parsed = PatternLoader.Load(patternDirectory);
        Write(path, key, compiled, parsed);
        return new CompiledData(compiled, parsed, FromCache: false);
    }

    /// <summary>The SHA-256 key of the sources: format version, this library's build, and every <c>*.txt</c> of both folders (path and content).</summary>
    public static byte[] SourceKey(string dictionaryDirectory, string patternDirectory)
    {
        ArgumentNullException.ThrowIfNull(dictionaryDirectory);
        ArgumentNullException.ThrowIfNull(patternDirectory);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "entente-compiled-data v" + FormatVersion.ToString(CultureInfo.InvariantCulture));
        // A rebuilt library may parse or compile differently (a new plural rule, a new pattern attribute).
        Append(hash, typeof(CompiledDataCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var directory in (ReadOnlySpan<string>)[dictionaryDirectory, patternDirectory])
        {
            Append(hash, Path.GetFullPath(directory));
            foreach (var file in DictionarySet.FilesIn(directory))
            {
                var content = File.ReadAllBytes(file);
                Append(hash, Path.GetFileName(file) + "\n" + content.Length.ToString(CultureInfo.InvariantCulture));
                hash.AppendData(content);
            }
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Why a cache file cannot be trusted for <paramref name="key"/>, or null when it can.</summary>
    internal static string? Validate(byte[] bytes, byte[] key)
    {
        if (bytes.Length < _headerLength)
        {
            return "truncated header (" + bytes.Length.ToString(CultureInfo.InvariantCulture) + " bytes)";
        }

        var span = bytes.AsSpan();
        if (!span[.._magic.Length].SequenceEqual(_magic))
        {
            return "not an Entente cache file";
        }

        var at = _magic.Length;
        var version = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
        if (version != FormatVersion)
        {
            return "format version " + version.ToString(CultureInfo.InvariantCulture) + ", expected " + FormatVersion.ToString(CultureInfo.InvariantCulture);
        }

        at += 4;
        if (!span.Slice(at, 32).SequenceEqual(key))
        {
            return "written for other sources";
        }

        at += 32;
        var length = BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
        at += 4;
        if (length != bytes.Length - _headerLength)
        {
            return "payload of " + (bytes.Length - _headerLength).ToString(CultureInfo.InvariantCulture) + " bytes, expected " + length.ToString(CultureInfo.InvariantCulture) + " (truncated?)";
        }

        Span<byte> actual = stackalloc byte[32];
        SHA256.HashData(span[_headerLength..], actual);
        return actual.SequenceEqual(span.Slice(at, 32)) ? null : "payload hash mismatch (corrupt)";
    }

    /// <summary>The whole file: header (magic, version, source key, payload length, payload hash) and payload.</summary>
    internal static byte[] Serialize(byte[] key, CompiledDictionaries dictionaries, PatternSet patterns)
    {
        var payload = CompiledDataWriter.Payload(dictionaries, patterns);
        var file = new byte[_headerLength + payload.Length];
        var span = file.AsSpan();
        _magic.CopyTo(span);
        var at = _magic.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], FormatVersion);
        at += 4;
        key.CopyTo(span[at..]);
        at += 32;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], payload.Length);
        at += 4;
        SHA256.HashData(payload, span.Slice(at, 32));
        payload.CopyTo(span[_headerLength..]);
        return file;
    }

    private void Write(string path, byte[] key, CompiledDictionaries dictionaries, PatternSet patterns)
    {
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(_directory);
            File.WriteAllBytes(temporary, Serialize(key, dictionaries, patterns));
            File.Move(temporary, path, overwrite: true);
            RemoveOldFiles(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _warn("entente: cannot write the compiled-data cache " + path + " (" + e.Message + "); the next start compiles again");
            TryDelete(temporary);
        }
    }

    /// <summary>Every rebuild or dictionary edit makes a new file: keep the most recent few (other checkouts share the folder).</summary>
    private void RemoveOldFiles(string current)
    {
        var files = new DirectoryInfo(_directory).GetFiles("compiled-*.bin");
        if (files.Length <= KeptFiles)
        {
            return;
        }

        Array.Sort(files, (a, b) => b.LastWriteTimeUtc.CompareTo(a.LastWriteTimeUtc));
        for (var i = KeptFiles; i < files.Length; i++)
        {
            if (!string.Equals(files[i].FullName, Path.GetFullPath(current), StringComparison.Ordinal))
            {
                TryDelete(files[i].FullName);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process may be using or removing it; an old cache file left behind does no harm.
        }
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData("\n"u8);
    }
}

using System.IO.Compression;
using System.Runtime.CompilerServices;
using Entente.Model;

namespace Entente.Text;

/// <summary>Turns command-line paths (files, directories, ".gz", "-" for stdin) into one stream of documents.</summary>
/// <remarks>
/// Directories are walked recursively in ordinal name order, skipping dot-files and files of unknown format.
/// A missing or unreadable named path is fatal; a bad record or an unreadable file found by a walk is recoverable
/// and goes to <see cref="InputOptions.OnRecoverableError"/> when set. The counters let the caller report an
/// input that held no document at all. One instance is one reading session: ids are kept unique across its calls.
/// </remarks>
public sealed class InputOpener
{
    private readonly InputOptions _options;
    private readonly Action<InputException>? _report;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>Creates an opener with <paramref name="options"/> (defaults when null).</summary>
    public InputOpener(InputOptions? options = null)
    {
        _options = options ?? new InputOptions();
        if (_options.OnRecoverableError is { } callback)
        {
            _report = e =>
            {
                ErrorCount++;
                callback(e);
            };
        }
    }

    /// <summary>Documents yielded so far.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Recoverable errors reported so far (records or files skipped).</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Files (and stdin) opened so far.</summary>
    public int FileCount { get; private set; }

    /// <summary>The format a path's extension names (looking inside ".gz"), or null when unknown.</summary>
    public static InputFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        string extension = Path.GetExtension(name).ToLowerInvariant();
        return extension switch
        {
            ".txt" or ".text" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            ".csv" => InputFormat.Csv,
            _ => null,
        };
    }

    /// <summary>Streams the documents of every path in order; "-" reads standard input.</summary>
    public async IAsyncEnumerable<Document> ReadAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            if (path == "-")
            {
                var stdin = (_options.OpenStandardInput ?? Console.OpenStandardInput)();
                await foreach (var document in ReadStreamAsync(stdin, "-", null, cancellationToken).ConfigureAwait(false))
                {
                    yield return document;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (string file in Walk(path))
                {
                    await foreach (var document in ReadFileAsync(file, FormatOf(file)!.Value, named: false, cancellationToken).ConfigureAwait(false))
                    {
                        yield return document;
                    }
                }
            }
            else
            {
                var format = FormatOf(path) ?? _options.UnknownExtensionFormat;
                await foreach (var document in ReadFileAsync(path, format, named: true, cancellationToken).ConfigureAwait(false))
                {
                    yield return document;
                }
            }
        }
    }

    /// <summary>
    /// Streams the documents of one open stream (disposed at the end). A null <paramref name="format"/> sniffs it:
    /// gzip magic is decompressed, then a first non-space character '{' means JSONL, anything else plain text.
    /// </summary>
    public async IAsyncEnumerable<Document> ReadStreamAsync(Stream stream, string path, InputFormat? format, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        FileCount++;
        Stream input = stream;
        try
        {
            if (format is null)
            {
                (input, format) = await SniffAsync(input, cancellationToken).ConfigureAwait(false);
            }
            else if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                input = new GZipStream(input, CompressionMode.Decompress);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            await input.DisposeAsync().ConfigureAwait(false);
            Report(new InputException(path, null, $"cannot read: {e.Message}") { Recoverable = true });
            yield break;
        }

        await using (input.ConfigureAwait(false))
        {
            var documents = ReaderFor(format.Value).Read(input, _options.SourceFor(path), cancellationToken);
            var enumerator = documents.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                while (true)
                {
                    try
                    {
                        if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (Exception e) when (e is IOException or InvalidDataException)
                    {
                        // A truncated .gz or a failing disk: what was read stays, the rest of this file is lost.
                        Report(new InputException(path, null, $"cannot read: {e.Message}") { Recoverable = true });
                        break;
                    }

                    DocumentCount++;
                    yield return Unique(enumerator.Current);
                }
            }
        }
    }

    private async IAsyncEnumerable<Document> ReadFileAsync(string path, InputFormat? format, bool named, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(path, null, "no such file or directory");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var error = new InputException(path, null, $"cannot open: {e.Message}") { Recoverable = !named };
            if (named)
            {
                throw error;
            }

            Report(error);
            yield break;
        }

        await foreach (var document in ReadStreamAsync(stream, path, format, cancellationToken).ConfigureAwait(false))
        {
            yield return document;
        }
    }

    private IReader ReaderFor(InputFormat format) => format switch
    {
        InputFormat.Html => new HtmlReader(_report),
        InputFormat.Jsonl => new JsonlReader(_report),
        InputFormat.Csv => new CsvReader(_report),
        _ => new TextFileReader(_report),
    };

    private Document Unique(Document document)
    {
        if (!_options.MakeIdsUnique || _ids.Add(document.Id))
        {
            return document;
        }

        for (int n = 2; ; n++)
        {
            string candidate = $"{document.Id}#{n}";
            if (_ids.Add(candidate))
            {
                return document with { Id = candidate };
            }
        }
    }

    private void Report(InputException error)
    {
        if (_report is null)
        {
            throw error;
        }

        _report(error);
    }

    private IEnumerable<string> Walk(string directory)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(new InputException(directory, null, $"cannot list: {e.Message}") { Recoverable = true });
            yield break;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (string entry in entries)
        {
            if (Path.GetFileName(entry).StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                // Linked directories are not followed: a link back up the tree would never end.
                if (new DirectoryInfo(entry).LinkTarget is not null)
                {
                    continue;
                }

                foreach (string file in Walk(entry))
                {
                    yield return file;
                }
            }
            else if (FormatOf(entry) is not null)
            {
                yield return entry;
            }
        }
    }

    private static async Task<(Stream Stream, InputFormat Format)> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] prefix = await PeekAsync(stream, 2, cancellationToken).ConfigureAwait(false);
        stream = new PeekStream(stream, prefix);
        if (prefix.Length >= 2 && prefix[0] == 0x1F && prefix[1] == 0x8B)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        // Read until the first byte that is neither whitespace nor part of a BOM.
        var seen = new List<byte>();
        var chunk = new byte[4096];
        InputFormat format = InputFormat.Text;
        while (true)
        {
            int read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            int start = seen.Count;
            seen.AddRange(chunk.AsSpan(0, read));
            int found = -1;
            for (int i = start; i < seen.Count; i++)
            {
                byte b = seen[i];
                bool bom = i < 3 && b is 0xEF or 0xBB or 0xBF;
                if (!bom && b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    found = i;
                    break;
                }
            }

            if (found >= 0)
            {
                format = seen[found] == (byte)'{' ? InputFormat.Jsonl : InputFormat.Text;
                break;
            }
        }

        return (new PeekStream(stream, [.. seen]), format);
    }

    private static async Task<byte[]> PeekAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[count];
        int total = 0;
        while (total < count)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer[..total];
    }
}

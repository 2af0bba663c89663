using System.Runtime.CompilerServices;
using Entente.Model;
using Entente.Text;

namespace Entente.Cli.Store;

/// <summary>
/// The files an ingest reads, expanded up front (so a missing path fails before the store is touched) and measured (so
/// progress has a total); read through <see cref="InputOpener"/> with the bytes counted.
/// </summary>
/// <remarks>Directories are walked as <see cref="InputOpener"/> walks them: ordinal order, no dot-files, no linked folders, known formats only.</remarks>
internal sealed class IngestInput
{
    private readonly List<(string Path, bool Named)> _files = [];
    private readonly ConditionalWeakTable<Document, DocumentOrigin> _origins = [];
    private readonly List<InputException> _walkErrors = [];

    /// <summary>Expands <paramref name="paths"/>; throws <see cref="InputException"/> for a named path that does not exist.</summary>
    public IngestInput(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        long total = 0;
        var known = true;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                _files.Add((path, true));
                known = false;
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(path, _walkErrors))
                {
                    _files.Add((file, false));
                    total += SizeOf(file);
                }
            }
            else if (File.Exists(path))
            {
                _files.Add((path, true));
                total += SizeOf(path);
            }
            else
            {
                throw new InputException(path, null, "no such file or directory");
            }
        }

        TotalBytes = known ? total : null;
        Names = [.. paths];
    }

    /// <summary>The inputs as given (for messages).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Total input bytes, or null when standard input is among the inputs.</summary>
    public long? TotalBytes { get; }

    /// <summary>Bytes read so far (compressed bytes for .gz files).</summary>
    public ByteCounter BytesRead { get; } = new();

    /// <summary>The file a document read by <see cref="ReadAsync"/> came from.</summary>
    public string PathOf(Document document) => _origins.TryGetValue(document, out var origin) ? origin.Path : document.Id;

    /// <summary>Input bytes read when the document came out of the reader (0 when unknown).</summary>
    public long PositionOf(Document document) => _origins.TryGetValue(document, out var origin) ? origin.Position : 0;

    /// <summary>Streams every file's documents in order; files that cannot be opened inside a walked folder go to <paramref name="onError"/>.</summary>
    public async IAsyncEnumerable<Document> ReadAsync(InputOpener opener, Action<InputException> onError, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opener);
        ArgumentNullException.ThrowIfNull(onError);
        foreach (var error in _walkErrors)
        {
            onError(error);
        }

        foreach (var (path, named) in _files)
        {
            IAsyncEnumerable<Document> documents;
            if (path == "-")
            {
                documents = opener.ReadAsync([path], cancellationToken);
            }
            else
            {
                Stream stream;
                try
                {
                    stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    var error = new InputException(path, null, $"cannot open: {e.Message}") { Recoverable = !named };
                    if (named)
                    {
                        throw error;
                    }

                    onError(error);
                    continue;
                }

                // A named file of unknown extension is sniffed (format null), as `entente code` does.
                documents = opener.ReadStreamAsync(new CountingStream(stream, BytesRead), path, InputOpener.FormatOf(path), cancellationToken);
            }

            await foreach (var document in documents.ConfigureAwait(false))
            {
                _origins.AddOrUpdate(document, new DocumentOrigin(path, BytesRead.Value));
                yield return document;
            }
        }
    }

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static IEnumerable<string> Walk(string directory, List<InputException> errors)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new InputException(directory, null, $"cannot list: {e.Message}") { Recoverable = true });
            yield break;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (Path.GetFileName(entry).StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                if (new DirectoryInfo(entry).LinkTarget is not null)
                {
                    continue;
                }

                foreach (var file in Walk(entry, errors))
                {
                    yield return file;
                }
            }
            else if (InputOpener.FormatOf(entry) is not null)
            {
                yield return entry;
            }
        }
    }
}

using Entente.Model;

namespace Entente.Text;

/// <summary>How <see cref="InputOpener"/> reads its paths.</summary>
public sealed record InputOptions
{
    /// <summary>Publication date for documents whose input carries none (the CLI's --date). Default: none.</summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>
    /// Receives recoverable errors (a bad JSONL line or CSV record, an unreadable file inside a directory) so that
    /// reading goes on. Default null: recoverable errors are thrown like fatal ones.
    /// </summary>
    public Action<InputException>? OnRecoverableError { get; init; }

    /// <summary>Opens standard input for the path "-". Default: <see cref="Console.OpenStandardInput()"/>.</summary>
    public Func<Stream>? OpenStandardInput { get; init; }

    /// <summary>Whether a repeated id gets a "#2", "#3" ... suffix so that ids stay unique across inputs. Default true.</summary>
    public bool MakeIdsUnique { get; init; } = true;

    /// <summary>
    /// Format for an explicitly named file whose extension is unknown. Default null: sniffed like stdin
    /// (gzip magic is decompressed; a first non-space '{' means JSONL, anything else plain text).
    /// </summary>
    public InputFormat? UnknownExtensionFormat { get; init; }

    internal SourceInfo SourceFor(string path) => new(path, DefaultDate);
}

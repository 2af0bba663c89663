using System.Buffers;
using System.Text.Unicode;

namespace Entente.Text;

/// <summary>Strict UTF-8 decoding that names the line of the first invalid byte instead of replacing it.</summary>
internal static class Utf8Text
{
    /// <summary>Decodes <paramref name="bytes"/>, whose first byte is on line <paramref name="firstLine"/>; a leading BOM is dropped.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string path, int firstLine)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty)
        {
            return "";
        }

        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                int line = firstLine + bytes[..read].Count((byte)'\n');
                throw new InputException(path, line, "invalid UTF-8") { Recoverable = true };
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Whether the line holds only ASCII whitespace.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r\f\v"u8).IsEmpty;

    /// <summary>Reads a whole stream into memory (used for formats where one file is one document).</summary>
    public static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            if (remaining is >= 0 and < int.MaxValue)
            {
                byte[] all = new byte[remaining];
                await stream.ReadExactlyAsync(all, cancellationToken).ConfigureAwait(false);
                return all;
            }
        }

        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
        return memory.ToArray();
    }
}

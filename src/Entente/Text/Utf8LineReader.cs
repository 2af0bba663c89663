using System.Buffers;

namespace Entente.Text;

/// <summary>Reads a UTF-8 stream line by line as raw bytes, so that each line can be validated and numbered exactly.</summary>
/// <remarks>
/// A <see cref="StreamReader"/> decodes whole buffers ahead of the line being read, so a decoding error
/// could not name its line; splitting bytes on '\n' first keeps the line number exact.
/// </remarks>
internal sealed class Utf8LineReader : IDisposable
{
    private const int MaxLineBytes = 256 * 1024 * 1024;
    private readonly Stream _stream;
    private readonly string _path;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;

    public Utf8LineReader(Stream stream, string path)
    {
        _stream = stream;
        _path = path;
        _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    }

    /// <summary>1-based number of the current line.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The current line without its terminator ("\n" or "\r\n"); valid until the next read.</summary>
    public ReadOnlyMemory<byte> Line { get; private set; }

    public async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int lineEnd = _scanned + newline;
                SetLine(_start, lineEnd - _start);
                _start = lineEnd + 1;
                _scanned = _start;
                return true;
            }

            _scanned = _end;
            if (_eof)
            {
                if (_start < _end)
                {
                    SetLine(_start, _end - _start);
                    _start = _end;
                    _scanned = _end;
                    return true;
                }

                return false;
            }

            Compact();
            int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }
            else
            {
                _end += read;
            }
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Compact()
    {
        if (_start > 0)
        {
            int length = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, length);
            _end = length;
            _scanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxLineBytes)
            {
                throw new InputException(_path, LineNumber + 1, $"line longer than {MaxLineBytes / (1024 * 1024)} MiB");
            }

            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }

    private void SetLine(int start, int length)
    {
        LineNumber++;
        if (length > 0 && _buffer[start + length - 1] == (byte)'\r')
        {
            length--;
        }

        if (LineNumber == 1 && length >= 3 && _buffer[start] == 0xEF && _buffer[start + 1] == 0xBB && _buffer[start + 2] == 0xBF)
        {
            start += 3;
            length -= 3;
        }

        Line = _buffer.AsMemory(start, length);
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Model;

namespace Entente.Output;

/// <summary>Writes events as JSON Lines, one event a line, streaming.</summary>
/// <remarks>A document's lines are built in one reused buffer and written with one stream write per document (not a flush
/// and a one-byte write per event).</remarks>
public sealed class JsonlSink : IEventSink
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _writer;
    private readonly bool _evidence;

    /// <summary>Writes to <paramref name="stream"/>; <paramref name="evidence"/> adds each event's sentence.</summary>
    public JsonlSink(Stream stream, bool evidence = false, bool leaveOpen = true)
    {
        _evidence = evidence;
        _stream = stream;
        _leaveOpen = leaveOpen;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(CodedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Events.Count == 0)
        {
            return;
        }

        foreach (var ev in document.Events)
        {
            EventJson.Write(_writer, ev, _evidence ? document.Segmented : null);
            _writer.Flush();
            _writer.Reset(_buffer);
            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
        }

        await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        if (_buffer.WrittenCount > 0)
        {
            await _stream.WriteAsync(_buffer.WrittenMemory).ConfigureAwait(false);
        }

        await _stream.FlushAsync().ConfigureAwait(false);
        if (!_leaveOpen) await _stream.DisposeAsync().ConfigureAwait(false);
    }
}

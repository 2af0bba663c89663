using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Model;

namespace Entente.Output;

/// <summary>Writes events as JSON Lines, one event a line, streaming.</summary>
public sealed class JsonlSink : IEventSink
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
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
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(CodedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var ev in document.Events)
        {
            EventJson.Write(_writer, ev, _evidence ? document.Segmented : null);
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            _writer.Reset();
            await _stream.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _stream.FlushAsync().ConfigureAwait(false);
        if (!_leaveOpen) await _stream.DisposeAsync().ConfigureAwait(false);
    }
}

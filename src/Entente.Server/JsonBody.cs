using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Entente.Server;

/// <summary>A response written straight to the body with a <see cref="Utf8JsonWriter"/>, in a fixed field order and without reflection.</summary>
/// <remarks>Events go through <see cref="Output.EventJson"/>, so the API writes exactly the record <c>entente code</c> writes.</remarks>
internal sealed class JsonBody : IResult
{
    /// <summary>Writer options of every API response: the relaxed encoder keeps non-ASCII names readable, as <c>entente code</c> does.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Action<Utf8JsonWriter> _write;
    private readonly int _status;

    public JsonBody(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        _write = write;
        _status = status;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = _status;
        response.ContentType = "application/json; charset=utf-8";
        await using (var w = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            _write(w);
            await w.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}

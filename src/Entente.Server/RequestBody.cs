using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Entente.Server;

/// <summary>Reads a whole request body up to a byte limit; a larger body is an answer (413), not an exception.</summary>
internal static class RequestBody
{
    /// <summary>The body bytes, or the problem to answer with (413 when too large, 400 when the client broke off).</summary>
    public static async Task<(ReadOnlyMemory<byte> Bytes, IResult? Problem)> ReadAsync(HttpRequest request, long maxBytes)
    {
        if (request.ContentLength is { } declared && declared > maxBytes)
        {
            return (default, TooLarge(maxBytes));
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(8192);
                var n = await request.Body.ReadAsync(memory, request.HttpContext.RequestAborted).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                buffer.Advance(n);
                // Counted here as well as by Kestrel's limit: other hosts (the test server) do not enforce it.
                if (buffer.WrittenCount > maxBytes)
                {
                    return (default, TooLarge(maxBytes));
                }
            }
        }
        catch (BadHttpRequestException ex)
        {
            return (default, ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : ApiErrors.Problem(ex.StatusCode, "unreadable request body", "the request body could not be read"));
        }

        return (buffer.WrittenMemory, null);
    }

    /// <summary>The media type of the request without parameters, lower-case; empty when none is given.</summary>
    public static string MediaType(HttpRequest request)
    {
        var type = request.ContentType;
        if (string.IsNullOrEmpty(type))
        {
            return "";
        }

        var semi = type.IndexOf(';', StringComparison.Ordinal);
        return (semi < 0 ? type : type[..semi]).Trim().ToLowerInvariant();
    }

    private static IResult TooLarge(long maxBytes) =>
        ApiErrors.Problem(StatusCodes.Status413PayloadTooLarge, "request body too large", $"the body is larger than the limit of {maxBytes} bytes");
}

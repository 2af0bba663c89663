using System.Security.Cryptography;
using System.Text;

namespace Entente.Store;

/// <summary>The identity of a document for idempotent ingest: SHA-256 of its text, lower-case hex.</summary>
public static class ContentHash
{
    /// <summary>SHA-256 of the UTF-8 bytes of <paramref name="text"/>, as 64 lower-case hex digits.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var rented = max <= 4096 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(max);
        Span<byte> bytes = rented ?? stackalloc byte[max];
        try
        {
            var n = Encoding.UTF8.GetBytes(text, bytes);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes[..n], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}

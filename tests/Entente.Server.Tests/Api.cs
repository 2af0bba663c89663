using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Entente.Server.Tests;

/// <summary>Request helpers: send, read the JSON answer, check problem answers.</summary>
internal static class Api
{
    public static async Task<(HttpStatusCode Status, JsonElement Json, string Text, string? MediaType)> SendAsync(
        HttpClient client, HttpMethod method, string path, string? body = null, string? contentType = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = default(JsonElement);
        if (text.Length > 0 && (text[0] == '{' || text[0] == '['))
        {
            using var doc = JsonDocument.Parse(text);
            json = doc.RootElement.Clone();
        }

        return (response.StatusCode, json, text, response.Content.Headers.ContentType?.MediaType);
    }

    public static async Task<JsonElement> GetOkAsync(HttpClient client, string path)
    {
        var (status, json, text, _) = await SendAsync(client, HttpMethod.Get, path);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {text}");
        return json;
    }

    public static async Task<JsonElement> PostOkAsync(HttpClient client, string path, string body, string contentType)
    {
        var (status, json, text, _) = await SendAsync(client, HttpMethod.Post, path, body, contentType);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {text}");
        return json;
    }

    /// <summary>Checks an RFC 7807 answer: media type, status field, and no trace of internals.</summary>
    public static void AssertProblem((HttpStatusCode Status, JsonElement Json, string Text, string? MediaType) answer, HttpStatusCode expected)
    {
        Assert.Equal(expected, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Equal((int)expected, answer.Json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(answer.Json.GetProperty("title").GetString()));
        AssertNoInternals(answer.Text);
    }

    public static void AssertNoInternals(string body)
    {
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static long Num(this JsonElement e, string name) => e.GetProperty(name).GetInt64();
}

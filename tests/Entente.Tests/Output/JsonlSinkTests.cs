using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Model;
using Entente.Output;
using Entente.Tests.Coding;

namespace Entente.Tests.Output;

/// <summary>The JSONL sink: one line per event, in order, across documents, byte for byte what <see cref="EventJson"/> writes.</summary>
[Collection("engine")]
public sealed class JsonlSinkTests(EngineFixture fixture)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Writes_one_line_per_event_across_documents(bool evidence)
    {
        var documents = new[]
        {
            fixture.Engine.Code(new Document("a", new DateOnly(2021, 3, 4), null, null, null, "Brazil's foreign minister met his Argentine counterpart on Tuesday. Chile condemned Peru.")),
            fixture.Engine.Code(new Document("b", new DateOnly(2021, 3, 4), null, null, null, "Nothing happened here.")),
            fixture.Engine.Code(new Document("c", new DateOnly(2020, 10, 10), null, null, null, "Pakistan's army chief met the Russian ambassador on Monday.")),
        };
        // Events in the first and last documents, none in the middle one: lines must not leak across documents.
        Assert.NotEmpty(documents[0].Events);
        Assert.Empty(documents[1].Events);
        Assert.NotEmpty(documents[2].Events);

        using var stream = new MemoryStream();
        var sink = new JsonlSink(stream, evidence);
        await using (sink.ConfigureAwait(false))
        {
            foreach (var document in documents) await sink.WriteAsync(document);
        }

        Assert.Equal(Expected(documents, evidence), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task Leaves_the_stream_open_unless_told()
    {
        using var stream = new MemoryStream();
        await new JsonlSink(stream).DisposeAsync();
        Assert.True(stream.CanWrite);
        await new JsonlSink(stream, leaveOpen: false).DisposeAsync();
        Assert.False(stream.CanWrite);
    }

    private static string Expected(IEnumerable<CodedDocument> documents, bool evidence)
    {
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            foreach (var ev in document.Events)
            {
                using var one = new MemoryStream();
                using (var writer = new Utf8JsonWriter(one, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    EventJson.Write(writer, ev, evidence ? document.Segmented : null);
                }

                var line = Encoding.UTF8.GetString(one.ToArray());
                Assert.DoesNotContain('\n', line);
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }
}

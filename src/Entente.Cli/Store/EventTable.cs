using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Entente.Model;
using Entente.Output;
using Entente.Store;

namespace Entente.Cli.Store;

/// <summary>Stored events on stdout: a plain table for reading, or JSONL (the public event record) for programs.</summary>
internal static class EventTable
{
    public static void Write(TextWriter writer, IReadOnlyList<CodedEvent> events, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        var table = new TextTable("date", "source", "cameo", "target", ">quad", ">goldstein", "modality", "trigger", "event");
        foreach (var e in events)
        {
            table.Add(
                e.Date is { } d ? StoreOptions.Iso(d) : "undated",
                e.Source.Code,
                e.Cameo,
                e.Target?.Code ?? "---",
                e.QuadClass.ToString(CultureInfo.InvariantCulture),
                Formats.Signed(e.Goldstein, 1),
                StoreNames.Of(e.Modality),
                Shorten(e.Trigger.Text, 32),
                e.Id);
        }

        if (indent.Length == 0)
        {
            table.Write(writer);
            return;
        }

        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        table.Write(buffer);
        foreach (var line in buffer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            writer.WriteLine(indent + line);
        }
    }

    public static async Task WriteJsonlAsync(Stream output, IReadOnlyList<CodedEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
        var buffer = new ArrayBufferWriter<byte>(1 << 14);
        var json = new Utf8JsonWriter(buffer);
        await using (json.ConfigureAwait(false))
        {
            foreach (var e in events)
            {
                EventJson.Write(json, e);
                json.Flush();
                buffer.Write("\n"u8);
                json.Reset(buffer);
            }
        }

        await output.WriteAsync(buffer.WrittenMemory, ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}

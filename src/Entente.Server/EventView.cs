using System.Buffers;
using System.Text.Json;
using Entente.Model;
using Entente.Output;

namespace Entente.Server;

/// <summary>Writes one event for the API: the record exactly as <c>entente code --evidence</c> writes it, followed by fields for display.</summary>
/// <remarks>
/// Added fields, in this order: <c>evidence</c> {sentence, start, end} (document offsets of the sentence), <c>highlights</c>
/// {source, target, trigger, location}, each {start, end} relative to the sentence text or null, and for stored events
/// <c>event_no</c>, <c>cluster_id</c> and <c>document</c> {title, url, source, date, headline}. The record is written by
/// <see cref="EventJson"/> and extended in place, so the two can never drift apart.
/// </remarks>
internal sealed class EventView
{
    private readonly ArrayBufferWriter<byte> _event = new(2048);
    private readonly ArrayBufferWriter<byte> _extra = new(1024);
    private readonly ArrayBufferWriter<byte> _joined = new(4096);

    /// <summary>Writes <paramref name="e"/> with the sentence it came from (<paramref name="sentence"/>: text and document offsets) and, when stored, its context.</summary>
    public void Write(Utf8JsonWriter w, CodedEvent e, ReadOnlySpan<char> sentence, int sentenceStart, int sentenceEnd, bool hasSentence, EventContext? stored = null)
    {
        _event.ResetWrittenCount();
        _extra.ResetWrittenCount();
        _joined.ResetWrittenCount();
        using (var inner = new Utf8JsonWriter(_event, JsonBody.WriterOptions))
        {
            EventJson.Write(inner, e);
        }

        using (var x = new Utf8JsonWriter(_extra, JsonBody.WriterOptions))
        {
            x.WriteStartObject();
            if (hasSentence)
            {
                x.WriteStartObject("evidence");
                x.WriteString("sentence", sentence);
                x.WriteNumber("start", sentenceStart);
                x.WriteNumber("end", sentenceEnd);
                x.WriteEndObject();
            }
            else
            {
                x.WriteNull("evidence");
            }

            x.WriteStartObject("highlights");
            Span(x, "source", e.Source.Start, e.Source.End, hasSentence, sentenceStart, sentenceEnd);
            if (e.Target is { } t)
            {
                Span(x, "target", t.Start, t.End, hasSentence, sentenceStart, sentenceEnd);
            }
            else
            {
                x.WriteNull("target");
            }

            Span(x, "trigger", e.Trigger.Start, e.Trigger.End, hasSentence, sentenceStart, sentenceEnd);
            if (e.Location is { } l)
            {
                Span(x, "location", l.Start, l.End, hasSentence, sentenceStart, sentenceEnd);
            }
            else
            {
                x.WriteNull("location");
            }

            x.WriteEndObject();
            if (stored is not null)
            {
                x.WriteNumber("event_no", stored.EventNo);
                if (stored.ClusterId is { } c)
                {
                    x.WriteNumber("cluster_id", c);
                }
                else
                {
                    x.WriteNull("cluster_id");
                }

                x.WriteStartObject("document");
                Nullable(x, "title", stored.Title);
                Nullable(x, "url", stored.Url);
                Nullable(x, "source", stored.Source);
                Nullable(x, "date", stored.PublicationDate is { } d ? QueryReader.Iso(d) : null);
                x.WriteBoolean("headline", stored.IsHeadline);
                x.WriteEndObject();
            }

            x.WriteEndObject();
        }

        // {record...} + {extra...} → {record..., extra...}: drop the record's closing brace and the extra's opening one.
        var record = _event.WrittenSpan;
        var extra = _extra.WrittenSpan;
        _joined.Write(record[..^1]);
        _joined.Write(","u8);
        _joined.Write(extra[1..]);
        w.WriteRawValue(_joined.WrittenSpan, skipInputValidation: true);
    }

    private static void Span(Utf8JsonWriter x, string name, int start, int end, bool hasSentence, int sentenceStart, int sentenceEnd)
    {
        if (!hasSentence || start < sentenceStart || end > sentenceEnd || end < start)
        {
            x.WriteNull(name);
            return;
        }

        x.WriteStartObject(name);
        x.WriteNumber("start", start - sentenceStart);
        x.WriteNumber("end", end - sentenceStart);
        x.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter x, string name, string? value)
    {
        if (value is null)
        {
            x.WriteNull(name);
        }
        else
        {
            x.WriteString(name, value);
        }
    }
}

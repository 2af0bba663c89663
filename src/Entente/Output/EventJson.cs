using System.Globalization;
using System.Text.Json;
using Entente.Model;

namespace Entente.Output;

/// <summary>Writes the public event record of DESIGN.md §3 with a fixed field order, without reflection.</summary>
public static class EventJson
{
    /// <summary>Writes <paramref name="ev"/> as one JSON object; with <paramref name="evidence"/>, adds the sentence it came from.</summary>
    public static void Write(Utf8JsonWriter w, CodedEvent ev, SegmentedDocument? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(ev);
        w.WriteStartObject();
        w.WriteString("id", ev.Id);
        w.WriteString("doc_id", ev.DocId);
        w.WriteNumber("sentence", ev.Sentence);
        if (ev.Date is { } d) w.WriteString("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else w.WriteNull("date");
        w.WriteString("date_basis", Basis(ev.DateBasis));
        w.WritePropertyName("source");
        WriteActor(w, ev.Source);
        w.WritePropertyName("target");
        if (ev.Target is null) w.WriteNullValue();
        else WriteActor(w, ev.Target);
        w.WriteString("cameo", ev.Cameo);
        w.WriteString("cameo_root", ev.CameoRoot);
        w.WriteNumber("goldstein", ev.Goldstein);
        w.WriteNumber("quad_class", ev.QuadClass);
        w.WritePropertyName("plover");
        if (ev.Plover is null) w.WriteNullValue();
        else
        {
            w.WriteStartObject();
            w.WriteString("type", ev.Plover.Type);
            WriteNullable(w, "mode", ev.Plover.Mode);
            w.WriteStartArray("context");
            foreach (var c in ev.Plover.Context) w.WriteStringValue(c);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteString("modality", ModalityName(ev.Modality));
        w.WriteStartObject("trigger");
        w.WriteString("text", ev.Trigger.Text);
        w.WriteNumber("start", ev.Trigger.Start);
        w.WriteNumber("end", ev.Trigger.End);
        w.WriteEndObject();
        w.WritePropertyName("location");
        if (ev.Location is null) w.WriteNullValue();
        else
        {
            var l = ev.Location;
            w.WriteStartObject();
            w.WriteString("name", l.Name);
            WriteNullable(w, "country", l.Country);
            if (l.Latitude is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
            if (l.Longitude is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
            w.WriteNumber("start", l.Start);
            w.WriteNumber("end", l.End);
            w.WriteEndObject();
        }

        w.WriteNumber("confidence", ev.Confidence);
        w.WriteString("rule", ev.Rule);
        w.WriteStartArray("entries");
        foreach (var e in ev.Entries) w.WriteStringValue(e);
        w.WriteEndArray();
        if (evidence is not null && ev.Sentence >= 0 && ev.Sentence < evidence.Sentences.Count)
        {
            var s = evidence.Sentences[ev.Sentence];
            w.WriteStartObject("evidence");
            w.WriteString("sentence", evidence.Text.AsSpan(s.Start, s.End - s.Start));
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>The contract's name for a modality.</summary>
    public static string ModalityName(Modality m) => m switch
    {
        Modality.Asserted => "asserted",
        Modality.Negated => "negated",
        Modality.Future => "future",
        _ => "hypothetical",
    };

    /// <summary>The contract's name for a date basis.</summary>
    public static string Basis(DateBasis b) => b switch
    {
        DateBasis.Text => "text",
        DateBasis.Publication => "publication",
        _ => "unknown",
    };

    private static void WriteActor(Utf8JsonWriter w, ActorRef a)
    {
        w.WriteStartObject();
        w.WriteString("code", a.Code);
        WriteNullable(w, "country", a.Country);
        WriteNullable(w, "org", a.Org);
        WriteNullable(w, "sector", a.Sector);
        WriteNullable(w, "name", a.Name);
        w.WriteString("text", a.Text);
        w.WriteNumber("start", a.Start);
        w.WriteNumber("end", a.End);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}

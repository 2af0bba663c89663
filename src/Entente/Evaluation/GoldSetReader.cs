using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Entente.Model;
using Entente.Text;

namespace Entente.Evaluation;

/// <summary>Reads gold records from any of the gold sets' JSONL files (schema detected per line) or from a PETRARCH validation XML file.</summary>
public static class GoldSetReader
{
    /// <summary>Reads a whole gold file: PETRARCH validation XML when it starts with '&lt;', JSONL otherwise.</summary>
    public static IReadOnlyList<GoldRecord> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // Gold files are small (under a megabyte): reading whole lets the format be sniffed without losing line numbers.
        var text = File.ReadAllText(path, Encoding.UTF8);
        using var reader = new StringReader(text);
        return StartsWithMarkup(text) ? ReadPetrarchXml(reader, path) : ReadJsonl(reader, path);
    }

    /// <summary>Reads JSONL gold records, skipping blank lines; a malformed line throws <see cref="InputException"/> naming it.</summary>
    public static IReadOnlyList<GoldRecord> ReadJsonl(TextReader reader, string path = "-")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<GoldRecord>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                records.Add(ParseLine(line, path, number));
            }
        }

        return records;
    }

    /// <summary>Parses one JSONL gold record in any of the sets' schemas.</summary>
    public static GoldRecord ParseLine(string line, string path = "-", int lineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var json = JsonDocument.Parse(line);
            return ParseRecord(json.RootElement, path, lineNumber);
        }
        catch (JsonException ex)
        {
            throw Bad(path, lineNumber, $"invalid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            throw Bad(path, lineNumber, $"unexpected JSON value type: {ex.Message}");
        }
    }

    /// <summary>Reads the &lt;Sentence&gt; records of a PETRARCH validation XML file with their &lt;EventCoding&gt; elements (parses are ignored; &lt;Config&gt; options accumulate in document order).</summary>
    public static IReadOnlyList<GoldRecord> ReadPetrarchXml(TextReader reader, string path = "-")
    {
        ArgumentNullException.ThrowIfNull(reader);
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw Bad(path, ex.LineNumber == 0 ? null : ex.LineNumber, $"invalid XML: {ex.Message}");
        }

        var set = path == "-" ? "petrarch_xml" : Path.GetFileNameWithoutExtension(path);
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        var records = new List<GoldRecord>();
        foreach (var element in document.Descendants())
        {
            if (element.Name.LocalName == "Config" && element.Parent?.Name.LocalName != "Sentence")
            {
                if (element.Attribute("option")?.Value is { } option)
                {
                    config[option] = element.Attribute("value")?.Value ?? "";
                }
            }
            else if (element.Name.LocalName == "Sentence")
            {
                records.Add(ParseSentence(element, config, set, path));
            }
        }

        return records;
    }

    private static GoldRecord ParseSentence(XElement sentence, Dictionary<string, string> config, string set, string path)
    {
        var line = ((IXmlLineInfo)sentence).LineNumber;
        var id = sentence.Attribute("id")?.Value.Trim();
        if (string.IsNullOrEmpty(id))
        {
            throw Bad(path, line, "<Sentence> without an id");
        }

        var text = sentence.Element("Text")?.Value;
        if (text is null)
        {
            throw Bad(path, line, $"<Sentence id=\"{id}\"> without <Text>");
        }

        var recordConfig = new Dictionary<string, string>(config, StringComparer.Ordinal);
        foreach (var local in sentence.Elements("Config"))
        {
            if (local.Attribute("option")?.Value is { } option)
            {
                recordConfig[option] = local.Attribute("value")?.Value ?? "";
            }
        }

        var events = new List<GoldEvent>();
        string? error = null;
        var noEvents = false;
        foreach (var coding in sentence.Elements("EventCoding"))
        {
            if (coding.Attribute("error")?.Value is { } e)
            {
                error = e.Trim();
                continue;
            }

            if (coding.Attribute("noevents") is not null)
            {
                noEvents = true;
                continue;
            }

            var codingLine = ((IXmlLineInfo)coding).LineNumber;
            var cameo = coding.Attribute("eventcode")?.Value.Trim();
            if (string.IsNullOrEmpty(cameo))
            {
                throw Bad(path, codingLine, $"<EventCoding> of {id} without an eventcode");
            }

            events.Add(new GoldEvent
            {
                Sources = [ActorOrNone(coding.Attribute("sourcecode")?.Value)],
                Targets = [ActorOrNone(coding.Attribute("targetcode")?.Value)],
                Cameos = [cameo],
            });
        }

        return new GoldRecord
        {
            Id = id,
            Set = set,
            Format = GoldFormat.Petrarch,
            Date = ParseCompactDate(sentence.Attribute("date")?.Value),
            Text = CollapseWhitespace(text),
            Events = events,
            NoEventFlag = noEvents,
            Error = error,
            InputProblem = TreebankCheck.Problem(sentence.Element("Parse")?.Value),
            Config = recordConfig,
            Category = sentence.Attribute("category")?.Value.Trim(),
            Line = line,
        };
    }

    private static GoldRecord ParseRecord(JsonElement root, string path, int line)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, line, "a gold record must be a JSON object");
        }

        var id = String(root, "id") ?? throw Bad(path, line, "missing \"id\"");
        var text = String(root, "text") ?? throw Bad(path, line, $"record {id}: missing \"text\"");
        if (!root.TryGetProperty("events", out var eventsJson) || eventsJson.ValueKind != JsonValueKind.Array)
        {
            throw Bad(path, line, $"record {id}: \"events\" must be an array");
        }

        var set = String(root, "set");
        var format = DetectFormat(set, root, eventsJson);
        var events = new List<GoldEvent>(eventsJson.GetArrayLength());
        var index = 0;
        foreach (var e in eventsJson.EnumerateArray())
        {
            index++;
            if (e.ValueKind != JsonValueKind.Object)
            {
                throw Bad(path, line, $"record {id}: event {index} must be a JSON object");
            }

            var where = $"record {id}, event {index}";
            events.Add(format switch
            {
                GoldFormat.Plover => ParsePloverEvent(e),
                GoldFormat.Petrarch => ParsePetrarchEvent(e, path, line, where),
                GoldFormat.CameoManual => ParseCameoEvent(e, path, line, where),
                _ => ParseEvalEvent(e, path, line, where),
            });
        }

        var date = String(root, "date");
        return new GoldRecord
        {
            Id = id,
            Set = set,
            Format = format,
            Date = format == GoldFormat.Eval ? ParseIsoDate(date, path, line, id) : ParseCompactDate(date),
            Text = text,
            Events = events,
            NoEventFlag = Bool(root, "no_event") ?? false,
            Error = String(root, "error"),
            InputProblem = String(root, "parse_format") == "ptb" ? TreebankCheck.Problem(String(root, "parse")) : null,
            Config = ParseConfig(root),
            Category = String(root, "category"),
            Note = String(root, "note"),
            IsDocument = Bool(root, "is_document") ?? (format == GoldFormat.Eval && text.Contains('\n', StringComparison.Ordinal)),
            Line = line,
        };
    }

    private static GoldFormat DetectFormat(string? set, JsonElement root, JsonElement events)
    {
        if (set is not null)
        {
            if (set.StartsWith("petr", StringComparison.OrdinalIgnoreCase))
            {
                return GoldFormat.Petrarch;
            }

            if (set.StartsWith("plover", StringComparison.OrdinalIgnoreCase))
            {
                return GoldFormat.Plover;
            }

            if (set.StartsWith("cameo", StringComparison.OrdinalIgnoreCase))
            {
                return GoldFormat.CameoManual;
            }
        }

        // Unknown or absent set name: recognise the schema by its shape.
        foreach (var e in events.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                break;
            }

            if (e.TryGetProperty("source", out var source))
            {
                if (source.ValueKind == JsonValueKind.Array)
                {
                    return GoldFormat.Plover;
                }

                if (source.ValueKind == JsonValueKind.Null && set is not null)
                {
                    return GoldFormat.CameoManual;
                }
            }

            break;
        }

        return set is not null && String(root, "date") is { Length: 8 } ? GoldFormat.Petrarch : GoldFormat.Eval;
    }

    private static GoldEvent ParseEvalEvent(JsonElement e, string path, int line, string where)
    {
        var source = String(e, "source") ?? throw Bad(path, line, $"{where}: missing \"source\"");
        var cameo = String(e, "cameo") ?? throw Bad(path, line, $"{where}: missing \"cameo\"");
        var cameos = Alternatives(cameo);
        foreach (var code in cameos)
        {
            if (!IsCameoCode(code))
            {
                throw Bad(path, line, $"{where}: \"{code}\" is not a CAMEO code of 2 to 4 digits");
            }
        }

        Modality? modality = null;
        if (String(e, "modality") is { } m)
        {
            modality = ParseModality(m) ?? throw Bad(path, line, $"{where}: unknown modality \"{m}\" (asserted, negated, future, hypothetical)");
        }

        var sources = Alternatives(source);
        if (sources.Length == 0)
        {
            throw Bad(path, line, $"{where}: empty \"source\"");
        }

        return new GoldEvent
        {
            Sources = sources,
            Targets = String(e, "target") is { } target && Alternatives(target) is { Length: > 0 } targets ? targets : [GoldEvent.NoActor],
            Cameos = cameos,
            Modality = modality,
            SourceSector = String(e, "source_sector"),
            TargetSector = String(e, "target_sector"),
            PloverType = String(e, "plover"),
        };
    }

    private static GoldEvent ParsePetrarchEvent(JsonElement e, string path, int line, string where)
    {
        var cameo = String(e, "cameo") ?? throw Bad(path, line, $"{where}: missing \"cameo\"");
        return new GoldEvent
        {
            Sources = [ActorOrNone(String(e, "source"))],
            Targets = [ActorOrNone(String(e, "target"))],
            Cameos = Alternatives(cameo),
            PloverType = String(e, "plover"),
        };
    }

    private static GoldEvent ParseCameoEvent(JsonElement e, string path, int line, string where)
    {
        var cameo = String(e, "cameo") ?? throw Bad(path, line, $"{where}: missing \"cameo\"");
        return new GoldEvent
        {
            Sources = String(e, "source") is { } s ? Alternatives(s) : [],
            Targets = String(e, "target") is { } t ? Alternatives(t) : [],
            Cameos = Alternatives(cameo),
        };
    }

    private static GoldEvent ParsePloverEvent(JsonElement e)
    {
        var sources = PloverActors(e, "source", out var sourceSector, out var sourceCount);
        var targets = PloverActors(e, "target", out var targetSector, out var targetCount);
        if (targetCount == 0)
        {
            // No target: either a one-sided event, or a compound source acting on itself
            // ("Hungarian and Romanian officials agreed"), which EVAL.md codes one event per direction.
            targets.Add(GoldEvent.NoActor);

            // Counted over the listed actors, not their codes: two actors of one state ("the Sudanese government and the
            // SPLM/A", both SDN) still act on each other.
            if (sourceCount > 1)
            {
                targets.AddRange(sources);
            }
        }

        return new GoldEvent
        {
            Sources = sources,
            Targets = targets,
            Cameos = String(e, "cameo") is { } cameo ? Alternatives(cameo) : [],
            SourceSector = sourceSector,
            TargetSector = targetSector,
            PloverType = String(e, "plover"),
        };
    }

    private static List<string> PloverActors(JsonElement e, string name, out string? sector, out int count)
    {
        var codes = new List<string>();
        sector = null;
        count = 0;
        var sectorsDiffer = false;
        if (!e.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return codes;
        }

        foreach (var actor in list.EnumerateArray())
        {
            count++;
            if (actor.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (String(actor, "code") is { Length: > 0 } code)
            {
                AddOnce(codes, code.ToUpperInvariant());
                if (ActorKeys.IsoForLegacy(code) is { } iso)
                {
                    AddOnce(codes, iso);
                }
            }

            // Sub-sector suffixes ("CVLalb") and the "***" placeholder carry no scorable sector.
            if (String(actor, "sector") is { Length: >= 3 } raw && raw[0] != '*')
            {
                var s = raw[..3].ToUpperInvariant();
                if (sector is null)
                {
                    sector = s;
                }
                else if (sector != s)
                {
                    sectorsDiffer = true;
                }
            }
        }

        if (sectorsDiffer)
        {
            sector = null;
        }

        return codes;
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static Dictionary<string, string> ParseConfig(JsonElement root)
    {
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("config", out var json) && json.ValueKind == JsonValueKind.Object)
        {
            foreach (var option in json.EnumerateObject())
            {
                config[option.Name] = option.Value.ValueKind == JsonValueKind.String ? option.Value.GetString()! : option.Value.GetRawText();
            }
        }

        return config;
    }

    private static string ActorOrNone(string? code) =>
        string.IsNullOrWhiteSpace(code) ? GoldEvent.NoActor : code.Trim();

    private static string[] Alternatives(string value) =>
        value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static bool IsCameoCode(string code)
    {
        if (code.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Modality? ParseModality(string value) => value.Trim().ToLowerInvariant() switch
    {
        "asserted" => Modality.Asserted,
        "negated" => Modality.Negated,
        "future" => Modality.Future,
        "hypothetical" => Modality.Hypothetical,
        _ => null,
    };

    private static DateOnly? ParseIsoDate(string? value, string path, int line, string id)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Bad(path, line, $"record {id}: date \"{value}\" is not YYYY-MM-DD");
    }

    // Converted sets carry YYYYMMDD (PETRARCH), ISO placeholders (PLOVER) or nothing; an unreadable one is not an error.
    private static DateOnly? ParseCompactDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        value = value.Trim();
        return DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact) ? compact
            : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso
            : null;
    }

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool StartsWithMarkup(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '<';
            }
        }

        return false;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool? Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static InputException Bad(string path, int? line, string reason) =>
        new(path, line is 0 ? null : line, reason) { Recoverable = true };
}

using System.Globalization;

namespace Entente.Coding;

/// <summary>Parses a native pattern file (docs/pattern-format.md) into <see cref="EventPattern"/>s.</summary>
public sealed class PatternFileParser
{
    private const string Header = "#! entente-dictionary kind=patterns";
    private readonly IrregularVerbs _irregular = new();

    /// <summary>Parses the lines of <paramref name="reader"/>; <paramref name="file"/> names the source in errors.</summary>
    public IReadOnlyList<EventPattern> Parse(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var patterns = new List<EventPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            if (lineNo == 1)
            {
                if (!raw.StartsWith(Header, StringComparison.Ordinal))
                    throw new PatternException(file, 1, $"expected header '{Header} version=...'");
                continue;
            }

            var line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            var pattern = ParseLine(line, file, lineNo);
            if (!ids.Add(pattern.Id)) throw new PatternException(file, lineNo, $"duplicate id '{pattern.Id}'");
            patterns.Add(pattern);
        }

        if (lineNo == 0) throw new PatternException(file, 1, "empty pattern file");
        return patterns;
    }

    private static string StripComment(string raw)
    {
        var hash = raw.IndexOf(" #", StringComparison.Ordinal);
        if (raw.TrimStart().StartsWith('#')) return "";
        return hash >= 0 ? raw[..hash] : raw;
    }

    private EventPattern ParseLine(string line, string file, int lineNo)
    {
        var cols = line.Split(" | ");
        if (cols.Length < 4) throw new PatternException(file, lineNo, "expected 'ID | CAMEO | TRIGGER | FRAME [| ATTRIBUTES]'");
        var id = cols[0].Trim();
        if (!id.StartsWith("pattern:", StringComparison.Ordinal) || id.Length <= 8)
            throw new PatternException(file, lineNo, $"pattern id must start with 'pattern:': '{id}'");
        var cameo = cols[1].Trim();
        if (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit))
            throw new PatternException(file, lineNo, $"CAMEO code must be 2-4 digits: '{cameo}'");

        var (elements, kind) = ParseTrigger(cols[2].Trim(), file, lineNo);
        var pattern = new EventPattern
        {
            Id = id,
            Cameo = cameo,
            Elements = elements,
            Kind = kind,
            File = file,
            Line = lineNo,
        };
        pattern = ApplyFrame(pattern, cols[3].Trim(), file, lineNo);
        return cols.Length > 4 ? ApplyAttributes(pattern, cols[4].Trim(), file, lineNo) : pattern;
    }

    private (IReadOnlyList<PatternElement> Elements, TriggerKind Kind) ParseTrigger(string trigger, string file, int lineNo)
    {
        var elements = new List<PatternElement>();
        TriggerKind? kind = null;
        foreach (var part in trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("..", StringComparison.Ordinal))
            {
                var max = part.Length == 2 ? 3 : int.Parse(part.AsSpan(2), CultureInfo.InvariantCulture);
                if (elements.Count == 0) throw new PatternException(file, lineNo, "a trigger cannot start with a gap");
                elements.Add(new PatternElement([], max, false));
                continue;
            }

            if (part[0] is '~' or '^')
            {
                if (kind is not null) throw new PatternException(file, lineNo, "only one inflected head (~verb or ^noun) per trigger");
                kind = part[0] == '~' ? TriggerKind.Verb : TriggerKind.Noun;
                var forms = new List<string>();
                // "~cut|sever|break/broke/broken": alternatives by '|', each with its irregular forms after '/'.
                foreach (var alternative in part[1..].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    var pieces = alternative.Split('/', StringSplitOptions.RemoveEmptyEntries);
                    if (pieces.Length == 0) throw new PatternException(file, lineNo, $"empty head word in '{part}'");
                    forms.AddRange(kind == TriggerKind.Verb
                        ? Inflector.VerbForms(pieces[0], pieces.Skip(1).Concat(_irregular.FormsOf(pieces[0])))
                        : Inflector.NounForms(pieces[0], pieces.Skip(1)));
                }

                if (forms.Count == 0) throw new PatternException(file, lineNo, $"empty head word in '{part}'");
                elements.Add(new PatternElement(forms.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), 0, true));
                continue;
            }

            elements.Add(new PatternElement(part.Split('|', StringSplitOptions.RemoveEmptyEntries), 0, false));
        }

        if (kind is null) throw new PatternException(file, lineNo, "trigger needs one inflected head: ~verb or ^noun");
        if (elements[^1].IsGap) throw new PatternException(file, lineNo, "a trigger cannot end with a gap");
        return (elements, kind.Value);
    }

    private static EventPattern ApplyFrame(EventPattern pattern, string frame, string file, int lineNo)
    {
        var preps = new List<string>();
        var obj = false;
        var recip = false;
        var noTarget = false;
        var mutual = false;
        var sourcePreps = new List<string>();
        var targetIsSubject = false;
        foreach (var flag in frame.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (flag)
            {
                case "obj": obj = true; break;
                case "recip": recip = true; break;
                case "notarget": noTarget = true; break;
                case "mutual": mutual = true; recip = true; break;
                case "tgt:subject": targetIsSubject = true; break;
                case "-": break;
                default:
                    if (flag.StartsWith("p:", StringComparison.Ordinal) && flag.Length > 2) preps.Add(flag[2..].Replace('_', ' '));
                    else if (flag.StartsWith("src:", StringComparison.Ordinal) && flag.Length > 4) sourcePreps.Add(flag[4..].Replace('_', ' '));
                    else throw new PatternException(file, lineNo, $"unknown frame flag '{flag}' (obj, p:PREP, src:PREP, tgt:subject, recip, mutual, notarget)");
                    break;
            }
        }

        if (targetIsSubject && sourcePreps.Count == 0)
            throw new PatternException(file, lineNo, "'tgt:subject' needs the source after the trigger: add 'src:PREP'");
        return pattern with
        {
            DirectObject = obj,
            TargetPrepositions = preps,
            Reciprocal = recip,
            Mutual = mutual,
            AllowNoTarget = noTarget,
            SourceAfterTrigger = sourcePreps.Count > 0 || pattern.SourceAfterTrigger,
            SourcePrepositions = sourcePreps.Count > 0 ? sourcePreps : pattern.SourcePrepositions,
            TargetBeforeTrigger = targetIsSubject || pattern.TargetBeforeTrigger,
        };
    }

    private static EventPattern ApplyAttributes(EventPattern pattern, string attributes, string file, int lineNo)
    {
        foreach (var pair in attributes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new PatternException(file, lineNo, $"attribute must be key=value: '{pair}'");
            var key = pair[..eq].Trim();
            var value = pair[(eq + 1)..].Trim();
            pattern = key switch
            {
                "mode" => pattern with { PloverMode = value },
                "context" => pattern with { Contexts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "example" => pattern with { Example = value },
                _ => throw new PatternException(file, lineNo, $"unknown attribute '{key}' (mode, context, example)"),
            };
        }

        return pattern;
    }
}

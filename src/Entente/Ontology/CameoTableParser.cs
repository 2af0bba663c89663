using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.Text;

namespace Entente.Ontology;

/// <summary>Reads and checks the ontology table format; every error names the line.</summary>
internal static class CameoTableParser
{
    internal const string HeaderPrefix = "# entente-ontology version=";

    internal static readonly string[] Columns =
        ["code", "root", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "domains"];

    public static CameoOntology Parse(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);

        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(sourceName, null, "not valid UTF-8");
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        string? version = null;
        var headerSeen = false;
        var codes = new List<CameoCode>(320);
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (lineNumber == 1)
            {
                version = ReadVersion(line, sourceName);
                continue;
            }

            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (!headerSeen)
            {
                CheckColumns(line, sourceName, lineNumber);
                headerSeen = true;
                continue;
            }

            var code = ReadRow(line, sourceName, lineNumber);
            if (lineOf.TryGetValue(code.Code, out var first))
            {
                throw Error(sourceName, lineNumber, $"code {code.Code} repeats line {first}");
            }

            lineOf.Add(code.Code, lineNumber);
            codes.Add(code);
        }

        if (version is null)
        {
            throw new InputException(sourceName, null, "empty table");
        }

        if (codes.Count == 0)
        {
            throw new InputException(sourceName, null, "no codes");
        }

        foreach (var code in codes)
        {
            if (code.ParentCode is { } parent && !lineOf.ContainsKey(parent))
            {
                throw Error(sourceName, lineOf[code.Code], $"code {code.Code} has no parent code {parent} in the table");
            }
        }

        return new CameoOntology(codes.AsReadOnly(), version, hash);
    }

    private static string ReadVersion(ReadOnlySpan<char> line, string sourceName)
    {
        if (!line.StartsWith(HeaderPrefix, StringComparison.Ordinal))
        {
            throw Error(sourceName, 1, $"first line must be '{HeaderPrefix}<version>'");
        }

        var version = line[HeaderPrefix.Length..].Trim();
        if (version.IsEmpty || version.ContainsAny(' ', '\t'))
        {
            throw Error(sourceName, 1, "version is empty or contains spaces");
        }

        return version.ToString();
    }

    private static void CheckColumns(ReadOnlySpan<char> line, string sourceName, int lineNumber)
    {
        var expected = string.Join('\t', Columns);
        if (!line.SequenceEqual(expected))
        {
            throw Error(sourceName, lineNumber, $"column header must be '{string.Join(", ", Columns)}' separated by tabs");
        }
    }

    private static CameoCode ReadRow(ReadOnlySpan<char> line, string sourceName, int lineNumber)
    {
        Span<Range> fields = stackalloc Range[Columns.Length + 1];
        var count = line.Split(fields, '\t');
        if (count != Columns.Length)
        {
            throw Error(sourceName, lineNumber, $"expected {Columns.Length} tab-separated fields, found {count}");
        }

        var codeSpan = line[fields[0]];
        if (codeSpan.Length is < 2 or > 4 || codeSpan.ContainsAnyExceptInRange('0', '9'))
        {
            throw Error(sourceName, lineNumber, $"code '{codeSpan}' must be 2 to 4 digits");
        }

        var code = codeSpan.ToString();
        var rootValue = ((codeSpan[0] - '0') * 10) + (codeSpan[1] - '0');
        if (rootValue is < 1 or > 20)
        {
            throw Error(sourceName, lineNumber, $"code {code} does not start with a CAMEO root 01..20");
        }

        var root = line[fields[1]];
        if (!root.SequenceEqual(codeSpan[..2]))
        {
            throw Error(sourceName, lineNumber, $"root '{root}' is not the first two digits of code {code}");
        }

        var name = line[fields[2]].Trim();
        if (name.IsEmpty)
        {
            throw Error(sourceName, lineNumber, $"code {code} has no name");
        }

        var goldsteinText = line[fields[3]];
        if (!double.TryParse(goldsteinText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var goldstein)
            || goldstein is < -10 or > 10)
        {
            throw Error(sourceName, lineNumber, $"goldstein '{goldsteinText}' of code {code} is not a number in -10..10");
        }

        var quadText = line[fields[4]];
        var expectedQuad = QuadClasses.OfRoot(rootValue);
        if (!int.TryParse(quadText, NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad != expectedQuad)
        {
            throw Error(sourceName, lineNumber, $"quad_class '{quadText}' of code {code} must be {expectedQuad} for root {code[..2]}");
        }

        string? ploverType = null;
        var typeText = line[fields[5]];
        if (!typeText.IsEmpty)
        {
            ploverType = typeText.ToString();
            if (!PloverLabels.IsType(ploverType))
            {
                throw Error(sourceName, lineNumber, $"plover_type '{ploverType}' of code {code} is not a current PLOVER type");
            }
        }

        string? ploverMode = null;
        var modeText = line[fields[6]];
        if (!modeText.IsEmpty)
        {
            ploverMode = modeText.ToString();
            if (ploverType is null || !PloverLabels.IsMode(ploverType, ploverMode))
            {
                throw Error(sourceName, lineNumber, $"plover_mode '{ploverMode}' of code {code} is not a mode of PLOVER type '{ploverType}'");
            }
        }

        var domains = ReadDomains(line[fields[7]], code, sourceName, lineNumber);
        return new CameoCode(code, code[..2], name.ToString(), goldstein, quad, ploverType, ploverMode, domains);
    }

    private static string[] ReadDomains(ReadOnlySpan<char> text, string code, string sourceName, int lineNumber)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        var domains = new List<string>(2);
        foreach (var range in text.Split(','))
        {
            var domain = text[range].ToString();
            if (!EventDomains.IsKnown(domain))
            {
                throw Error(sourceName, lineNumber, $"domain '{domain}' of code {code} is not one of: {string.Join(", ", EventDomains.All)}");
            }

            if (domains.Contains(domain))
            {
                throw Error(sourceName, lineNumber, $"domain '{domain}' repeats in code {code}");
            }

            domains.Add(domain);
        }

        return [.. domains];
    }

    private static InputException Error(string sourceName, int line, string reason) => new(sourceName, line, reason);
}

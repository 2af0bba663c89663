using Entente.Dictionaries;

namespace Entente.Petrarch;

/// <summary>Reads a PETRARCH agents file into Entente agent entries.</summary>
/// <remarks>
/// Lines are <c>PHRASE {PLURALS} [~CODE]</c>. <c>!NAME! = A, B</c> defines a substitution set: a phrase containing
/// <c>!NAME!</c> stands for one alias per member (<c>CONGRESS!PERSON!</c> → congressman, congresswoman ...).
/// <c>{}</c> means no plural, <c>{A B}</c> gives the plurals; without braces plurals are generated. <c>[~GOV]</c> is a
/// sector added after the actor's code; <c>[NGO~]</c> a code put before it, kept as a sector and marked
/// <c>petrarch.position=prefix</c>. Multi-sector codes (<c>~GOVMED</c>) are kept whole as one sector string.
/// </remarks>
public static class PetrarchAgentReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<DictionaryEntry> ReadFile(string path, PetrarchNotes notes, ISet<string> usedIds)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(Path.GetFileName(path), reader, notes, usedIds);
    }

    /// <summary>Reads agents from <paramref name="reader"/>, reporting errors as <paramref name="file"/>:line.</summary>
    public static IReadOnlyList<DictionaryEntry> Read(string file, TextReader reader, PetrarchNotes notes, ISet<string> usedIds)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(usedIds);
        var substitutions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<DictionaryEntry>();
        foreach (var line in PetrarchText.Lines(reader))
        {
            var text = line.Text;
            if (text[0] == '!' && text.Contains('=', StringComparison.Ordinal) && !text.Contains('[', StringComparison.Ordinal))
            {
                var eq = text.IndexOf('=', StringComparison.Ordinal);
                var name = text[..eq].Trim();
                if (name.Length < 3 || name[^1] != '!') throw new DictionaryException(file, line.Number, "malformed substitution name '" + name + "' (expected !NAME!)");
                var members = text[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (members.Length == 0) throw new DictionaryException(file, line.Number, "substitution " + name + " has no members");
                substitutions[name] = members;
                continue;
            }

            try
            {
                entries.Add(ReadAgent(file, line, substitutions, notes, usedIds));
            }
            catch (DictionaryException error)
            {
                notes.Fail(error);
            }
        }

        return entries;
    }

    private static DictionaryEntry ReadAgent(string file, PetrarchLine line, Dictionary<string, string[]> substitutions, PetrarchNotes notes, ISet<string> usedIds)
    {
        var text = line.Text;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open < 0) throw new DictionaryException(file, line.Number, "agent '" + text + "' has no code");
        var (inside, next) = PetrarchText.Bracket(text, open, file, line.Number);
        if (text[next..].Trim().Length > 0) throw new DictionaryException(file, line.Number, "unexpected text after the code: '" + text[next..].Trim() + "'");
        var head = text[..open];
        string? plural = null;
        var brace = head.IndexOf('{', StringComparison.Ordinal);
        if (brace >= 0)
        {
            var close = head.IndexOf('}', brace);
            if (close < 0) throw new DictionaryException(file, line.Number, "unclosed '{' in '" + text + "'");
            var forms = head[(brace + 1)..close].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            plural = forms.Length == 0 ? "none" : string.Join(',', forms.Select(PetrarchText.Alias));
            head = head[..brace];
        }

        var aliases = new List<string>();
        foreach (var expanded in Expand(head.Trim(), substitutions, file, line.Number))
        {
            var alias = PetrarchText.Alias(expanded);
            if (alias.Length > 0 && !aliases.Contains(alias, StringComparer.Ordinal)) aliases.Add(alias);
        }

        if (aliases.Count == 0) throw new DictionaryException(file, line.Number, "empty agent phrase");
        var code = inside.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source"] = "petrarch",
            ["petrarch.code"] = code,
        };
        string sector;
        if (code.Length > 1 && code[0] == '~')
        {
            sector = code[1..];
        }
        else if (code.Length > 1 && code[^1] == '~')
        {
            sector = code[..^1];
            attributes["petrarch.position"] = "prefix";
            notes.Add("agent prefix code");
        }
        else
        {
            throw new DictionaryException(file, line.Number, "malformed agent code '[" + inside + "]' (expected [~CODE] or [CODE~])");
        }

        foreach (var c in sector)
        {
            if (!char.IsAsciiLetterOrDigit(c)) throw new DictionaryException(file, line.Number, "malformed agent code '[" + inside + "]'");
        }

        if (!Sectors.IsKnown(sector.Length >= 3 ? sector[..3] : sector)) notes.Add("agent nonstandard sector");
        if (plural is not null) attributes["plural"] = plural;
        var id = PetrarchIds.Unique("agent:petrarch-" + PetrarchText.Slug(aliases[0]), usedIds);
        return new DictionaryEntry(id, EntryKind.Agent, [], [sector], null, aliases, attributes, file, line.Number);
    }

    private static List<string> Expand(string phrase, Dictionary<string, string[]> substitutions, string file, int line)
    {
        var start = phrase.IndexOf('!', StringComparison.Ordinal);
        if (start < 0) return [phrase];
        var end = phrase.IndexOf('!', start + 1);
        if (end < 0) throw new DictionaryException(file, line, "unclosed substitution marker in '" + phrase + "'");
        var name = phrase[start..(end + 1)];
        if (!substitutions.TryGetValue(name, out var members)) throw new DictionaryException(file, line, "unknown substitution set " + name);
        var results = new List<string>();
        foreach (var member in members)
        {
            results.AddRange(Expand(phrase[..start] + member + phrase[(end + 1)..], substitutions, file, line));
        }

        return results;
    }
}

using Entente.Dictionaries;

namespace Entente.Petrarch;

/// <summary>Reads a PETRARCH/TABARI actors file into Entente actor entries (countries, organisations, people).</summary>
/// <remarks>
/// An entry is a phrase line (words joined by <c>_</c> or spaces) followed by optional <c>+</c> synonym lines and
/// codes in brackets, on the same line or on following lines: <c>[EGY]</c>, <c>[EGYMIL 770101-120812]</c>,
/// <c>[HOB &lt;950601]</c>, <c>[HOBREB &gt;990816]</c>, several codes as <c>[ELR/GAL]</c>. Dated codes become dated
/// roles in file order and an undated code becomes the last role, because PETRARCH uses it only when no dated
/// code holds. Null codes (<c>---</c>) are dropped and counted.
/// </remarks>
public static class PetrarchActorReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<DictionaryEntry> ReadFile(string path, PetrarchNotes notes, ISet<string> usedIds)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(Path.GetFileName(path), reader, notes, usedIds);
    }

    /// <summary>Reads actors from <paramref name="reader"/>, reporting errors as <paramref name="file"/>:line; ids are made unique against <paramref name="usedIds"/>.</summary>
    public static IReadOnlyList<DictionaryEntry> Read(string file, TextReader reader, PetrarchNotes notes, ISet<string> usedIds)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(usedIds);
        var entries = new List<DictionaryEntry>();
        Pending? current = null;
        foreach (var line in PetrarchText.Lines(reader))
        {
            try
            {
                current = ReadLine(file, line, current, entries, notes, usedIds);
            }
            catch (DictionaryException error)
            {
                notes.Fail(error);
            }
        }

        try
        {
            Finish(current, file, entries, notes, usedIds);
        }
        catch (DictionaryException error)
        {
            notes.Fail(error);
        }

        return entries;
    }

    private static Pending? ReadLine(string file, PetrarchLine line, Pending? current, List<DictionaryEntry> entries, PetrarchNotes notes, ISet<string> usedIds)
    {
            var text = line.Text;
            if (text[0] == '+')
            {
                if (current is null) throw new DictionaryException(file, line.Number, "synonym '" + text + "' before any actor");
                var bracket = text.IndexOf('[', StringComparison.Ordinal);
                AddPhrase(current, bracket < 0 ? text[1..] : text[1..bracket], file, line.Number);
                if (bracket >= 0) ReadCodes(current, text, bracket, file, line.Number, notes);
            }
            else if (text[0] == '[')
            {
                if (current is null) throw new DictionaryException(file, line.Number, "code '" + text + "' before any actor");
                ReadCodes(current, text, 0, file, line.Number, notes);
            }
            else
            {
                var previous = current;
                current = new Pending(line.Number);
                try
                {
                    Finish(previous, file, entries, notes, usedIds);
                }
                catch (DictionaryException error)
                {
                    notes.Fail(error);
                }

                var bracket = text.IndexOf('[', StringComparison.Ordinal);
                AddPhrase(current, bracket < 0 ? text : text[..bracket], file, line.Number);
                if (bracket >= 0) ReadCodes(current, text, bracket, file, line.Number, notes);
            }

            return current;
    }

    private static void AddPhrase(Pending current, string phrase, string file, int line)
    {
        var alias = PetrarchText.Alias(phrase);
        if (alias.Length == 0) throw new DictionaryException(file, line, "empty actor phrase");
        if (!current.Aliases.Contains(alias, StringComparer.Ordinal)) current.Aliases.Add(alias);
    }

    private static void ReadCodes(Pending current, string text, int open, string file, int line, PetrarchNotes notes)
    {
        var pos = open;
        while (pos < text.Length)
        {
            if (char.IsWhiteSpace(text[pos])) { pos++; continue; }
            if (text[pos] != '[') throw new DictionaryException(file, line, "unexpected text '" + text[pos..].Trim() + "' after a code");
            // Marked before parsing so that a malformed code is reported once, not again as a missing code.
            current.HasCode = true;
            var (inside, next) = PetrarchText.Bracket(text, pos, file, line);
            ReadCode(current, inside, file, line, notes);
            pos = next;
        }
    }

    private static void ReadCode(Pending current, string inside, string file, int line, PetrarchNotes notes)
    {
        if (inside.Length == 0) throw new DictionaryException(file, line, "empty code '[]'");
        var cut = inside.IndexOfAny([' ', '\t', '<', '>']);
        var code = (cut < 0 ? inside : inside[..cut]).ToUpperInvariant();
        var dates = cut < 0 ? string.Empty : inside[cut..].Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
        DateOnly? from = null, to = null;
        if (dates.Length > 0)
        {
            if (dates[0] == '<')
            {
                to = PetrarchText.ParseDate(dates[1..], file, line).AddDays(-1);
            }
            else if (dates[0] == '>')
            {
                from = PetrarchText.ParseDate(dates[1..], file, line).AddDays(1);
            }
            else
            {
                var dash = dates.IndexOf('-', StringComparison.Ordinal);
                if (dash < 0) throw new DictionaryException(file, line, "malformed date restriction '" + dates + "' (expected <D, >D or D-D)");
                from = PetrarchText.ParseDate(dates[..dash], file, line);
                to = PetrarchText.ParseDate(dates[(dash + 1)..], file, line);
                if (to < from) throw new DictionaryException(file, line, "date range '" + dates + "' ends before it starts");
            }
        }

        if (PetrarchText.IsNullCode(code))
        {
            notes.Add("actor null code");
            if (from is not null || to is not null) current.Dated = true;
            return;
        }

        foreach (var one in code.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var c in one)
            {
                if (!char.IsAsciiLetterOrDigit(c)) throw new DictionaryException(file, line, "malformed actor code '" + one + "'");
            }

            if (one.Length < 3) throw new DictionaryException(file, line, "actor code '" + one + "' is shorter than 3 letters");
            var (part, sector) = PetrarchText.SplitCode(one);
            var role = new ActorRole(part, sector, from, to);
            if (from is null && to is null) current.Undated.Add(role);
            else current.DatedRoles.Add(role);
        }

        if (code.Contains('/', StringComparison.Ordinal)) notes.Add("actor multiple codes");
    }

    private static void Finish(Pending? current, string file, List<DictionaryEntry> entries, PetrarchNotes notes, ISet<string> usedIds)
    {
        if (current is null) return;
        if (!current.HasCode) throw new DictionaryException(file, current.Line, "actor '" + current.Aliases[0] + "' has no code");
        var roles = new List<ActorRole>(current.DatedRoles.Count + current.Undated.Count);
        roles.AddRange(current.DatedRoles);
        roles.AddRange(current.Undated);
        if (roles.Count == 0)
        {
            notes.Add("actor with only null codes");
            return;
        }

        var kind = KindOf(roles, current.Dated || current.DatedRoles.Count > 0);
        var prefix = kind switch
        {
            EntryKind.Country => "country",
            EntryKind.Organisation => "org",
            _ => "person",
        };
        var id = PetrarchIds.Unique(prefix + ":petrarch-" + PetrarchText.Slug(current.Aliases[0]), usedIds);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source"] = "petrarch",
            ["petrarch.code"] = string.Join('/', roles.Select(r => r.Code)),
        };
        entries.Add(new DictionaryEntry(id, kind, roles, [], null, current.Aliases, attributes, file, current.Line));
    }

    // A dated history is a person's (or an office's); a bare three-letter code names a state; the rest are organisations.
    private static EntryKind KindOf(List<ActorRole> roles, bool dated)
    {
        if (dated || roles.Count > 1) return EntryKind.Person;
        var role = roles[0];
        return role.Sector is null && role.Part.Length == 3 ? EntryKind.Country : EntryKind.Organisation;
    }

    private sealed class Pending(int line)
    {
        public int Line { get; } = line;
        public List<string> Aliases { get; } = [];
        public List<ActorRole> DatedRoles { get; } = [];
        public List<ActorRole> Undated { get; } = [];
        public bool HasCode { get; set; }
        public bool Dated { get; set; }
    }
}

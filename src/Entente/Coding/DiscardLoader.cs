using Entente.Dictionaries;
using Entente.Model;
using Entente.Petrarch;
using Entente.Text;

namespace Entente.Coding;

/// <summary>Reads Entente's native discard files (docs/discard-format.md) into a <see cref="DiscardSet"/>:
/// phrases that mark a story or a sentence as not political (sports, entertainment, weather, markets ...).</summary>
public static class DiscardLoader
{
    private const string Header = "#! entente-dictionary kind=discards";
    private const string IdPrefix = "discard:";

    /// <summary>Loads every <c>*.txt</c> file of <paramref name="directory"/>, in ordinal name order; errors name file and line.</summary>
    public static DiscardSet Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = Directory.GetFiles(directory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        var all = new List<DiscardPhrase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, DiscardPhrase>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            using var reader = new StreamReader(path);
            var parsed = Parse(reader, Path.GetFileName(path));
            var fileIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var phrase in parsed)
            {
                // Parse has checked ids and phrases within the file; here only across files.
                if (fileIds.Add(phrase.Id!) && !ids.Add(phrase.Id!))
                    throw new DictionaryException(phrase.File, phrase.Line, $"duplicate id '{phrase.Id}' (also in another discard file)");
                if (phrases.TryGetValue(phrase.Text, out var other))
                    throw new DictionaryException(phrase.File, phrase.Line, $"phrase '{phrase.Text}' is already a discard at {other.File}:{other.Line}");
            }

            foreach (var phrase in parsed) phrases[phrase.Text] = phrase;
            all.AddRange(parsed);
        }

        return new DiscardSet(all);
    }

    /// <summary>Parses one discard file's lines; <paramref name="file"/> names it in errors (<c>file:line: reason</c>).</summary>
    public static IReadOnlyList<DiscardPhrase> Parse(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        var result = new List<DiscardPhrase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var segmenter = new Segmenter();
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            if (lineNo == 1)
            {
                if (!raw.StartsWith(Header + " version=", StringComparison.Ordinal) || raw.Length <= Header.Length + 9)
                    throw new DictionaryException(file, 1, $"expected header '{Header} version=...'");
                continue;
            }

            var line = StripComment(raw).Trim();
            if (line.Length == 0) continue;
            var cols = line.Split(" | ");
            if (cols.Length is < 3 or > 4) throw new DictionaryException(file, lineNo, "expected 'ID | story|sentence | PHRASES [| ATTRIBUTES]'");
            var id = cols[0].Trim();
            if (!IsValidId(id)) throw new DictionaryException(file, lineNo, $"discard id must be 'discard:' and a slug of [a-z0-9-]: '{id}'");
            if (!ids.Add(id)) throw new DictionaryException(file, lineNo, $"duplicate id '{id}'");
            var story = cols[1].Trim() switch
            {
                "story" => true,
                "sentence" => false,
                var level => throw new DictionaryException(file, lineNo, $"level must be 'story' or 'sentence': '{level}'"),
            };
            var (note, example) = cols.Length == 4 ? ParseAttributes(cols[3], file, lineNo) : (null, null);
            foreach (var alias in cols[2].Split(';'))
            {
                var words = Words(segmenter, alias.Trim());
                if (words.Length == 0) throw new DictionaryException(file, lineNo, "empty phrase (check for ';;' or a trailing ';')");
                var phrase = new DiscardPhrase(words, story, file, lineNo) { Id = id, Note = note, Example = example };
                if (seen.TryGetValue(phrase.Text, out var before))
                    throw new DictionaryException(file, lineNo, $"phrase '{phrase.Text}' is already listed on line {before}");
                seen[phrase.Text] = lineNo;
                result.Add(phrase);
            }
        }

        if (lineNo == 0) throw new DictionaryException(file, 1, "empty discard file");
        return result;
    }

    /// <summary>A phrase's tokens as the segmenter cuts text ("S&amp;P 500" is four, "Britain's" two), lowercase, so that they meet text token for token.</summary>
    private static string[] Words(Segmenter segmenter, string phrase)
    {
        if (phrase.Length == 0) return [];
        var segmented = segmenter.Segment(new Document("discard", null, null, null, null, phrase), [new TextRange(0, phrase.Length)]);
        var words = new string[segmented.Tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = phrase[segmented.Tokens[i].Start..segmented.Tokens[i].End].ToLowerInvariant();
        return words;
    }

    private static string StripComment(string raw)
    {
        if (raw.TrimStart().StartsWith('#')) return "";
        var hash = raw.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? raw[..hash] : raw;
    }

    private static bool IsValidId(string id)
    {
        if (!id.StartsWith(IdPrefix, StringComparison.Ordinal) || id.Length == IdPrefix.Length) return false;
        foreach (var c in id.AsSpan(IdPrefix.Length))
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        }

        return true;
    }

    private static (string? Note, string? Example) ParseAttributes(string attributes, string file, int lineNo)
    {
        string? note = null;
        string? example = null;
        foreach (var pair in attributes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == pair.Length - 1) throw new DictionaryException(file, lineNo, $"attribute must be key=value: '{pair}'");
            var value = pair[(eq + 1)..].Trim();
            switch (pair[..eq].Trim())
            {
                case "note": note = value; break;
                case "example": example = value; break;
                case var key: throw new DictionaryException(file, lineNo, $"unknown attribute '{key}' (note, example)");
            }
        }

        return (note, example);
    }
}

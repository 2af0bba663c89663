using System.Globalization;
using Entente.Text;

namespace Entente.Syntax;

/// <summary>Reads the lexicon's two files (<c>closed-class.tsv</c>, <c>wordnet-open-class.tsv</c>) from <c>data/lexicon</c>.</summary>
public static class PosLexiconReader
{
    /// <summary>The closed-class file's name.</summary>
    public const string ClosedFile = "closed-class.tsv";

    /// <summary>The open-class file's name.</summary>
    public const string OpenFile = "wordnet-open-class.tsv";

    /// <summary>Loads the shipped lexicon (the <c>data/lexicon</c> folder found by <see cref="DataFolders"/>).</summary>
    public static PosLexicon LoadDefault() => Load(DataFolders.Find("lexicon"));

    /// <summary>Loads both files from <paramref name="folder"/>; a malformed line throws <see cref="InputException"/> naming the file and line.</summary>
    public static PosLexicon Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var closed = new Dictionary<string, PartOfSpeech>(StringComparer.OrdinalIgnoreCase);
        var closedPath = Path.Combine(folder, ClosedFile);
        ReadLines(closedPath, (line, number) =>
        {
            var (word, rest) = Split(line, closedPath, number);
            closed[word] = ClosedClass(rest) ?? throw new InputException(closedPath, number, $"unknown word class '{rest}'");
        });

        var open = new Dictionary<string, PosWeights>(StringComparer.OrdinalIgnoreCase);
        var openPath = Path.Combine(folder, OpenFile);
        ReadLines(openPath, (line, number) =>
        {
            var (word, rest) = Split(line, openPath, number);
            open[word] = Weights(rest, openPath, number);
        });
        return new PosLexicon(closed, open);
    }

    private static void ReadLines(string path, Action<string, int> onLine)
    {
        if (!File.Exists(path)) throw new InputException(path, null, "lexicon file not found");
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            onLine(line, number);
        }
    }

    private static (string Word, string Value) Split(string line, string path, int number)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab <= 0 || tab == line.Length - 1) throw new InputException(path, number, "expected 'word<TAB>value'");
        return (line[..tab], line[(tab + 1)..].Trim());
    }

    private static PartOfSpeech? ClosedClass(string name) => name switch
    {
        "det" => PartOfSpeech.Determiner,
        "pron" => PartOfSpeech.Pronoun,
        "prep" => PartOfSpeech.Preposition,
        "conj" => PartOfSpeech.Conjunction,
        "sub" => PartOfSpeech.Subordinator,
        "modal" => PartOfSpeech.Modal,
        "aux" => PartOfSpeech.Auxiliary,
        "to" => PartOfSpeech.To,
        "neg" => PartOfSpeech.Negation,
        "num" => PartOfSpeech.Number,
        _ => null,
    };

    private static PosWeights Weights(string value, string path, int number)
    {
        int n = 0, v = 0, j = 0, r = 0;
        foreach (var part in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length < 3 || part[1] != ':' || !int.TryParse(part.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var weight))
            {
                throw new InputException(path, number, $"malformed weight '{part}' (expected e.g. 'v:12')");
            }

            switch (part[0])
            {
                case 'n': n = weight; break;
                case 'v': v = weight; break;
                case 'j': j = weight; break;
                case 'r': r = weight; break;
                default: throw new InputException(path, number, $"unknown word class '{part[0]}' (n, v, j or r)");
            }
        }

        return new PosWeights(n, v, j, r);
    }
}

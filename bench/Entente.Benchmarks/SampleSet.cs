using Entente.Model;

namespace Entente.Benchmarks;

/// <summary>The benchmark inputs written for this project (Samples/), as documents.</summary>
public sealed class SampleSet
{
    /// <summary>Publication date given to every sample, so relative dates resolve.</summary>
    public static readonly DateOnly Date = new(2024, 3, 11);

    private SampleSet(IReadOnlyList<Document> articles, IReadOnlyList<Document> sentences)
    {
        Articles = articles;
        Sentences = sentences;
    }

    /// <summary>The short articles of Samples/articles.txt, one document each (headline included in the text).</summary>
    public IReadOnlyList<Document> Articles { get; }

    /// <summary>The sentences of Samples/sentences.txt, one document each.</summary>
    public IReadOnlyList<Document> Sentences { get; }

    /// <summary>Loads the samples from the Samples folder next to the program (or in the source tree above it).</summary>
    public static SampleSet Load()
    {
        string folder = FindFolder();
        var articles = new List<Document>();
        var current = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(folder, "articles.txt")))
        {
            if (line.StartsWith('#')) continue;
            if (line == "---")
            {
                Flush();
                continue;
            }

            current.Add(line);
        }

        Flush();
        var sentences = File.ReadLines(Path.Combine(folder, "sentences.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select((l, i) => new Document($"sentence-{i + 1}", Date, null, null, "bench", l))
            .ToList();
        return new SampleSet(articles, sentences);

        void Flush()
        {
            if (current.Count == 0) return;
            articles.Add(new Document($"article-{articles.Count + 1}", Date, null, null, "bench", string.Join('\n', current)));
            current.Clear();
        }
    }

    private static string FindFolder()
    {
        // BenchmarkDotNet runs a generated host from a sub-folder of the build output: look upwards.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "Samples"), Path.Combine(dir.FullName, "bench", "Entente.Benchmarks", "Samples") })
            {
                if (File.Exists(Path.Combine(candidate, "articles.txt"))) return candidate;
            }
        }

        throw new DirectoryNotFoundException($"no Samples/articles.txt in {AppContext.BaseDirectory} or its parents");
    }
}

using Entente.Model;

namespace Entente.Store.Tests;

/// <summary>Builds synthetic coded documents: one sentence per event, each event's offsets inside its sentence.</summary>
internal static class Fixtures
{
    public static ActorRef Actor(string code, string? country, string text = "officials", string? org = null, string? sector = null, string? name = null) =>
        new(code, country, org, sector, name, text, 0, text.Length);

    public static CodedEvent Event(
        string docId, int sentence, ActorRef source, ActorRef? target, string cameo, DateOnly? date,
        Modality modality = Modality.Asserted, double goldstein = 1.0, int? quad = null, PloverCoding? plover = null) => new()
        {
            Id = $"{docId}:{sentence}:0",
            DocId = docId,
            Sentence = sentence,
            Date = date,
            DateBasis = date is null ? DateBasis.Unknown : DateBasis.Text,
            Source = source,
            Target = target,
            Cameo = cameo,
            Goldstein = goldstein,
            QuadClass = quad ?? Ontology.QuadClasses.OfCode(cameo),
            Plover = plover,
            Modality = modality,
            Trigger = new TriggerRef("met", 0, 3),
            Confidence = 0.8,
            Rule = "test:rule",
            Entries = ["entry:a", "entry:b"],
        };

    /// <summary>A document whose text is the given sentences joined by spaces, with the given events and no mentions.</summary>
    public static CodedDocument Doc(string id, string? source, DateOnly? date, IReadOnlyList<string> sentences, IReadOnlyList<CodedEvent> events, IReadOnlyList<Mention>? mentions = null)
    {
        var text = string.Join(' ', sentences);
        var ss = new Sentence[sentences.Count];
        var pos = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            ss[i] = new Sentence(i, pos, pos + sentences[i].Length, 0, 0);
            pos += sentences[i].Length + 1;
        }

        var document = new Document(id, date, "Title " + id, "https://example.org/" + id, source, text);
        return new CodedDocument(new SegmentedDocument(document, ss, []), mentions ?? [], events, []);
    }

    /// <summary>A one-sentence document with one event of the given dyad and code.</summary>
    public static CodedDocument Simple(string id, string source, DateOnly date, string a, string b, string cameo, double goldstein, string? sentence = null, Modality modality = Modality.Asserted)
    {
        var ev = Event(id, 0, Actor(a + "GOV", a, sector: "GOV"), Actor(b + "GOV", b, sector: "GOV"), cameo, date, modality, goldstein);
        return Doc(id, source, date, [sentence ?? $"{a} and {b} did {cameo} in {id}."], [ev]);
    }

    /// <summary>A fresh database path in this test run's own temp folder; folders of earlier runs are removed.</summary>
    public static string TempDb()
    {
        Directory.CreateDirectory(RunFolder.Value);
        return Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N") + ".duckdb");
    }

    // The test host is killed rather than shut down, so a run cannot clean up after itself: the next run does.
    private static readonly Lazy<string> RunFolder = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "entente-store-tests");
        if (Directory.Exists(root))
        {
            foreach (var old in Directory.EnumerateDirectories(root))
            {
                // Only folders idle for an hour: on Linux a folder in use by a concurrent run would be deleted too.
                if (Directory.GetLastWriteTimeUtc(old) > DateTime.UtcNow.AddHours(-1))
                {
                    continue;
                }

                try
                {
                    Directory.Delete(old, recursive: true);
                }
                catch (IOException)
                {
                    // Held open elsewhere (Windows): left for a later run.
                }
            }
        }

        return Path.Combine(root, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });
}

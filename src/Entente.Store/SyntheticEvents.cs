using System.Globalization;
using Entente.Model;

namespace Entente.Store;

/// <summary>Deterministic synthetic coded documents: N events among M fictional actors over a date range.</summary>
/// <remarks>
/// Each actor pair gets a fixed affinity from the seed, and draws cooperative or hostile codes accordingly, so that
/// alignment queries over the corpus have real structure to find. Actor keys are "XAA", "XAB" ... (not real countries).
/// </remarks>
public static class SyntheticEvents
{
    private static readonly (string Cameo, string Verb, double Goldstein, int Quad, string Plover, string Context)[] _cooperation =
    [
        ("040", "consulted", 1.0, 1, "CONSULT", "diplomatic"),
        ("042", "visited", 1.9, 1, "CONSULT", "diplomatic"),
        ("036", "offered talks to", 4.0, 1, "AGREE", "diplomatic"),
        ("057", "signed an accord with", 8.0, 1, "AGREE", "economic"),
        ("061", "traded with", 6.4, 2, "COOPERATE", "economic"),
        ("062", "held drills with", 7.4, 2, "COOPERATE", "military"),
        ("070", "sent aid to", 7.0, 2, "AID", "human_security"),
    ];

    private static readonly (string Cameo, string Verb, double Goldstein, int Quad, string Plover, string Context)[] _conflict =
    [
        ("111", "criticised", -2.0, 3, "ACCUSE", "diplomatic"),
        ("130", "threatened", -4.4, 3, "THREATEN", "military"),
        ("125", "rejected a proposal from", -5.0, 3, "REJECT", "diplomatic"),
        ("163", "imposed an embargo on", -8.0, 4, "SANCTION", "economic"),
        ("172", "coerced", -5.0, 4, "COERCE", "territory"),
        ("190", "shelled", -10.0, 4, "ASSAULT", "military"),
    ];

    /// <summary>The actor keys the generator uses for <paramref name="actors"/> actors.</summary>
    public static IReadOnlyList<string> ActorKeys(int actors)
    {
        var keys = new string[actors];
        for (var i = 0; i < actors; i++)
        {
            keys[i] = string.Create(3, i, static (span, n) =>
            {
                span[0] = 'X';
                span[1] = (char)('A' + (n / 26 % 26));
                span[2] = (char)('A' + (n % 26));
            });
        }

        return keys;
    }

    /// <summary>Generates the corpus lazily, document by document, in a fixed order.</summary>
    public static IEnumerable<CodedDocument> Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Actors < 2 || options.EventsPerDocument < 1 || options.To < options.From)
        {
            throw new ArgumentException("Need at least two actors, one event per document and a non-empty date range.", nameof(options));
        }

        return GenerateIterator(options);
    }

    private static IEnumerable<CodedDocument> GenerateIterator(SyntheticOptions options)
    {
        // Deterministic by design: benchmarks and tests must see the same corpus for the same seed.
#pragma warning disable CA5394
        var random = new Random(options.Seed);
        var keys = ActorKeys(options.Actors);
        var affinity = new double[options.Actors, options.Actors];
        for (var i = 0; i < options.Actors; i++)
        {
            for (var j = i + 1; j < options.Actors; j++)
            {
                affinity[i, j] = affinity[j, i] = (random.NextDouble() * 2) - 1;
            }
        }

        var days = options.To.DayNumber - options.From.DayNumber + 1;
        var written = 0;
        var docIndex = 0;
        while (written < options.Events)
        {
            var id = "syn-" + docIndex.ToString(CultureInfo.InvariantCulture);
            var date = DateOnly.FromDayNumber(options.From.DayNumber + random.Next(days));
            var source = "Outlet " + random.Next(options.Sources).ToString(CultureInfo.InvariantCulture);
            var n = Math.Min(options.EventsPerDocument, options.Events - written);
            var text = new System.Text.StringBuilder();
            var sentences = new Sentence[n + 1];
            var headline = "Report " + id + " from " + source;
            text.Append(headline);
            sentences[0] = new Sentence(0, 0, headline.Length, 0, 0, IsHeadline: true);
            var events = new CodedEvent[n];
            for (var k = 0; k < n; k++)
            {
                var a = random.Next(options.Actors);
                var b = random.Next(options.Actors - 1);
                if (b >= a)
                {
                    b++;
                }

                var cooperative = random.NextDouble() < (1 + affinity[a, b]) / 2;
                var table = cooperative ? _cooperation : _conflict;
                var code = table[random.Next(table.Length)];
                var eventDate = DateOnly.FromDayNumber(Math.Max(options.From.DayNumber, date.DayNumber - random.Next(3)));
                var sector = random.Next(4) == 0 ? "MIL" : "GOV";
                var modality = random.Next(10) == 0 ? Modality.Future : Modality.Asserted;

                text.Append(' ');
                var start = text.Length;
                var sourceText = keys[a] + " " + (sector == "MIL" ? "forces" : "officials");
                var sourceStart = text.Length;
                text.Append(sourceText).Append(' ');
                var triggerStart = text.Length;
                text.Append(code.Verb).Append(' ');
                var targetText = keys[b];
                var targetStart = text.Length;
                text.Append(targetText).Append('.');
                sentences[k + 1] = new Sentence(k + 1, start, text.Length, 0, 0);
                events[k] = new CodedEvent
                {
                    Id = id + ":" + (k + 1).ToString(CultureInfo.InvariantCulture) + ":0",
                    DocId = id,
                    Sentence = k + 1,
                    Date = eventDate,
                    DateBasis = eventDate == date ? DateBasis.Publication : DateBasis.Text,
                    Source = new ActorRef(keys[a] + sector, keys[a], null, sector, null, sourceText, sourceStart, sourceStart + sourceText.Length),
                    Target = new ActorRef(keys[b] + "GOV", keys[b], null, "GOV", null, targetText, targetStart, targetStart + targetText.Length),
                    Cameo = code.Cameo,
                    Goldstein = code.Goldstein,
                    QuadClass = code.Quad,
                    Plover = new PloverCoding(code.Plover, null, [code.Context]),
                    Modality = modality,
                    Trigger = new TriggerRef(code.Verb, triggerStart, triggerStart + code.Verb.Length),
                    Confidence = 0.5 + (random.NextDouble() / 2),
                    Rule = "synthetic:" + code.Cameo,
                    Entries = ["synthetic:" + keys[a], "synthetic:" + keys[b]],
                };
            }
#pragma warning restore CA5394

            var document = new Document(id, date, headline, "https://example.invalid/" + id, source, text.ToString());
            yield return new CodedDocument(new SegmentedDocument(document, sentences, []), [], events, []);
            written += n;
            docIndex++;
        }
    }
}

using Entente.Text;

namespace Entente.Tests.Text;

public sealed class CaselessWordTableTests
{
    private static readonly string[] Words =
        ["meet", "Meeting", "U.S.", "al-Shabaab", "don't", "don’t", "Kyiv", "Zürich", "ÉLYSÉE", "x", "talks", "Talk"];

    [Fact]
    public void Finds_every_word_in_any_case_and_nothing_else()
    {
        var table = new CaselessWordTable<int>(Words.Select((w, i) => KeyValuePair.Create(w, i)));
        Assert.Equal(Words.Length, table.Count);
        for (var i = 0; i < Words.Length; i++)
        {
            foreach (var form in new[] { Words[i], Words[i].ToUpperInvariant(), Words[i].ToLowerInvariant() })
            {
                Assert.True(table.TryGetValue(form, out var value), form);
                Assert.Equal(i, value);
            }
        }

        foreach (var absent in new[] { "", "meets", "mee", "US", "al-shabab", "dont", "Kiev", "Zurich", "talk s", "xx" })
        {
            Assert.False(table.TryGetValue(absent, out _), absent);
        }
    }

    [Fact]
    public void Agrees_with_an_ordinal_ignore_case_dictionary_on_every_probe()
    {
        // The table replaces OrdinalIgnoreCase dictionaries on the hot path: it must answer exactly as they do.
        var reference = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var random = new Random(7);
        const string alphabet = "abcdeABCDE-'’éÉüÜıİß";
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        while (reference.Count < 2000) reference.TryAdd(Word(), reference.Count);
        var table = new CaselessWordTable<int>(reference);
        for (var i = 0; i < 20000; i++)
        {
            var probe = Word();
            Assert.Equal(reference.TryGetValue(probe, out var expected), table.TryGetValue(probe, out var actual));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void A_word_listed_twice_ignoring_case_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new CaselessWordTable<int>([KeyValuePair.Create("Talks", 1), KeyValuePair.Create("TALKS", 2)]));
        Assert.Contains("TALKS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_table_answers_absent()
    {
        var table = new CaselessWordTable<string>([]);
        Assert.Equal(0, table.Count);
        Assert.False(table.TryGetValue("anything", out _));
    }
}

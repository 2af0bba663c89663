using System.Diagnostics;
using Entente.Dictionaries;
using Entente.Model;
using Xunit.Abstractions;

namespace Entente.Tests.Dictionaries;

/// <summary>Coverage of the shipped dictionaries in data/dictionaries (mechanics are tested on fixtures).</summary>
public sealed class RealDictionaryTests(ITestOutputHelper output)
{
    private static string Directory => DictionarySet.FindDefaultDirectory() ?? throw new DirectoryNotFoundException("data/dictionaries");

    [Fact]
    public void Shipped_dictionaries_lint_without_errors()
    {
        var diagnostics = DictionaryLinter.LintDirectory(Directory);
        foreach (var d in diagnostics)
        {
            output.WriteLine(d.ToString());
        }

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Shipped_dictionaries_have_the_promised_counts()
    {
        var stats = DictionaryStats.Compute(DictionarySet.Load(Directory));
        foreach (var (kind, count) in stats.EntriesByKind)
        {
            output.WriteLine(kind + ": " + count);
        }

        Assert.True(stats.EntriesByKind[EntryKind.Country] >= 250, "all 249 ISO 3166-1 entries plus Kosovo");
        // The floors: 400 organisations and agents, 5,000 places, 3,000 people.
        Assert.True(stats.EntriesByKind[EntryKind.Organisation] >= 400);
        Assert.True(stats.EntriesByKind[EntryKind.Agent] >= 400);
        Assert.True(stats.EntriesByKind[EntryKind.Person] >= 3000);
        Assert.True(stats.EntriesByKind[EntryKind.Place] >= 5000);
        Assert.True(stats.EntriesByKind[EntryKind.Capital] >= 190);
        // The vocabulary's five (EUR, MEA, AFR, ASA, WST) and LAM, which keeps "Latin American" from reading as the United States.
        Assert.Equal(6, stats.EntriesByKind[EntryKind.Region]);
    }

    [Fact]
    public void Every_fixed_vocabulary_key_is_defined()
    {
        string[] keys =
        [
            "ARABLEAGUE", "ASEAN", "AU", "BRICS", "CARICOM", "CSTO", "EAC", "EAEU", "ECOWAS", "EU", "G20", "G7", "GCC", "IAEA", "ICC", "ICJ",
            "IGAD", "IMF", "NATO", "OAS", "OIC", "OPCW", "OPEC", "OSCE", "SADC", "SCO", "UN", "WHO", "WORLDBANK", "AMNESTY", "HRW", "ICRC",
            "MSF", "ALQAEDA", "ALSHABAAB", "BOKOHARAM", "HAMAS", "HEZBOLLAH", "HOUTHIS", "ISIS", "JNIM", "PIJ", "PKK", "TALIBAN", "TTP",
            "AFR", "ASA", "EUR", "MEA", "WST", "PSE", "TWN", "HKG", "VAT",
        ];
        foreach (var key in keys)
        {
            Assert.True(DictionaryFixtures.Real.PartKind(key) is not null, key);
        }
    }

    [Fact]
    public void Cold_load_and_compile_time_is_reported()
    {
        var watch = Stopwatch.StartNew();
        var set = DictionaryFixtures.RealSet();
        var parsed = watch.Elapsed;
        var compiled = set.Compile();
        watch.Stop();
        output.WriteLine($"cold parse: {parsed.TotalMilliseconds:F1} ms, compile: {(watch.Elapsed - parsed).TotalMilliseconds:F1} ms, total {watch.Elapsed.TotalMilliseconds:F1} ms; "
            + $"{compiled.Entries.Count} entries, {compiled.Trie.TokenCount} tokens, {compiled.Trie.NodeCount} nodes, {compiled.Trie.ValueCount} values");
        Assert.True(compiled.Entries.Count > 1000);
    }

    [Fact]
    public void The_default_folder_loads_and_compiles_whatever_it_holds()
    {
        var compiled = DictionarySet.LoadDefault().Compile();
        Assert.NotNull(compiled.Find("country:pak"));
        Assert.NotNull(compiled.Find("agent:ambassador"));
    }

    [Fact]
    public void No_alias_names_two_different_actor_parts()
    {
        var stats = DictionaryStats.Compute(DictionaryFixtures.RealSet());
        foreach (var (alias, ids) in stats.AmbiguousAliases)
        {
            output.WriteLine(alias + ": " + string.Join(", ", ids));
        }

        Assert.Empty(stats.AmbiguousAliases);
    }

    [Theory]
    [InlineData("Pakistan and Russia signed.", "Actor 'Pakistan' PAK", "Actor 'Russia' RUS")]
    [InlineData("Pak-Russia defence ties", "Actor 'Pak' PAK", "Actor 'Russia' RUS")]
    [InlineData("The Pak Army and Iran-backed militias clashed.", "Actor 'Pak Army' PAKMIL", "Agent 'militias' REB")]
    [InlineData("Russian Deputy Foreign Minister Sergei Ryabkov spoke.", "Actor 'Russian Deputy Foreign Minister Sergei Ryabkov' RUSGOV")]
    [InlineData("The UN Secretary-General spoke.", "Actor 'The UN Secretary-General' UN")]
    [InlineData("UN envoy and EU foreign ministers met.", "Actor 'UN envoy' UN", "Actor 'EU foreign ministers' EU pl")]
    [InlineData("Along with China, they met.", "Actor 'China' CHN")]
    [InlineData("India is getting close to Europe and the US.", "Actor 'India' IND", "Actor 'Europe' EUR", "Actor 'the US' USA")]
    [InlineData("Peace in Afghanistan matters.", "Actor 'Afghanistan' AFG")]
    [InlineData("Latin American leaders met.", "Actor 'Latin American leaders' LAMGOV pl")]
    [InlineData("We saw Moscow hosting a meeting.", "Actor 'Moscow' RUSGOV")]
    [InlineData("The talks were held in Moscow.", "Place 'Moscow' Moscow")]
    [InlineData("Russia wants to connect it with the Eurasian Economic Union project.", "Actor 'Russia' RUS", "Actor 'the Eurasian Economic Union' EAEU")]
    [InlineData("The EAEU met.", "Actor 'EAEU' EAEU")]
    [InlineData("Over two years the two countries have been seen cosying up.", "Collective 'the two countries' - x2 pl")]
    [InlineData("Being neighbours, the three countries have stakes.", "Collective 'the three countries' - x3 pl")]
    [InlineData("He met the army chief.", "Agent 'army chief' MIL")]
    [InlineData("He met Russian Ambassador Alexey Youevich on Monday.", "Actor 'Russian Ambassador Alexey Youevich' RUSGOV")]
    [InlineData("Pakistan's army chief spoke.", "Actor 'Pakistan's army chief' PAKMIL")]
    [InlineData("Pakistani police arrested two men.", "Actor 'Pakistani police' PAKCOP")]
    [InlineData("Karachi police arrested two men.", "Actor 'Karachi police' PAKCOP")]
    [InlineData("The foreign minister of India arrived.", "Actor 'foreign minister of India' INDGOV")]
    [InlineData("The militaries of both the countries held drills.", "Collective 'militaries of both the countries' MIL x2 pl")]
    [InlineData("Troops were deployed in Rawalpindi.", "Agent 'Troops' MIL pl", "Place 'Rawalpindi' Rawalpindi")]
    [InlineData("NATO and the UN spoke; the Taliban refused.", "Actor 'NATO' NATO", "Actor 'the UN' UN", "Actor 'the Taliban' TALIBANGOV")]
    public void Seed_editorial_actors_are_recognised(string text, params string[] expected)
    {
        var mentions = DictionaryFixtures.Recognize(DictionaryFixtures.Real, text, new DateOnly(2024, 1, 15));
        var described = mentions.Select(m => DictionaryFixtures.Describe(m, text)).ToList();
        output.WriteLine(string.Join(Environment.NewLine, described));
        Assert.Equal(expected.Length, mentions.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.StartsWith(expected[i], described[i], StringComparison.Ordinal);
        }
    }

    [Theory]
    // why: a generic role noun (leader, official, spokesman, commander ...) takes its sector from the body before it.
    [InlineData("Syrian opposition leaders spoke.", "Actor 'Syrian opposition leaders' SYROPP")]
    [InlineData("A Pakistani police spokesman spoke.", "Actor 'Pakistani police spokesman' PAKCOP")]
    [InlineData("Afghan army officials spoke.", "Actor 'Afghan army officials' AFGMIL")]
    // why: alone, or after another generic role, it keeps its own sector.
    [InlineData("Indian officials spoke.", "Actor 'Indian officials' INDGOV")]
    [InlineData("The Saudi delegation leader spoke.", "Actor 'Saudi delegation leader' SAUGOV")]
    public void Generic_role_nouns_take_the_sector_of_their_body(string text, string expected)
    {
        var mention = Assert.Single(DictionaryFixtures.Recognize(DictionaryFixtures.Real, text, new DateOnly(2024, 1, 15)));
        Assert.StartsWith(expected, DictionaryFixtures.Describe(mention, text), StringComparison.Ordinal);
    }

    [Fact]
    public void Bajwa_is_army_on_2017_01_16_and_elite_on_2023_06_01()
    {
        const string text = "Chief of Army Staff Gen Qamar Javed Bajwa met Russian Ambassador Alexey Youevich.";
        var early = DictionaryFixtures.Recognize(DictionaryFixtures.Real, text, new DateOnly(2017, 1, 16));
        Assert.Equal(2, early.Count);
        Assert.Equal("Chief of Army Staff Gen Qamar Javed Bajwa", text[early[0].Start..early[0].End]);
        Assert.Equal("PAKMIL", early[0].Actor!.Code);
        Assert.Equal("person:pak-bajwa-test", early[0].Entries[0]);
        Assert.Equal("RUSGOV", early[1].Actor!.Code);
        Assert.Equal(["agent:ambassador", "adj:rus"], early[1].Entries);

        var late = DictionaryFixtures.Recognize(DictionaryFixtures.Real, "Bajwa spoke.", new DateOnly(2023, 6, 1));
        Assert.Equal("PAKELI", Assert.Single(late).Actor!.Code);
    }

    [Fact]
    public void President_Vladimir_Putin_is_one_mention()
    {
        const string text = "The people of Pakistan await the visit of President Vladimir Putin.";
        var mentions = DictionaryFixtures.Recognize(DictionaryFixtures.Real, text, new DateOnly(2017, 1, 16));
        var putin = Assert.Single(mentions, m => m.Entries.Contains("person:rus-putin-test"));
        Assert.Equal("President Vladimir Putin", text[putin.Start..putin.End]);
        Assert.Equal("RUSGOV", putin.Actor!.Code);
    }

    [Fact]
    public void Pronoun_us_is_not_the_United_States()
    {
        var mentions = DictionaryFixtures.Recognize(DictionaryFixtures.Real, "They told us nothing.");
        Assert.Empty(mentions);
    }
}

using System.Globalization;
using System.Security.Cryptography;
using Entente.Ontology;

namespace Entente.Tests.Ontology;

/// <summary>Coverage and facts of the shipped table (data/ontology/cameo.tsv).</summary>
public sealed class CameoOntologyTests(OntologyFixture fixture) : IClassFixture<OntologyFixture>
{
    private readonly CameoOntology _ontology = fixture.Ontology;

    public static TheoryData<string, double, int, string, string, string, string> Facts()
    {
        var data = new TheoryData<string, double, int, string, string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Ontology", "cameo-facts.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("code\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            data.Add(f[0], double.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4], f[5], f[6]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Facts))]
    public void Code_has_its_known_facts(string code, double goldstein, int quadClass, string ploverType, string ploverMode, string domain, string why)
    {
        Assert.True(_ontology.TryGet(code, out var cameo), $"{code} missing ({why})");
        Assert.Equal(goldstein, cameo.Goldstein, 3);
        Assert.Equal(quadClass, cameo.QuadClass);
        Assert.Equal(ploverType == "-" ? null : ploverType, cameo.PloverType);
        Assert.Equal(ploverMode == "-" ? null : ploverMode, cameo.PloverMode);
        if (domain != "-")
        {
            Assert.Contains(domain, cameo.Domains);
        }
    }

    [Fact]
    public void Facts_file_has_enough_cases() => Assert.True(Facts().Count >= 25);

    [Fact]
    public void Every_root_01_to_20_is_present()
    {
        for (var root = 1; root <= 20; root++)
        {
            var code = root.ToString("00", CultureInfo.InvariantCulture);
            Assert.True(_ontology.TryGet(code, out var cameo), $"root {code} missing");
            Assert.True(cameo.IsRoot);
            Assert.Equal(QuadClasses.OfRoot(root), cameo.QuadClass);
        }
    }

    [Fact]
    public void Table_has_the_full_code_list()
    {
        Assert.InRange(_ontology.All.Count, 300, 330);
        Assert.Equal(20, _ontology.All.Count(c => c.Code.Length == 2));
        Assert.InRange(_ontology.All.Count(c => c.Code.Length == 3), 140, 155);
        Assert.InRange(_ontology.All.Count(c => c.Code.Length == 4), 135, 150);
    }

    [Fact]
    public void Every_code_hangs_under_its_root_and_parent()
    {
        foreach (var cameo in _ontology.All)
        {
            Assert.Equal(cameo.Code[..2], cameo.Root);
            Assert.True(_ontology.IsKnown(cameo.Root), $"{cameo.Code}: root {cameo.Root} missing");
            if (cameo.Code.Length == 4)
            {
                Assert.True(_ontology.IsKnown(cameo.Code[..3]), $"{cameo.Code}: parent {cameo.Code[..3]} missing");
            }
        }
    }

    [Fact]
    public void Goldstein_and_quad_class_are_in_range()
    {
        foreach (var cameo in _ontology.All)
        {
            Assert.InRange(cameo.Goldstein, -10.0, 10.0);
            Assert.Equal(QuadClasses.OfCode(cameo.Code), cameo.QuadClass);
        }
    }

    [Fact]
    public void Only_roots_01_and_02_lack_a_plover_type()
    {
        foreach (var cameo in _ontology.All)
        {
            var dropped = cameo.Root is "01" or "02";
            Assert.True(dropped == (cameo.PloverType is null), $"{cameo.Code}: plover type '{cameo.PloverType}'");
            if (cameo.PloverType is { } type)
            {
                Assert.True(PloverLabels.IsType(type));
                Assert.True(cameo.PloverMode is null || PloverLabels.IsMode(type, cameo.PloverMode), cameo.Code);
            }
        }
    }

    [Theory]
    [InlineData("03", "AGREE")]
    [InlineData("04", "CONSULT")]
    [InlineData("05", "SUPPORT")]
    [InlineData("06", "COOPERATE")]
    [InlineData("07", "AID")]
    [InlineData("081", "CONCEDE")]
    [InlineData("083", "CONCEDE")]
    [InlineData("084", "RETREAT")]
    [InlineData("087", "RETREAT")]
    [InlineData("09", "ACCUSE")]
    [InlineData("10", "REQUEST")]
    [InlineData("11", "ACCUSE")]
    [InlineData("12", "REJECT")]
    [InlineData("13", "THREATEN")]
    [InlineData("14", "PROTEST")]
    [InlineData("15", "MOBILIZE")]
    [InlineData("16", "SANCTION")]
    [InlineData("17", "COERCE")]
    [InlineData("18", "ASSAULT")]
    [InlineData("19", "ASSAULT")]
    [InlineData("20", "ASSAULT")]
    public void Cue_categories_map_as_the_plover_manual_says(string code, string type) =>
        Assert.Equal(type, _ontology.Get(code).PloverType);

    [Fact]
    public void Names_are_short_labels_of_our_own()
    {
        foreach (var cameo in _ontology.All)
        {
            Assert.InRange(cameo.Name.Length, 3, 60);
            Assert.DoesNotContain("not specified", cameo.Name, StringComparison.OrdinalIgnoreCase);
            Assert.True(char.IsUpper(cameo.Name[0]), cameo.Code);
        }
    }

    [Fact]
    public void Domains_come_from_the_closed_vocabulary()
    {
        foreach (var cameo in _ontology.All)
        {
            Assert.All(cameo.Domains, d => Assert.True(EventDomains.IsKnown(d), $"{cameo.Code}: {d}"));
        }
    }

    [Fact]
    public void Version_is_a_date_stamp() =>
        Assert.True(DateOnly.TryParseExact(_ontology.Version, "yyyy.MM.dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), _ontology.Version);

    [Fact]
    public void Content_hash_is_the_sha256_of_the_file_and_stable()
    {
        var path = CameoOntology.FindTableFile(AppContext.BaseDirectory);
        Assert.NotNull(path);
        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(expected, _ontology.ContentHash);
        Assert.Equal(_ontology.ContentHash, CameoOntology.LoadFile(path).ContentHash);
        Assert.Equal(64, _ontology.ContentHash.Length);
    }

    [Fact]
    public void Get_of_an_unknown_code_names_it()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => _ontology.Get("903"));
        Assert.Contains("'903'", ex.Message, StringComparison.Ordinal);
        Assert.False(_ontology.IsKnown("903"));
        Assert.False(_ontology.TryGet("40", out _));
    }

    [Fact]
    public void Span_lookup_finds_a_code_inside_a_larger_text()
    {
        var text = "event=0311;".AsSpan();
        Assert.True(_ontology.TryGet(text[6..10], out var cameo));
        Assert.Equal("0311", cameo.Code);
    }

    [Theory]
    [InlineData("040", "040")]
    [InlineData("0400", "040")]
    [InlineData("04000", "040")]
    [InlineData("1717", "171")]
    [InlineData("174K", "174")]
    [InlineData("176", "17")]
    [InlineData("0999", "09")]
    public void Nearest_falls_back_to_the_closest_ancestor(string code, string expected) =>
        Assert.Equal(expected, _ontology.Nearest(code).Code);

    [Theory]
    [InlineData("903")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("ab")]
    public void Nearest_fails_without_a_known_root(string code)
    {
        Assert.False(_ontology.TryNearest(code, out _));
        Assert.Throws<KeyNotFoundException>(() => _ontology.Nearest(code));
    }

    [Fact]
    public void ToPlover_gives_type_mode_and_contexts()
    {
        var meeting = _ontology.ToPlover("040");
        Assert.NotNull(meeting);
        Assert.Equal("CONSULT", meeting.Type);
        Assert.Null(meeting.Mode);
        Assert.Equal(["diplomatic"], meeting.Context);

        var visit = _ontology.ToPlover("042");
        Assert.Equal("visit", visit?.Mode);

        Assert.Equal(["economic"], _ontology.ToPlover("0311")?.Context);
        Assert.Equal("ASSAULT", _ontology.ToPlover("190")?.Type);
    }

    [Fact]
    public void ToPlover_merges_extra_contexts_without_repeats()
    {
        var coding = _ontology.ToPlover("040", ["military", "diplomatic", "military"]);
        Assert.Equal(["diplomatic", "military"], coding?.Context);

        // Domains become PLOVER contexts; PLOVER contexts pass through unchanged.
        var restriction = _ontology.ToPlover("1721", ["political", "election"]);
        Assert.Equal(["rights_freedoms", "political_institutions", "election"], restriction?.Context);
    }

    [Fact]
    public void ToPlover_leaves_out_security_which_plover_lacks() =>
        Assert.Empty(_ontology.ToPlover("151")!.Context);

    [Fact]
    public void ToPlover_without_extras_reuses_the_prebuilt_coding() =>
        Assert.Same(_ontology.ToPlover("040"), _ontology.ToPlover("040", []));

    [Theory]
    [InlineData("012")]
    [InlineData("0233")]
    [InlineData("903")]
    public void ToPlover_is_null_for_dropped_or_unknown_codes(string code) =>
        Assert.Null(_ontology.ToPlover(code));

    [Fact]
    public void ToPlover_of_an_unlisted_subcode_uses_its_parent() =>
        Assert.Equal("COERCE", _ontology.ToPlover("176")?.Type);
}

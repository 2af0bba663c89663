using System.Security.Cryptography;
using System.Text;
using Entente.Ontology;
using Entente.Text;

namespace Entente.Tests.Ontology;

/// <summary>Mechanics of the table format, on small in-memory tables.</summary>
public sealed class CameoTableFormatTests
{
    private const string Header = "# entente-ontology version=2000.01.01\n"
        + "# a comment\n"
        + "code\troot\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tdomains\n";

    private const string ValidRows =
        "04\t04\tConsult\t1.0\t1\tCONSULT\t\tdiplomatic\n"
        + "042\t04\tMake a visit\t1.9\t1\tCONSULT\tvisit\tdiplomatic\n"
        + "19\t19\tFight\t-10.0\t4\tASSAULT\t\tmilitary\n"
        + "190\t19\tUse military force\t-10.0\t4\tASSAULT\t\tmilitary\n"
        + "1901\t19\tInvented sub-code\t-10.0\t4\tASSAULT\tfirearms\tmilitary,cbrn\n";

    private static CameoOntology Load(string text) =>
        CameoOntology.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), "cameo.tsv");

    [Fact]
    public void Valid_table_loads_in_order()
    {
        var ontology = Load(Header + ValidRows);
        Assert.Equal("2000.01.01", ontology.Version);
        Assert.Equal(["04", "042", "19", "190", "1901"], ontology.All.Select(c => c.Code));
        var code = ontology.Get("1901");
        Assert.Equal(new[] { "military", "cbrn" }, code.Domains);
        Assert.Equal("190", code.ParentCode);
        Assert.Equal(-10.0, code.Goldstein);
    }

    [Fact]
    public void Windows_line_endings_and_a_bom_are_accepted()
    {
        var text = "\uFEFF" + (Header + ValidRows).Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(5, Load(text).All.Count);
    }

    [Fact]
    public void Content_hash_is_sha256_of_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + ValidRows);
        var ontology = CameoOntology.Load(new MemoryStream(bytes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), ontology.ContentHash);
        Assert.Equal(64, ontology.ContentHash.Length);

        // One byte more is another table.
        var changed = Load(Header + ValidRows + "# trailing comment\n");
        Assert.NotEqual(ontology.ContentHash, changed.ContentHash);
    }

    [Theory]
    // line numbers: 1 version, 2 comment, 3 column header, 4.. rows
    [InlineData("04\t04\tConsult\t1.0\t1\tCONSULT\tdiplomatic\n", 4, "expected 8 tab-separated fields, found 7")]
    [InlineData("04\t04\tConsult\tone\t1\tCONSULT\t\t\n", 4, "goldstein 'one'")]
    [InlineData("04\t04\tConsult\t11.5\t1\tCONSULT\t\t\n", 4, "-10..10")]
    [InlineData("04\t04\tConsult\t1.0\t3\tCONSULT\t\t\n", 4, "quad_class '3' of code 04 must be 1")]
    [InlineData("04\t04\tConsult\t1.0\t1\tMEET\t\t\n", 4, "plover_type 'MEET'")]
    [InlineData("04\t04\tConsult\t1.0\t1\tCONSULT\triot\t\n", 4, "plover_mode 'riot'")]
    [InlineData("04\t04\tConsult\t1.0\t1\t\tvisit\t\n", 4, "plover_mode 'visit'")]
    [InlineData("04\t04\tConsult\t1.0\t1\tCONSULT\t\tsports\n", 4, "domain 'sports'")]
    [InlineData("04\t04\tConsult\t1.0\t1\tCONSULT\t\tmilitary,military\n", 4, "repeats")]
    [InlineData("04\t05\tConsult\t1.0\t1\tCONSULT\t\t\n", 4, "root '05'")]
    [InlineData("4\t04\tConsult\t1.0\t1\tCONSULT\t\t\n", 4, "2 to 4 digits")]
    [InlineData("21\t21\tInvented\t1.0\t4\tASSAULT\t\t\n", 4, "root 01..20")]
    [InlineData("04\t04\t \t1.0\t1\tCONSULT\t\t\n", 4, "no name")]
    [InlineData("04\t04\tConsult\t1.0\t1\tCONSULT\t\t\n04\t04\tAgain\t1.0\t1\tCONSULT\t\t\n", 5, "code 04 repeats line 4")]
    [InlineData("04\t04\tConsult\t1.0\t1\tCONSULT\t\t\n\n# gap\n0411\t04\tOrphan\t1.0\t1\tCONSULT\t\t\n", 7, "no parent code 041")]
    public void Malformed_row_is_reported_with_its_line(string rows, int line, string reason)
    {
        var ex = Assert.Throws<InputException>(() => Load(Header + rows));
        Assert.Equal("cameo.tsv", ex.Path);
        Assert.Equal(line, ex.Line);
        Assert.StartsWith($"cameo.tsv:{line}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_version_line_is_reported_on_line_1()
    {
        var ex = Assert.Throws<InputException>(() => Load(Header[(Header.IndexOf('\n', StringComparison.Ordinal) + 1)..] + ValidRows));
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Wrong_column_header_is_reported()
    {
        var text = Header.Replace("quad_class", "quad", StringComparison.Ordinal) + ValidRows;
        var ex = Assert.Throws<InputException>(() => Load(text));
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Table_without_rows_is_rejected() =>
        Assert.Throws<InputException>(() => Load(Header));

    [Fact]
    public void Invalid_utf8_is_rejected() =>
        Assert.Throws<InputException>(() => CameoOntology.Load(new MemoryStream([0x23, 0xFF, 0xFE, 0x0A])));

    [Fact]
    public void Table_file_search_stops_at_the_repository_root()
    {
        var root = Directory.CreateTempSubdirectory("entente-ontology-");
        try
        {
            var repo = Directory.CreateDirectory(Path.Combine(root.FullName, "repo"));
            Directory.CreateDirectory(Path.Combine(repo.FullName, ".git"));
            var deep = Directory.CreateDirectory(Path.Combine(repo.FullName, "bin", "Debug"));

            // A table above the repository root must not be picked up.
            Directory.CreateDirectory(Path.Combine(root.FullName, "data", "ontology"));
            File.WriteAllText(Path.Combine(root.FullName, CameoOntology.RelativePath), Header + ValidRows);
            Assert.Null(CameoOntology.FindTableFile(deep.FullName));

            Directory.CreateDirectory(Path.Combine(repo.FullName, "data", "ontology"));
            var inRepo = Path.Combine(repo.FullName, CameoOntology.RelativePath);
            File.WriteAllText(inRepo, Header + ValidRows);
            Assert.Equal(inRepo, CameoOntology.FindTableFile(deep.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}

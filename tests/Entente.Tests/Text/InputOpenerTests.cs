using System.Text;
using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Text;

public sealed class InputOpenerTests
{
    [Fact]
    public async Task Directories_are_walked_recursively_in_ordinal_order()
    {
        using var dir = new TempDirectory();
        dir.Write("b.txt", "Second file.");
        dir.Write("a/z.txt", "Nested file.");
        dir.Write("A.txt", "Capital first.");
        dir.Write("c.jsonl", "{\"text\": \"Line one.\"}\n{\"text\": \"Line two.\"}\n");
        dir.Write("notes.docx", "ignored");
        dir.Write(".hidden.txt", "ignored");
        dir.Write("d.csv", "text\nFrom CSV.\n");

        var opener = new InputOpener();
        var docs = await ReadAllAsync(opener, [dir.Root]);

        Assert.Equal(["A", "z", "b", "c:1", "c:2", "d:2"], docs.Select(d => d.Id));
        Assert.Equal((6, 5), (opener.DocumentCount, opener.FileCount));
    }

    [Fact]
    public async Task Gzip_files_are_read_by_their_inner_extension()
    {
        using var dir = new TempDirectory();
        string jsonl = dir.WriteGzip("feed.jsonl.gz", "{\"id\": \"g1\", \"text\": \"Zipped line.\"}\n");
        string text = dir.WriteGzip("story.txt.gz", "Zipped story.");

        var docs = await ReadAllAsync(new InputOpener(), [jsonl, text]);

        Assert.Equal(["g1", "story"], docs.Select(d => d.Id));
        Assert.Equal(["Zipped line.", "Zipped story."], docs.Select(d => d.Text));
    }

    [Theory]
    [InlineData("  \n {\"id\": \"s1\", \"text\": \"From a pipe.\"}\n", "s1")]
    [InlineData("Plain words from a pipe.\n", "stdin")]
    [InlineData("\uFEFF{\"text\": \"With BOM.\"}", "stdin:1")]
    public async Task Stdin_is_sniffed_as_jsonl_or_text(string content, string expectedId)
    {
        var opener = new InputOpener(new InputOptions { OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(content)) });
        var doc = Assert.Single(await ReadAllAsync(opener, ["-"]));
        Assert.Equal(expectedId, doc.Id);
    }

    [Fact]
    public async Task Gzipped_stdin_is_decompressed_then_sniffed()
    {
        byte[] zipped = TempDirectory.Gzip(Encoding.UTF8.GetBytes("{\"id\": \"z\", \"text\": \"Inside gzip.\"}\n"));
        var opener = new InputOpener(new InputOptions { OpenStandardInput = () => new MemoryStream(zipped) });
        Assert.Equal("z", Assert.Single(await ReadAllAsync(opener, ["-"])).Id);
    }

    [Fact]
    public async Task Missing_file_is_fatal_and_named()
    {
        var opener = new InputOpener(new InputOptions { OnRecoverableError = _ => { } });
        var error = await Assert.ThrowsAsync<InputException>(() => ReadAllAsync(opener, ["/nonexistent/entente/none.txt"]));
        Assert.Equal("/nonexistent/entente/none.txt", error.Path);
        Assert.False(error.Recoverable);
    }

    [Fact]
    public async Task Empty_input_is_visible_in_the_count()
    {
        using var dir = new TempDirectory();
        dir.Write("only.docx", "not an input format");
        var opener = new InputOpener();
        Assert.Empty(await ReadAllAsync(opener, [dir.Root]));
        Assert.Equal(0, opener.DocumentCount);
    }

    [Fact]
    public async Task Repeated_ids_get_a_stable_suffix()
    {
        using var dir = new TempDirectory();
        dir.Write("one/report.txt", "First.");
        dir.Write("two/report.txt", "Second.");
        dir.Write("three.jsonl", "{\"id\": \"report\", \"text\": \"Third.\"}\n");

        var docs = await ReadAllAsync(new InputOpener(), [Path.Combine(dir.Root, "one"), Path.Combine(dir.Root, "two"), Path.Combine(dir.Root, "three.jsonl")]);

        Assert.Equal(["report", "report#2", "report#3"], docs.Select(d => d.Id));
    }

    [Fact]
    public async Task Recoverable_errors_go_to_the_callback_and_are_counted()
    {
        using var dir = new TempDirectory();
        dir.Write("a.jsonl", "{\"text\": \"Fine.\"}\nnot json\n");
        dir.WriteBytes("b.txt", [.. "ok\nbad "u8, 0xFF]);
        dir.Write("c.txt", "Also fine.");
        var errors = new List<InputException>();
        var opener = new InputOpener(new InputOptions { OnRecoverableError = errors.Add, DefaultDate = new DateOnly(2020, 5, 1) });

        var docs = await ReadAllAsync(opener, [dir.Root]);

        Assert.Equal(["a:1", "c"], docs.Select(d => d.Id));
        Assert.All(docs, d => Assert.Equal(new DateOnly(2020, 5, 1), d.Date));
        Assert.Equal([("a.jsonl", 2), ("b.txt", 2)], errors.Select(e => (Path.GetFileName(e.Path), e.Line!.Value)));
        Assert.Equal(2, opener.ErrorCount);
    }

    [Fact]
    public async Task Without_a_callback_recoverable_errors_are_thrown()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("a.jsonl", "{\"text\": \"Fine.\"}\n{oops}\n");
        var error = await Assert.ThrowsAsync<InputException>(() => ReadAllAsync(new InputOpener(), [path]));
        Assert.Equal((path, 2), (error.Path, error.Line!.Value));
    }

    [Fact]
    public async Task Corrupt_gzip_is_reported_not_crashed()
    {
        using var dir = new TempDirectory();
        byte[] zipped = TempDirectory.Gzip(Encoding.UTF8.GetBytes("{\"text\": \"Line.\"}\n"));
        byte[] corrupt = [.. zipped[..10], .. Enumerable.Repeat((byte)0xFF, 64)];
        string path = dir.WriteBytes("bad.jsonl.gz", corrupt);
        dir.Write("good.txt", "Still read.");
        var errors = new List<InputException>();

        var docs = await ReadAllAsync(new InputOpener(new InputOptions { OnRecoverableError = errors.Add }), [dir.Root]);

        Assert.Equal("good", Assert.Single(docs).Id);
        Assert.Equal(path, Assert.Single(errors).Path);
    }

    [Fact]
    public async Task Named_file_with_unknown_extension_is_sniffed()
    {
        using var dir = new TempDirectory();
        string json = dir.Write("export.json", "{\"id\": \"j\", \"text\": \"Sniffed as JSONL.\"}\n");
        string plain = dir.Write("README", "Plain words.");

        var docs = await ReadAllAsync(new InputOpener(), [json, plain]);

        Assert.Equal(["j", "README"], docs.Select(d => d.Id));
    }

    [Theory]
    [InlineData("a.txt", InputFormat.Text)]
    [InlineData("a.HTM", InputFormat.Html)]
    [InlineData("a.html.gz", InputFormat.Html)]
    [InlineData("a.ndjson", InputFormat.Jsonl)]
    [InlineData("dir/a.csv.gz", InputFormat.Csv)]
    [InlineData("a.pdf", null)]
    public void Format_follows_the_inner_extension(string path, InputFormat? expected) =>
        Assert.Equal(expected, InputOpener.FormatOf(path));

    private static async Task<List<Document>> ReadAllAsync(InputOpener opener, string[] paths)
    {
        var docs = new List<Document>();
        await foreach (var doc in opener.ReadAsync(paths))
        {
            docs.Add(doc);
        }

        return docs;
    }
}

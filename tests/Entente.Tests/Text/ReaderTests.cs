using System.Text;
using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Text;

public sealed class ReaderTests
{
    private static readonly DateOnly _default = new(2017, 1, 16);

    [Fact]
    public async Task Text_file_is_one_document_with_headline_title()
    {
        const string text = "Pak-Russia defence ties\n\nPakistan and Russia held talks. Both sides agreed.\n";
        var docs = await ReadAsync(new TextFileReader(), text, "/corpus/000_seed.txt");

        var doc = Assert.Single(docs);
        Assert.Equal("000_seed", doc.Id);
        Assert.Equal(_default, doc.Date);
        Assert.Equal("Pak-Russia defence ties", doc.Title);
        Assert.Equal(text, doc.Text);
    }

    [Theory]
    [InlineData("Pakistan and Russia held talks on Monday.\nBoth sides agreed.")]
    [InlineData("A single line without a full stop")]
    public async Task Text_file_title_only_for_an_unpunctuated_first_line_over_more_text(string text)
    {
        var doc = Assert.Single(await ReadAsync(new TextFileReader(), text, "a.txt"));
        Assert.Null(doc.Title);
    }

    [Fact]
    public async Task Text_file_with_invalid_utf8_names_the_line()
    {
        byte[] bytes = [.. "line one\nline two\nbad "u8, 0xC3, 0x28, .. " here\n"u8];
        var error = await Assert.ThrowsAsync<InputException>(() => ReadBytesAsync(new TextFileReader(), bytes, "bad.txt"));
        Assert.Equal("bad.txt", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jsonl_reads_fields_and_date_forms()
    {
        const string jsonl = """
            {"id": "a1", "date": "2017-01-16", "text": "One.", "title": "T", "url": "https://example.org/a", "source": "Gazette"}
            {"date": "20170117", "text": "Two.", "extra": {"nested": [1, 2]}}

            {"id": 42, "date": "2017-01-18T23:30:00-05:00", "text": "Three."}
            {"text": "Four.", "date": null}
            """;
        var docs = await ReadAsync(new JsonlReader(), jsonl, "news.jsonl");

        Assert.Equal(["a1", "news:2", "42", "news:5"], docs.Select(d => d.Id));
        Assert.Equal([new DateOnly(2017, 1, 16), new DateOnly(2017, 1, 17), new DateOnly(2017, 1, 18), _default], docs.Select(d => d.Date));
        Assert.Equal(("T", "https://example.org/a", "Gazette", "One."), (docs[0].Title, docs[0].Url, docs[0].Source, docs[0].Text));
    }

    [Fact]
    public async Task Jsonl_malformed_line_is_recoverable_and_names_its_line()
    {
        const string jsonl = "{\"text\": \"Good one.\"}\n{\"text\": \"broken\n{\"id\": \"x\"}\n{\"text\": \"Good two.\"}\n";
        var errors = new List<InputException>();
        var docs = await ReadAsync(new JsonlReader(errors.Add), jsonl, "feed.jsonl");

        Assert.Equal(["Good one.", "Good two."], docs.Select(d => d.Text));
        Assert.Equal([2, 3], errors.Select(e => e.Line!.Value));
        Assert.All(errors, e => Assert.True(e.Recoverable));
        Assert.Contains("malformed JSON", errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("text", errors[1].Reason, StringComparison.Ordinal);
        Assert.Equal("feed.jsonl:2: " + errors[0].Reason, errors[0].Message);
    }

    [Fact]
    public async Task Jsonl_without_callback_throws_on_the_bad_line()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => ReadAsync(new JsonlReader(), "{\"text\": \"ok\"}\n[1, 2]\n", "f.jsonl"));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task Jsonl_invalid_utf8_names_the_line()
    {
        byte[] bytes = [.. "{\"text\": \"ok\"}\n{\"text\": \"caf"u8, 0xE9, .. "\"}\n"u8];
        var errors = new List<InputException>();
        var docs = await ReadBytesAsync(new JsonlReader(errors.Add), bytes, "f.jsonl");
        Assert.Single(docs);
        Assert.Equal(2, Assert.Single(errors).Line);
    }

    [Fact]
    public async Task Csv_handles_quotes_embedded_newlines_and_doubled_quotes()
    {
        const string csv = "id,date,text,title\r\n"
            + "a,2017-01-16,\"He said, \"\"We agree.\"\"\nThen he left.\",Talks\r\n"
            + "b,,Plain text without quotes.,\r\n"
            + "\r\n"
            + ",20170118,\"Third, with comma.\",\r\n";
        var docs = await ReadAsync(new CsvReader(), csv, "data.csv");

        Assert.Equal(3, docs.Count);
        Assert.Equal("He said, \"We agree.\"\nThen he left.", docs[0].Text);
        Assert.Equal("Talks", docs[0].Title);
        Assert.Equal(("b", _default, (string?)null), (docs[1].Id, docs[1].Date, docs[1].Title));
        Assert.Equal(("data:6", new DateOnly(2017, 1, 18)), (docs[2].Id, docs[2].Date));
    }

    [Fact]
    public async Task Csv_maps_pandas_index_and_common_column_names()
    {
        const string guardianLike = "\"\",\"date\",\"text\",\"source\"\n\"3\",2019-04-10,\"Talks began.\",\"Guardian\"\n";
        var doc = Assert.Single(await ReadAsync(new CsvReader(), guardianLike, "g.csv"));
        Assert.Equal(("3", new DateOnly(2019, 4, 10), "Guardian"), (doc.Id, doc.Date, doc.Source));

        const string apiLike = "webPublicationDate,headline,bodyText,webUrl,label\n2019-04-10T08:00:00Z,Head,Body text.,https://example.org/x,7\n";
        doc = Assert.Single(await ReadAsync(new CsvReader(), apiLike, "api.csv"));
        Assert.Equal((new DateOnly(2019, 4, 10), "Head", "Body text.", "https://example.org/x"), (doc.Date, doc.Title, doc.Text, doc.Url));

        const string synthetic = "disclaimer,text,title,source,prompt,label,mode\nnote,\"Story one.\",Title one,Wire,\"long\nprompt\",x,y\n";
        doc = Assert.Single(await ReadAsync(new CsvReader(), synthetic, "syn.csv"));
        Assert.Equal(("syn:2", "Title one", "Wire", "Story one."), (doc.Id, doc.Title, doc.Source, doc.Text));
    }

    [Fact]
    public async Task Csv_without_text_column_is_fatal_naming_line_one()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => ReadAsync(new CsvReader(_ => { }), "id,body_html\n1,x\n", "h.csv"));
        Assert.Equal(1, error.Line);
        Assert.False(error.Recoverable);
        Assert.Contains("text", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_bad_record_is_reported_and_skipped()
    {
        byte[] bytes = [.. "id,text\n1,Fine.\n2,\"Bad "u8, 0xFF, .. "\nstill bad\"\n3,Also fine.\n4,\n"u8];
        var errors = new List<InputException>();
        var docs = await ReadBytesAsync(new CsvReader(errors.Add), bytes, "c.csv");
        Assert.Equal(["1", "3"], docs.Select(d => d.Id));
        Assert.Equal([3, 6], errors.Select(e => e.Line!.Value));
    }

    [Fact]
    public async Task Csv_unterminated_quote_is_reported()
    {
        var errors = new List<InputException>();
        var docs = await ReadAsync(new CsvReader(errors.Add), "id,text\n1,\"never closed\nmore\n", "u.csv");
        Assert.Empty(docs);
        Assert.Equal(2, Assert.Single(errors).Line);
    }

    [Fact]
    public async Task Html_extracts_the_article_title_and_written_date()
    {
        string html = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Text", "Fixtures", "article.html"));
        var doc = Assert.Single(await ReadAsync(new HtmlReader(), html, "pages/caravan.html"));

        Assert.Equal("caravan", doc.Id);
        Assert.Equal("Caravan route to reopen after a decade", doc.Title);
        Assert.Equal(new DateOnly(2017, 1, 16), doc.Date);
        Assert.StartsWith("ISLAMABAD: Pakistan and Uzbekistan agreed", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("“It can carry our trade again.”", doc.Text, StringComparison.Ordinal);
        Assert.Equal(4, doc.Text.Split("\n\n").Length);
        Assert.DoesNotContain("Home", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("©", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this post", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_falls_back_to_paragraphs_when_extraction_finds_nothing()
    {
        string html = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Text", "Fixtures", "fragment.html"));
        var doc = Assert.Single(await ReadAsync(new HtmlReader(), html, "note.htm"));
        Assert.Equal("The envoy arrived in Kabul.\n\nHe met the foreign minister.", doc.Text);
        Assert.Equal("Short note", doc.Title);
        Assert.Equal(_default, doc.Date);
    }

    [Fact]
    public async Task Html_without_any_text_is_a_recoverable_error()
    {
        var errors = new List<InputException>();
        var docs = await ReadAsync(new HtmlReader(errors.Add), "<html><body><script>x()</script></body></html>", "empty.html");
        Assert.Empty(docs);
        Assert.True(Assert.Single(errors).Recoverable);
    }

    [Fact]
    public async Task Html_in_a_declared_legacy_charset_is_decoded()
    {
        byte[] html = [.. "<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><p>Caf"u8, 0xE9, .. " talks resumed "u8, 0x93, .. "today"u8, 0x94, .. ".</p></body></html>"u8];
        var doc = Assert.Single(await ReadBytesAsync(new HtmlReader(), html, "legacy.html"));
        Assert.Equal("Café talks resumed “today”.", doc.Text);
    }

    [Fact]
    public async Task Html_with_invalid_utf8_and_no_charset_is_rejected()
    {
        byte[] html = [.. "<html><body><p>Caf"u8, 0xE9, .. "</p></body></html>"u8];
        var error = await Assert.ThrowsAsync<InputException>(() => ReadBytesAsync(new HtmlReader(), html, "bad.html"));
        Assert.Equal(1, error.Line);
    }

    private static Task<List<Document>> ReadAsync(IReader reader, string content, string path) =>
        ReadBytesAsync(reader, Encoding.UTF8.GetBytes(content), path);

    private static async Task<List<Document>> ReadBytesAsync(IReader reader, byte[] content, string path)
    {
        var docs = new List<Document>();
        using var stream = new MemoryStream(content);
        await foreach (var doc in reader.Read(stream, new SourceInfo(path, _default)))
        {
            docs.Add(doc);
        }

        return docs;
    }
}

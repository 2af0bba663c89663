using System.Text;

namespace Entente.Tests.Cli;

/// <summary>Bad input gets one line on stderr naming the file (and line) and exit 2; usage errors exit 1; never a stack trace.</summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("entente-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static void AssertOneLine(CliRunner.Result r, int exit, string contains)
    {
        Assert.Equal(exit, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(contains, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file()
    {
        var path = Path.Combine(_dir, "nope.txt");
        AssertOneLine(await CliRunner.RunAsync(null, "code", path), 2, path);
    }

    [Fact]
    public async Task Malformed_json_line_is_reported_with_its_line_and_the_rest_is_coded()
    {
        var path = Write("docs.jsonl",
            "{\"id\":\"a\",\"date\":\"2017-01-16\",\"text\":\"Pakistan's army chief met the Russian ambassador on Monday.\"}\n" +
            "{\"id\":\"b\",\"text\": oops}\n");
        var r = await CliRunner.RunAsync(null, "code", path);
        AssertOneLine(r, 2, path + ":2");
        Assert.Contains("\"doc_id\":\"a\"", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_without_text_column()
    {
        var path = Write("docs.csv", "id,headline\n1,hello\n");
        AssertOneLine(await CliRunner.RunAsync(null, "code", path), 2, path + ":1");
    }

    [Fact]
    public async Task Invalid_utf8_names_the_line()
    {
        var path = Path.Combine(_dir, "bad.txt");
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("First line.\nSecond line "));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" here.\n"));
        File.WriteAllBytes(path, [.. bytes]);
        AssertOneLine(await CliRunner.RunAsync(null, "code", path), 2, path + ":2");
    }

    [Fact]
    public async Task Empty_input_is_an_error_not_silence()
    {
        var path = Write("empty.jsonl", "");
        AssertOneLine(await CliRunner.RunAsync(null, "code", path), 2, "no documents");
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        AssertOneLine(await CliRunner.RunAsync(null, "code", "--frobnicate"), 1, "--frobnicate");
    }

    [Fact]
    public async Task Bad_date_is_a_usage_error()
    {
        AssertOneLine(await CliRunner.RunAsync(null, "code", "x.txt", "--date", "18/01/2017"), 1, "--date");
    }

    [Fact]
    public async Task Stdin_text_is_coded()
    {
        var r = await CliRunner.RunAsync("Pakistan's army chief met the Russian ambassador on Monday.\n", "code", "--date", "2017-01-18");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"cameo\":\"040\"", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2017-01-16\"", r.Stdout, StringComparison.Ordinal);
    }
}

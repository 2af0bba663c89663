using System.Globalization;
using System.Net;

namespace Entente.Server.Tests;

/// <summary>Every bad request of Cases/*.tsv gets its problem answer, naming the field at fault, with no internals.</summary>
[Collection(ServerCollection.Name)]
public sealed class ErrorCaseTests
{
    private readonly ServerFixture _fixture;

    public ErrorCaseTests(ServerFixture fixture) => _fixture = fixture;

    public static IEnumerable<object[]> BadRequests() => CaseFile.Read("bad-requests.tsv");

    public static IEnumerable<object[]> OtherProblems() => CaseFile.Read("other-problems.tsv");

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequestNamesTheField(string method, string path, string? contentType, string? body, string status, string field, string why)
    {
        var answer = await Api.SendAsync(_fixture.Client, new HttpMethod(method), path, body, contentType);
        Api.AssertProblem(answer, (HttpStatusCode)int.Parse(status, CultureInfo.InvariantCulture));
        Assert.True(answer.Json.TryGetProperty("errors", out var errors), $"{why}: no errors in {answer.Text}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{why}: field '{field}' not named in {answer.Text}");
        Assert.True(messages.GetArrayLength() > 0, why);
    }

    [Theory]
    [MemberData(nameof(OtherProblems))]
    public async Task OtherProblemsAreProblemAnswers(string method, string path, string? contentType, string? body, string status, string why)
    {
        var answer = await Api.SendAsync(_fixture.Client, new HttpMethod(method), path, body, contentType);
        Assert.True(answer.Status == (HttpStatusCode)int.Parse(status, CultureInfo.InvariantCulture), $"{why}: {(int)answer.Status} {answer.Text}");
        Api.AssertProblem(answer, answer.Status);
    }
}

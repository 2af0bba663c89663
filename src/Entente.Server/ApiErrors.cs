using Microsoft.AspNetCore.Http;

namespace Entente.Server;

/// <summary>Collects what is wrong with a request, field by field, and turns it into one RFC 7807 answer (400).</summary>
internal sealed class ApiErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>The 400 problem naming every bad field.</summary>
    public IResult ToResult(string? detail = null)
    {
        var errors = new Dictionary<string, string[]>(_errors.Count, StringComparer.Ordinal);
        foreach (var (field, messages) in _errors)
        {
            errors[field] = [.. messages];
        }

        return TypedResults.ValidationProblem(errors, detail ?? Summary(), title: "invalid request");
    }

    /// <summary>A 400 problem for a single field.</summary>
    public static IResult One(string field, string message)
    {
        var errors = new ApiErrors();
        errors.Add(field, message);
        return errors.ToResult();
    }

    /// <summary>A problem without field errors (404, 413, 415 ...).</summary>
    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    private string Summary()
    {
        foreach (var (field, messages) in _errors)
        {
            return _errors.Count == 1 ? $"{field}: {messages[0]}" : $"{field}: {messages[0]} (and {_errors.Count - 1} more)";
        }

        return "invalid request";
    }
}

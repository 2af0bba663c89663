using System.Globalization;

namespace Entente.LoadBench;

/// <summary>Command line of the load bench.</summary>
internal sealed record LoadOptions
{
    public const string Usage =
        "usage: Entente.LoadBench [--url http://host:port] [--clients 50] [--seconds 20] [--requests N] [--warmup-seconds 5] [--date 2024-03-04] [--text-file FILE]";

    /// <summary>A paragraph written for the bench: five sentences, several events.</summary>
    public const string DefaultText =
        "Pakistan's foreign minister met his Chinese counterpart in Islamabad on Monday. The two countries signed an agreement on " +
        "energy cooperation and pledged to expand trade. India accused Pakistan of shelling border villages in Kashmir, and Indian " +
        "troops fired on Pakistani posts overnight. Washington urged both sides to show restraint. The United Nations said its " +
        "observers would visit the area next week.";

    /// <summary>A running server to target; default null: start one in-process on a free port over an empty store.</summary>
    public Uri? Url { get; init; }

    /// <summary>Concurrent clients, each sending its next request when its answer arrives. Default 50.</summary>
    public int Clients { get; init; } = 50;

    /// <summary>Length of the timed run. Default 20 s.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Stop after this many requests even before <see cref="Duration"/>. Default: no bound.</summary>
    public long MaxRequests { get; init; } = long.MaxValue;

    /// <summary>Untimed run before, for the JIT. Default 5 s.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Publication date sent with each request. Default 2024-03-04.</summary>
    public string Date { get; init; } = "2024-03-04";

    /// <summary>The text posted. Default <see cref="DefaultText"/>.</summary>
    public string Text { get; init; } = DefaultText;

    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--url" => o with { Url = Uri.TryCreate(value, UriKind.Absolute, out var u) ? u : throw new ArgumentException($"--url: not a URL: {value}") },
                "--clients" => o with { Clients = Positive(args[i], value) },
                "--seconds" => o with { Duration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--requests" => o with { MaxRequests = Positive(args[i], value) },
                "--warmup-seconds" => o with { Warmup = TimeSpan.FromSeconds(int.TryParse(value, CultureInfo.InvariantCulture, out var w) && w >= 0 ? w : throw new ArgumentException($"--warmup-seconds: {value}")) },
                "--date" => o with { Date = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? value : throw new ArgumentException($"--date: not YYYY-MM-DD: {value}") },
                "--text-file" => o with { Text = File.ReadAllText(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }

        return o;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive whole number, got {value}");
}

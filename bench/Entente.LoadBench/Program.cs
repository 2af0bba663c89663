using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Entente.LoadBench;
using Entente.Server;

// Load bench of POST /api/code: N concurrent clients in a closed loop for a fixed time, then latency percentiles.
// Starts the server in-process on a free loopback port unless --url names a running one.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"Entente.LoadBench: {ex.Message}");
    Console.Error.WriteLine(LoadOptions.Usage);
    return 1;
}

var folder = Path.Combine(Path.GetTempPath(), "entente-loadbench-" + Guid.NewGuid().ToString("N"));
Microsoft.AspNetCore.Builder.WebApplication? app = null;
Uri target;
var startup = Stopwatch.StartNew();
if (options.Url is { } url)
{
    target = url;
}
else
{
    Directory.CreateDirectory(folder);
    app = await EntenteServer.BuildAsync(new ServerOptions
    {
        DatabasePath = Path.Combine(folder, "store.duckdb"),
        Urls = "http://127.0.0.1:0",
        CreateStore = true,
    });
    await app.StartAsync();
    target = new Uri(app.Urls.First());
}

var startMs = startup.Elapsed.TotalMilliseconds;
try
{
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
    using var client = new HttpClient(handler) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
    var path = new Uri($"/api/code?date={options.Date}", UriKind.Relative);
    var body = Encoding.UTF8.GetBytes(options.Text);

    // One request to check the answer, then a warm-up so the timed run sees jitted, tiered-up code.
    // A server started just before (`entente serve ... &`) may still be compiling its dictionaries: wait up to a minute.
    var probe = await SendAsync(client, path, body, CancellationToken.None);
    for (var wait = 0; !probe.Ok && probe.Status == 0 && wait < 60; wait++)
    {
        await Task.Delay(1000);
        probe = await SendAsync(client, path, body, CancellationToken.None);
    }

    if (!probe.Ok)
    {
        Console.Error.WriteLine($"Entente.LoadBench: {target} answered {probe.Status} to the probe request");
        return 2;
    }

    Console.Error.WriteLine($"target {target} (in-process: {app is not null}, start {startMs:F0} ms); probe: {probe.Events} events; warm-up {options.Warmup.TotalSeconds:F0} s ...");
    await RunAsync(client, path, body, options.Clients, options.Warmup, long.MaxValue);

    var load = LoadAverage();
    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    var results = await RunAsync(client, path, body, options.Clients, options.Duration, options.MaxRequests);
    var elapsed = wall.Elapsed;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;

    var latencies = results.SelectMany(r => r.Latencies).ToArray();
    Array.Sort(latencies);
    var errors = results.Sum(r => r.Errors);
    var ok = latencies.Length;
    var report = new StringBuilder();
    report.AppendLine(CultureInfo.InvariantCulture, $"clients {options.Clients}, {elapsed.TotalSeconds:F1} s, text {body.Length} bytes ({probe.Events} events a request)");
    report.AppendLine(CultureInfo.InvariantCulture, $"requests {ok + errors:N0} ({ok:N0} ok, {errors:N0} errors), {ok / elapsed.TotalSeconds:N0} requests/s");
    report.AppendLine(CultureInfo.InvariantCulture,
        $"latency ms: p50 {Percentile(latencies, 0.50):F2}  p95 {Percentile(latencies, 0.95):F2}  p99 {Percentile(latencies, 0.99):F2}  max {(ok == 0 ? 0 : latencies[^1]):F2}  mean {(ok == 0 ? 0 : latencies.Average()):F2}");
    report.AppendLine(CultureInfo.InvariantCulture,
        $"process CPU {cpu.TotalSeconds:F1} s over {elapsed.TotalSeconds:F1} s wall ({cpu.TotalSeconds / elapsed.TotalSeconds:F2} cores){(app is null ? " (client only)" : " (server and clients)")}; load average before {load}, after {LoadAverage()}; {Environment.ProcessorCount} cores");
    var p95 = Percentile(latencies, 0.95);
    report.AppendLine(p95 < 50 && errors == 0 ? "acceptance (p95 < 50 ms, no errors): met" : "acceptance (p95 < 50 ms, no errors): NOT met");
    Console.Out.Write(report.ToString());
    return 0;
}
finally
{
    if (app is not null)
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}

static async Task<ClientResult[]> RunAsync(HttpClient client, Uri path, byte[] body, int clients, TimeSpan duration, long maxRequests)
{
    using var stop = new CancellationTokenSource(duration);
    long issued = 0;
    var tasks = new Task<ClientResult>[clients];
    for (var c = 0; c < clients; c++)
    {
        tasks[c] = Task.Run(async () =>
        {
            var result = new ClientResult();
            while (!stop.IsCancellationRequested && Interlocked.Increment(ref issued) <= maxRequests)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = await SendAsync(client, path, body, CancellationToken.None);
                if (answer.Ok)
                {
                    result.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    result.Errors++;
                }
            }

            return result;
        });
    }

    return await Task.WhenAll(tasks);
}

static async Task<(bool Ok, HttpStatusCode Status, int Events)> SendAsync(HttpClient client, Uri path, byte[] body, CancellationToken ct)
{
    try
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        using var response = await client.PostAsync(path, content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        // Counting the events' "cameo_root" keys is enough to see the answer is a real coding, without parsing every reply.
        var events = CountOf(text, "\"cameo_root\"");
        return (response.StatusCode == HttpStatusCode.OK, response.StatusCode, events);
    }
    catch (HttpRequestException)
    {
        return (false, 0, 0);
    }
    catch (TaskCanceledException)
    {
        return (false, HttpStatusCode.RequestTimeout, 0);
    }
}

static int CountOf(string text, string what)
{
    var n = 0;
    for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
    {
        n++;
    }

    return n;
}

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

static string LoadAverage()
{
    try
    {
        var parts = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"{parts[0]}/{parts[1]}/{parts[2]}";
    }
    catch (IOException)
    {
        return "n/a";
    }
}

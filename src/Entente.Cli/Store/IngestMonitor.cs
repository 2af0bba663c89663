using System.Diagnostics;
using System.Globalization;
using Entente.Store;
using Spectre.Console;

namespace Entente.Cli.Store;

/// <summary>
/// Running totals of an ingest and their display: a Spectre.Console progress bar when stderr is a terminal, plain
/// periodic lines on stderr otherwise (logs, pipes, tests).
/// </summary>
/// <remarks>
/// Totals are updated from the reading, coding and writing stages and read by the display loop; error lines that arrive
/// while the live display owns the terminal are held back and printed after it, so they do not garble it.
/// </remarks>
internal sealed class IngestMonitor : IProgress<IngestProgress>
{
    private static readonly IngestProgress _none = new(0, 0, 0, 0, 0, TimeSpan.Zero);

    private readonly long? _totalBytes;
    private long _done;
    private readonly TimeSpan _interval;
    private readonly bool _live;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<string> _heldBack = [];
    private readonly Lock _heldBackLock = new();
    private IngestProgress _latest = _none;
    private long _knownSkipped;
    private long _bad;
    private long _coded;

    /// <param name="totalBytes">Input size when known (for percentage and ETA).</param>
    /// <param name="interval">Time between plain progress lines.</param>
    /// <param name="live">Whether to draw the live terminal display.</param>
    public IngestMonitor(long? totalBytes, TimeSpan interval, bool live)
    {
        _totalBytes = totalBytes;
        _interval = interval;
        _live = live;
    }

    /// <summary>Documents skipped before coding because their text is stored already.</summary>
    public long KnownSkipped => Interlocked.Read(ref _knownSkipped);

    /// <summary>Bad records and documents reported so far.</summary>
    public long Bad => Interlocked.Read(ref _bad);

    /// <summary>Whether the live display should be used: stderr is a terminal that understands cursor movement.</summary>
    public static bool TerminalAvailable() =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public void Report(IngestProgress value) => Volatile.Write(ref _latest, value);

    public void CountKnown() => Interlocked.Increment(ref _knownSkipped);

    /// <summary>A coded document was handed to the writer.</summary>
    public void CountCoded() => Interlocked.Increment(ref _coded);

    /// <summary>Input read up to <paramref name="position"/> bytes is done with (handed to the writer, or skipped).</summary>
    public void Done(long position)
    {
        var seen = Interlocked.Read(ref _done);
        while (position > seen)
        {
            var found = Interlocked.CompareExchange(ref _done, position, seen);
            if (found == seen)
            {
                return;
            }

            seen = found;
        }
    }

    /// <summary>Reports a bad record or document (one line, "entente: " prefixed); the ingest goes on.</summary>
    public void ReportBad(string message)
    {
        Interlocked.Increment(ref _bad);
        if (_live)
        {
            lock (_heldBackLock)
            {
                _heldBack.Add(message);
            }

            return;
        }

        Console.Error.WriteLine($"entente: {message}");
    }

    /// <summary>Runs <paramref name="work"/> while showing progress; returns its result.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var task = work();
        try
        {
            if (_live)
            {
                await ShowLiveAsync(task).ConfigureAwait(false);
            }
            else
            {
                while (!task.IsCompleted)
                {
                    var delay = Task.Delay(_interval);
                    await Task.WhenAny(task, delay).ConfigureAwait(false);
                    if (!task.IsCompleted)
                    {
                        await Console.Error.WriteLineAsync($"entente: {Line()}").ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            FlushHeldBack();
        }

        return await task.ConfigureAwait(false);
    }

    /// <summary>The elapsed time since the monitor was created.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>One line of the current totals, e.g. "1,200 documents (1,000 stored, 200 skipped) ... ETA 0:01:10".</summary>
    public string Line()
    {
        var p = Volatile.Read(ref _latest);
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var skipped = p.Skipped + KnownSkipped;
        var documents = Interlocked.Read(ref _coded) + KnownSkipped + Bad;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{documents:N0} documents read ({p.Documents:N0} stored, {skipped:N0} skipped, {Bad:N0} bad), {p.Sentences:N0} sentences, {p.Events:N0} events; " +
            $"{documents / seconds:N0} documents/s, {p.Sentences / seconds:N0} sentences/s");
        if (_totalBytes is { } total && total > 0)
        {
            var read = Math.Min(Interlocked.Read(ref _done), total);
            line += string.Create(CultureInfo.InvariantCulture, $"; {100.0 * read / total:0}% of input");
            if (read > 0 && read < total)
            {
                line += ", ETA " + Duration(TimeSpan.FromSeconds(seconds * (total - read) / read));
            }
        }

        return line;
    }

    public static string Duration(TimeSpan t) =>
        t.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");

    private async Task ShowLiveAsync(Task work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async context =>
            {
                var bar = context.AddTask("starting", autoStart: true, maxValue: _totalBytes is > 0 ? _totalBytes.Value : 1);
                bar.IsIndeterminate = _totalBytes is not > 0;
                while (!work.IsCompleted)
                {
                    Update(bar);
                    await Task.WhenAny(work, Task.Delay(250)).ConfigureAwait(false);
                }

                if (work.IsCompletedSuccessfully && _totalBytes is { } total)
                {
                    Done(total);
                }

                Update(bar);
                bar.StopTask();
            }).ConfigureAwait(false);
    }

    private void Update(ProgressTask bar)
    {
        if (_totalBytes is > 0)
        {
            bar.Value = Math.Min(Interlocked.Read(ref _done), _totalBytes.Value);
        }

        var p = Volatile.Read(ref _latest);
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var skipped = p.Skipped + KnownSkipped;
        var documents = Interlocked.Read(ref _coded) + KnownSkipped + Bad;
        bar.Description = Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{documents:N0} docs ({documents / seconds:N0}/s) · {p.Sentences / seconds:N0} sentences/s · {p.Events:N0} events · {skipped:N0} skipped · {Bad:N0} bad"));
    }

    private void FlushHeldBack()
    {
        lock (_heldBackLock)
        {
            foreach (var message in _heldBack)
            {
                Console.Error.WriteLine($"entente: {message}");
            }

            _heldBack.Clear();
        }
    }
}

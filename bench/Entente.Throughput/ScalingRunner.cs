using System.Diagnostics;
using System.Globalization;
using Entente.Coding;
using Entente.Model;
using Entente.Pipeline;

namespace Entente.Throughput;

/// <summary>1 core against all cores in one process: after a warm-up of both, timed runs alternate between one
/// document stream coded on one thread and the same stream on every core, so both see the same jitted code, the same
/// GC and (as far as alternation can) the same neighbours' load.</summary>
public sealed class ScalingRunner
{
    private readonly ThroughputOptions _options;

    /// <summary>Creates a runner for <paramref name="options"/> (corpus, replication, warm-up, rounds, batching).</summary>
    public ScalingRunner(ThroughputOptions options) => _options = options;

    /// <summary>Builds the engine, warms up, then times <see cref="ThroughputOptions.ScalingRounds"/> rounds of (1 core, all cores).</summary>
    public async Task<ScalingResult> RunAsync(TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var engine = Engine.Create(new EngineOptions { CacheDirectory = _options.CacheDirectory, UseCache = _options.Cache, Coder = new CoderOptions { DefaultDate = _options.DefaultDate } });
        var (corpus, documents) = await ThroughputRunner.LoadCorpusAsync(_options).ConfigureAwait(false);
        int cores = Environment.ProcessorCount;
        var one = new OrderedParallelCoder(engine, 1, _options.Batching);
        var all = new OrderedParallelCoder(engine, cores, _options.Batching);

        // At least three passes each, however long they take: on a loaded machine one pass can outlast the warm-up time
        // and the first round would then time the tiered JIT, not the coder.
        // Then on while the JIT still compiles (ThroughputOptions.QuietJitMethods).
        var clock = Stopwatch.StartNew();
        var jit = new JitQuiet(_options.QuietJitMethods);
        for (int pass = 0;
             pass < 3 || clock.Elapsed.TotalSeconds < _options.WarmupSeconds
             || (!jit.IsQuiet && clock.Elapsed.TotalSeconds < _options.MaxWarmupSeconds);
             pass++)
        {
            await ThroughputRunner.CodeAsync(one, corpus).ConfigureAwait(false);
            await ThroughputRunner.CodeAsync(all, corpus).ConfigureAwait(false);
            jit.PassDone(clock.Elapsed.TotalSeconds);
        }

        MachineScaling(cores); // jitted and tiered up before it is timed
        var rounds = new List<ScalingRound>();
        long sentences = 0;
        using var self = Process.GetCurrentProcess();
        for (int round = 1; round <= _options.ScalingRounds; round++)
        {
            string load = ThroughputRunner.LoadAverage();
            double machine = MachineScaling(cores);
            var (oneRate, oneCpu, _) = await TimeAsync(one, documents, self).ConfigureAwait(false);
            (double allRate, double allCpu, sentences) = await TimeAsync(all, documents, self).ConfigureAwait(false);
            machine = Math.Sqrt(machine * MachineScaling(cores));
            var r = new ScalingRound(round, load, oneRate, oneCpu, allRate, allCpu, allRate / oneRate, machine);
            rounds.Add(r);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: load {load} | 1 core {oneRate:N0} sentences/s ({oneCpu:N0}/CPU-s) | {cores} cores {allRate:N0} sentences/s ({allCpu:N0}/CPU-s) | ×{r.Ratio:F2}, CPU efficiency {r.AllCoresPerCpuSecond / r.OneCorePerCpuSecond:F2}; machine ×{machine:F2}, coder/machine {r.Ratio / machine:F2}"));
        }

        double Median(Func<ScalingRound, double> f)
        {
            var values = rounds.Select(f).Order().ToArray();
            return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
        }

        return new ScalingResult
        {
            Corpus = string.Join(",", _options.Corpus),
            Cores = cores,
            Sentences = sentences,
            Batching = string.Create(CultureInfo.InvariantCulture, $"{_options.Batching.BatchCharacters} chars / {_options.Batching.BatchDocuments} docs"),
            ServerGc = System.Runtime.GCSettings.IsServerGC,
            Rounds = rounds,
            MedianOneCore = Median(r => r.OneCore),
            MedianAllCores = Median(r => r.AllCores),
            MedianRatio = Median(r => r.Ratio),
            MedianCpuEfficiency = Median(r => r.AllCoresPerCpuSecond / r.OneCorePerCpuSecond),
            MedianMachineRatio = Median(r => r.MachineRatio),
            MedianRelativeRatio = Median(r => r.Ratio / r.MachineRatio),
            BestRatio = rounds.Max(r => r.AllCores) / rounds.Max(r => r.OneCore),
            LoadAfter = ThroughputRunner.LoadAverage(),
        };
    }

    /// <summary>What the machine gives right now: a fixed, allocation-free compute loop on one thread and then on
    /// <paramref name="cores"/> threads; the ratio of their rates. On an idle machine it is the core count; with
    /// neighbours it is what is left for us, the ceiling for the coder's own ratio measured next to it.</summary>
    private static double MachineScaling(int cores)
    {
        const int Units = 40;
        static double Rate(int threads)
        {
            var workers = new Thread[threads];
            var clock = Stopwatch.StartNew();
            for (int t = 0; t < threads; t++)
            {
                workers[t] = new Thread(() =>
                {
                    ulong x = 88172645463325252UL;
                    for (int u = 0; u < Units; u++)
                    {
                        for (int i = 0; i < 1_000_000; i++)
                        {
                            x ^= x << 13;
                            x ^= x >> 7;
                            x ^= x << 17;
                        }
                    }

                    GC.KeepAlive(x);
                });
                workers[t].Start();
            }

            foreach (var w in workers) w.Join();
            return threads * Units / clock.Elapsed.TotalSeconds;
        }

        return Rate(cores) / Rate(1);
    }

    private static async Task<(double Rate, double PerCpu, long Sentences)> TimeAsync(OrderedParallelCoder coder, List<Document> documents, Process self)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var counts = await ThroughputRunner.CodeAsync(coder, documents).ConfigureAwait(false);
        double elapsed = clock.Elapsed.TotalSeconds;
        self.Refresh();
        double cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        return (counts.Sentences / elapsed, cpu > 0 ? counts.Sentences / cpu : 0, counts.Sentences);
    }
}

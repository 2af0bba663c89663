using System.Diagnostics;
using Entente.Dictionaries;
using Xunit.Abstractions;

namespace Entente.Tests.Dictionaries;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var st = DictionaryStats.Compute(DictionaryFixtures.RealSet());
        foreach (var (a, ids) in st.AmbiguousAliases) output.WriteLine("AMB " + a + " " + string.Join(",", ids));
        var text = File.ReadAllText("/work/shared/seed/000_eca31d6a39fc3d5b.txt");
        var mentions = DictionaryFixtures.Recognize(DictionaryFixtures.Real, text, new DateOnly(2017, 1, 18));
        foreach (var m in mentions) output.WriteLine(DictionaryFixtures.Describe(m, text));
        var files = Directory.GetFiles("/work/shared/corpus", "*", SearchOption.AllDirectories).Take(400).ToList();
        output.WriteLine("files " + files.Count);
        var docs = files.Select(f => TestSegmenter.Segment(File.ReadAllText(f), new DateOnly(2020,1,1))).ToList();
        var r = new Recognizer(DictionaryFixtures.Real);
        var sentences = docs.Sum(d => d.Sentences.Count);
        var count = 0;
        foreach (var d in docs) count += r.Recognize(d).Count;
        var w = Stopwatch.StartNew();
        for (var k = 0; k < 3; k++) foreach (var d in docs) count += r.Recognize(d).Count;
        w.Stop();
        output.WriteLine($"{sentences*3} sentences in {w.Elapsed.TotalMilliseconds} ms = {sentences*3/w.Elapsed.TotalSeconds:F0}/s, mentions {count}");
        var sample = TestSegmenter.Segment(File.ReadAllText(files.First(f => f.Contains("guardian"))), new DateOnly(2020,1,1));
        foreach (var m in r.Recognize(sample).Skip(2000).Take(200)) output.WriteLine(DictionaryFixtures.Describe(m, sample.Text));
    }
}

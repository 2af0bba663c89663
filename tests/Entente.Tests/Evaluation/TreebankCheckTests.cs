using Entente.Evaluation;

namespace Entente.Tests.Evaluation;

/// <summary>PETRARCH validation records whose supplied parse is malformed are rejected, not coded (error="bad_input_parse").</summary>
public sealed class TreebankCheckTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("(ROOT (S (NP (NNP Valdoria)) (VP (VBD left)) (. .)))")]
    public void BalancedOrAbsentParsesPass(string? parse) => Assert.Null(TreebankCheck.Problem(parse));

    [Theory]
    [InlineData("(ROOT (S (NP (NNP Valdoria)) (VP (VBD left)) (. .))", "open")]
    [InlineData("(ROOT (S (NP (NNP Valdoria))) (VP (VBD left)) (. .)))", "never opened")]
    [InlineData(")(ROOT (S))(", "never opened")]
    public void UnbalancedParsesAreNamed(string parse, string reason) =>
        Assert.Contains(reason, TreebankCheck.Problem(parse), StringComparison.Ordinal);

    [Fact]
    public void ReaderMarksARecordWithAnUnbalancedParse()
    {
        var bad = GoldSetReader.ParseLine("""{"set": "petr", "id": "BAD-1", "date": "19950101", "text": "Valdoria left.", "events": [], "error": "bad_input_parse", "config": {}, "parse_format": "ptb", "parse": "(ROOT (S (NP (NNP Valdoria)) (VP (VBD left))"}""");
        Assert.Contains("open", bad.InputProblem, StringComparison.Ordinal);
        var good = GoldSetReader.ParseLine("""{"set": "petr", "id": "OK-1", "date": "19950101", "text": "Valdoria left.", "events": [], "config": {}, "parse_format": "ptb", "parse": "(ROOT (S (NP (NNP Valdoria)) (VP (VBD left))))"}""");
        Assert.Null(good.InputProblem);
        // Other parse formats are not Treebank brackets and are not checked.
        var conllu = GoldSetReader.ParseLine("""{"set": "petr", "id": "C-1", "date": "19950101", "text": "Valdoria left.", "events": [], "config": {}, "parse_format": "conllu", "parse": "1\tValdoria\t(\n"}""");
        Assert.Null(conllu.InputProblem);
    }
}

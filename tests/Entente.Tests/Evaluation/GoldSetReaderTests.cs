using Entente.Evaluation;
using Entente.Model;
using Entente.Text;

namespace Entente.Tests.Evaluation;

/// <summary>Reading the gold sets: every schema, the PETRARCH XML, and line-numbered errors.</summary>
public sealed class GoldSetReaderTests
{
    [Fact]
    public void Eval_format_splits_alternatives_and_keeps_modality_and_sectors()
    {
        var record = GoldSetReader.ParseLine("""{"id": "E-1", "date": "2024-07-23", "text": "t", "events": [{"source": "HAMAS|PSE", "source_sector": "REB", "target": "---|ISR", "cameo": "1384|138", "modality": "future"}], "note": "n"}""");
        Assert.Equal(GoldFormat.Eval, record.Format);
        Assert.Null(record.Set);
        Assert.Equal(new DateOnly(2024, 7, 23), record.Date);
        Assert.Equal("n", record.Note);
        Assert.False(record.IsDocument);
        var e = Assert.Single(record.Events);
        Assert.Equal(["HAMAS", "PSE"], e.Sources);
        Assert.Equal(["---", "ISR"], e.Targets);
        Assert.Equal(["1384", "138"], e.Cameos);
        Assert.Equal(Modality.Future, e.Modality);
        Assert.Equal("REB", e.SourceSector);
        Assert.Null(e.TargetSector);
    }

    [Fact]
    public void Eval_format_missing_target_means_no_target_and_newlines_make_a_document()
    {
        var record = GoldSetReader.ParseLine("""{"id": "E-2", "date": "2024-07-23", "text": "One.\nTwo.", "events": [{"source": "PAK", "cameo": "190", "modality": "asserted"}]}""");
        Assert.True(record.IsDocument);
        Assert.Equal(["---"], record.Events[0].Targets);
    }

    [Fact]
    public void Plover_format_lists_actor_codes_and_fills_reciprocal_targets_for_compound_sources()
    {
        var record = GoldSetReader.ParseLine("""{"set": "plover_gsr_cameo", "id": "PL-1", "date": "2000-01-01", "text": "Japanese and Italian officials agreed to cooperate.", "category": "AGREE", "events": [{"source": [{"text": "Japanese", "code": "JAP", "sector": "GOV"}, {"text": "Italian", "code": "ITA", "sector": "GOVx"}], "target": [], "cameo": null, "plover": "AGREE", "mode": null}], "no_event": false, "error": null, "config": {}}""");
        Assert.Equal(GoldFormat.Plover, record.Format);
        var e = Assert.Single(record.Events);
        // why: the legacy CAMEO code JAP also accepts its ISO3 code JPN
        Assert.Equal(["JAP", "JPN", "ITA"], e.Sources);
        Assert.Equal(["---", "JAP", "JPN", "ITA"], e.Targets);
        Assert.Equal("AGREE", e.PloverType);
        Assert.Equal("GOV", e.SourceSector);
        Assert.Empty(e.Cameos);
    }

    [Fact]
    public void Plover_compound_source_of_one_state_still_acts_on_itself()
    {
        var record = GoldSetReader.ParseLine("""{"set": "plover_gsr_cameo", "id": "PL-2", "date": "2000-01-01", "text": "The Arnorian government and Arnorian rebels signed a truce.", "category": "AGREE", "events": [{"source": [{"text": "government", "code": "ARN", "sector": "GOV"}, {"text": "rebels", "code": "ARN", "sector": "REB"}], "target": [], "cameo": null, "plover": "AGREE", "mode": null}], "no_event": false, "error": null, "config": {}}""");
        var e = Assert.Single(record.Events);
        // why: two actors of one state list one code, but they are still two parties, so each direction (ARN->ARN) is the event
        Assert.Equal(["ARN"], e.Sources);
        Assert.Equal(["---", "ARN"], e.Targets);
    }

    [Fact]
    public void Cameo_manual_format_scores_the_code_only()
    {
        var record = GoldSetReader.ParseLine("""{"set": "cameo_manual_examples", "id": "CAMEO-0231", "date": null, "text": "t", "category": "02", "events": [{"source": null, "target": null, "cameo": "0231", "goldstein": "3.4"}], "no_event": false, "error": null, "config": {}}""");
        Assert.Equal(GoldFormat.CameoManual, record.Format);
        Assert.Null(record.Date);
        var e = Assert.Single(record.Events);
        Assert.Empty(e.Sources);
        Assert.Empty(e.Targets);
        Assert.Equal(["0231"], e.Cameos);
    }

    [Fact]
    public void Unknown_set_names_are_recognised_by_shape()
    {
        var plover = GoldSetReader.ParseLine("""{"set": "other", "id": "X", "text": "t", "events": [{"source": [{"code": "USA"}], "target": [], "plover": "AID"}]}""");
        Assert.Equal(GoldFormat.Plover, plover.Format);
        var petrarch = GoldSetReader.ParseLine("""{"set": "other", "id": "Y", "date": "19990101", "text": "t", "events": [{"source": "USAGOV", "target": "RUS", "cameo": "042"}]}""");
        Assert.Equal(GoldFormat.Petrarch, petrarch.Format);
    }

    [Fact]
    public void Petrarch_xml_is_read_with_its_codings_and_accumulated_config()
    {
        var records = GoldSetReader.ReadFile(PredictionFile.Golden("tiny-validation.xml.txt"));
        Assert.Equal(["TINY-01", "TINY-02", "TINY-03", "TINY-04"], records.Select(r => r.Id));

        var first = records[0];
        Assert.Equal(GoldFormat.Petrarch, first.Format);
        Assert.Equal(new DateOnly(2003, 4, 15), first.Date);
        Assert.Equal("DEMO", first.Category);
        Assert.Equal("Valdoran ministers visited Kestria for trade & border talks.", first.Text);
        Assert.Equal(["VALGOV>KES 0431", "KES>VALGOV 043"], first.Events.Select(e => e.ToString()));
        Assert.True(first.ConfigFlag("require_dyad"));
        Assert.Equal("True", first.Config["stop_on_error"]);
        Assert.True(first.Line > 10);

        var second = records[1];
        Assert.False(second.ConfigFlag("require_dyad", fallback: true));
        Assert.Equal(["\"THE HARBOUR COUNCIL\""], second.Events[0].Sources);
        Assert.Equal(["---"], second.Events[0].Targets);

        Assert.True(records[2].NoEventFlag);
        Assert.True(records[2].ExpectsNoEvent);
        Assert.Null(records[2].Error);
        Assert.Equal("storydiscard", records[3].Error);
        Assert.True(records[3].IsDiscard);
    }

    [Fact]
    public void Broken_xml_names_its_line()
    {
        var ex = Assert.Throws<InputException>(() => GoldSetReader.ReadPetrarchXml(new StringReader("<Validation>\n<Sentence id=\"A\">\n</Validation>"), "bad.xml"));
        Assert.Equal("bad.xml", ex.Path);
        Assert.Equal(3, ex.Line);
    }

    [Theory]
    // why: each malformed line is reported with its own 1-based line number (blank lines count)
    [InlineData("{\"id\": \"A\", \"text\": \"t\", \"events\": [", "invalid JSON")]
    [InlineData("{\"id\": \"A\", \"date\": \"2020-01-01\", \"text\": \"t\", \"events\": [{\"source\": \"PAK\", \"cameo\": \"040\", \"modality\": \"maybe\"}]}", "unknown modality \"maybe\"")]
    [InlineData("{\"id\": \"A\", \"date\": \"2020-01-01\", \"text\": \"t\", \"events\": [{\"source\": \"PAK\", \"modality\": \"asserted\"}]}", "missing \"cameo\"")]
    [InlineData("{\"id\": \"A\", \"date\": \"2020-01-01\", \"text\": \"t\", \"events\": [{\"source\": \"PAK\", \"cameo\": \"4x\"}]}", "not a CAMEO code")]
    [InlineData("{\"id\": \"A\", \"date\": \"01/02/2020\", \"text\": \"t\", \"events\": []}", "not YYYY-MM-DD")]
    [InlineData("{\"id\": \"A\", \"date\": \"2020-01-01\", \"events\": []}", "missing \"text\"")]
    [InlineData("{\"id\": \"A\", \"text\": \"t\", \"events\": {}}", "\"events\" must be an array")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"id\": 7, \"text\": \"t\", \"events\": []}", "missing \"id\"")]
    public void Malformed_line_error_names_the_line(string badLine, string reason)
    {
        var good = """{"id": "OK", "date": "2020-01-01", "text": "t", "events": []}""";
        var input = $"{good}\n\n{badLine}\n{good}\n";
        var ex = Assert.Throws<InputException>(() => GoldSetReader.ReadJsonl(new StringReader(input), "gold.jsonl"));
        Assert.Equal(3, ex.Line);
        Assert.Equal("gold.jsonl", ex.Path);
        Assert.StartsWith("gold.jsonl:3: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Reason, StringComparison.Ordinal);
        Assert.True(ex.Recoverable);
    }

    [Fact]
    public void Records_remember_their_line()
    {
        var records = GoldSetReader.ReadFile(PredictionFile.Golden("handcount.jsonl"));
        Assert.Equal([1, 2, 3, 4, 5], records.Select(r => r.Line));
    }
}

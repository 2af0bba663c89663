using System.CommandLine;
using System.Globalization;
using System.Text;
using Entente.Coding;
using Entente.Model;
using Entente.Output;
using Entente.Pipeline;
using Entente.Syntax;

namespace Entente.Cli;

/// <summary>`entente explain "sentence"`: every mention, every pattern tried, and why each event was or was not produced.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The sentence (or short text) to explain." };
        var date = CliOptions.Date();
        var command = new Command("explain", "Show how a sentence is coded: mentions, patterns, decisions, events.") { text, date };
        var petrarch = new PetrarchDictsOption();
        petrarch.AddTo(command);
        var noCache = CliOptions.NoCache();
        command.Options.Add(noCache);
        command.SetAction((parse, _) =>
        {
            var publication = CliOptions.ParseDate(parse.GetValue(date)) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var engine = Engine.Create(new EngineOptions
            {
                Coder = new CoderOptions { DefaultDate = publication, Trace = true },
                Petrarch = petrarch.ToPaths(parse),
                UseCache = !parse.GetValue(noCache),
            });
            var input = parse.GetValue(text) ?? "";
            if (string.IsNullOrWhiteSpace(input)) return Task.FromResult(CliErrors.Fail("explain: empty text"));
            var coded = engine.Code(new Document("explain", publication, null, null, null, input));
            Console.Out.Write(Render(coded, engine, engine.Tagger ?? new PosTagger(PosLexiconReader.LoadDefault())));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>The explanation as plain text (also used by tests).</summary>
    public static string Render(CodedDocument coded, Engine engine, PosTagger? tagger = null)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var doc = coded.Segmented;
        sb.AppendLine(inv, $"publication date: {coded.Document.Date:yyyy-MM-dd}");
        foreach (var s in doc.Sentences)
        {
            sb.AppendLine().AppendLine(inv, $"sentence {s.Index} [{s.Start}..{s.End}]{(s.IsHeadline ? " (headline)" : "")}: {doc.Text[s.Start..s.End]}");
            if (tagger is not null) AppendSyntax(sb, doc.Text, doc.TokensOf(s), tagger);
            sb.AppendLine("  mentions:");
            var any = false;
            foreach (var m in coded.Mentions)
            {
                if (m.Sentence != s.Index) continue;
                any = true;
                var what = m.Actor is { } a ? $"{a.Code}{(a.Name is null ? "" : $" ({a.Name})")}" :
                    m.Place is { } p ? $"{p.Name}, {p.Country}" : m.Count > 0 ? $"{m.Count} members" : "";
                sb.AppendLine(inv, $"    {m.Kind,-10} '{doc.Text[m.Start..m.End]}' [{m.Start}..{m.End}] {what}  <{string.Join(", ", m.Entries)}>");
            }

            if (!any) sb.AppendLine("    (none)");
            sb.AppendLine("  patterns matched:");
            var matches = engine.Patterns.Match(doc.Text, doc.TokensOf(s), s.FirstToken);
            if (matches.Count == 0) sb.AppendLine("    (none)");
            foreach (var match in matches)
            {
                var p = match.Pattern;
                sb.AppendLine(inv, $"    {p.Id} {p.Cameo} '{doc.Text[doc.Tokens[match.FirstToken].Start..doc.Tokens[match.LastToken].End]}' ({Path.GetFileName(p.File)}:{p.Line})");
            }

            sb.AppendLine("  decisions:");
            foreach (var t in coded.Trace)
            {
                if (t.Sentence == s.Index) sb.AppendLine(inv, $"    [{t.Stage}] {t.Message}");
            }
        }

        var dropped = coded.Trace.Where(t => t.Sentence < 0).ToList();
        if (dropped.Count > 0)
        {
            sb.AppendLine().AppendLine("removed before coding:");
            foreach (var t in dropped) sb.AppendLine(inv, $"  [{t.Stage}] {t.Message}");
        }

        sb.AppendLine().AppendLine(inv, $"events: {coded.Events.Count}");
        foreach (var ev in coded.Events)
        {
            var name = engine.Ontology.TryGet(ev.Cameo, out var c) ? c.Name : "?";
            sb.AppendLine(inv, $"  {ev.Source.Code} -> {ev.Target?.Code ?? "---"}  {ev.Cameo} {name}  {EventJson.ModalityName(ev.Modality)}  date {ev.Date:yyyy-MM-dd} ({EventJson.Basis(ev.DateBasis)})  conf {ev.Confidence:0.00}");
            sb.AppendLine(inv, $"      rule {ev.Rule}; entries {string.Join(", ", ev.Entries)}; goldstein {ev.Goldstein}; quad {ev.QuadClass}; plover {ev.Plover?.Type}");
        }

        return sb.ToString();
    }

    private static void AppendSyntax(StringBuilder sb, string text, ReadOnlySpan<Token> tokens, PosTagger tagger)
    {
        var tags = new PartOfSpeech[tokens.Length];
        tagger.Tag(text, tokens, tags);
        var chunks = new List<Chunk>();
        new Chunker().Chunk(tags, chunks);
        sb.Append("  syntax:");
        foreach (var chunk in chunks)
        {
            sb.Append(' ');
            var label = chunk.Kind switch { ChunkKind.NounGroup => "NG", ChunkKind.VerbGroup => "VG", _ => null };
            if (label is not null) sb.Append('[').Append(label);
            for (var k = chunk.First; k < chunk.End; k++)
            {
                if (label is not null || k > chunk.First) sb.Append(' ');
                sb.Append(tokens[k].Span(text)).Append('/').Append(PosTagNames.Short(tags[k]));
            }

            if (label is not null) sb.Append(']');
        }

        sb.AppendLine();
    }
}

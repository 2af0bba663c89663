using Entente.Model;
using Entente.Output;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>Prints events as a readable table on the terminal (collects, then renders once at the end).</summary>
internal sealed class TableSink : IEventSink
{
    private readonly Table _table = new Table()
        .AddColumns("doc:sent", "date", "source", "target", "cameo", "modality", "trigger", "conf");

    public ValueTask WriteAsync(CodedDocument document, CancellationToken cancellationToken = default)
    {
        foreach (var ev in document.Events)
        {
            _table.AddRow(
                Markup.Escape($"{ev.DocId}:{ev.Sentence}"),
                ev.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                Markup.Escape($"{ev.Source.Code} ({ev.Source.Text})"),
                Markup.Escape(ev.Target is null ? "---" : $"{ev.Target.Code} ({ev.Target.Text})"),
                ev.Cameo,
                EventJson.ModalityName(ev.Modality),
                Markup.Escape(ev.Trigger.Text),
                ev.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        AnsiConsole.Write(_table);
        return ValueTask.CompletedTask;
    }
}

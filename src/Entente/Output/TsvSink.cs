using System.Globalization;
using System.Text;
using Entente.Model;

namespace Entente.Output;

/// <summary>Writes events as tab-separated values with a header row: the columns analysts sort and filter on.</summary>
public sealed class TsvSink : IEventSink
{
    /// <summary>The header row.</summary>
    public const string Header = "id\tdoc_id\tsentence\tdate\tdate_basis\tsource\tsource_text\ttarget\ttarget_text\tcameo\tgoldstein\tquad_class\tplover\tmodality\ttrigger\tconfidence\trule";

    private readonly TextWriter _writer;
    private readonly bool _leaveOpen;
    private bool _headerWritten;

    /// <summary>Writes to <paramref name="writer"/>.</summary>
    public TsvSink(TextWriter writer, bool leaveOpen = true)
    {
        _writer = writer;
        _leaveOpen = leaveOpen;
    }

    /// <inheritdoc />
    public async ValueTask WriteAsync(CodedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!_headerWritten)
        {
            await _writer.WriteLineAsync(Header).ConfigureAwait(false);
            _headerWritten = true;
        }

        var sb = new StringBuilder(256);
        foreach (var ev in document.Events)
        {
            sb.Clear();
            sb.Append(ev.Id).Append('\t').Append(ev.DocId).Append('\t').Append(ev.Sentence.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(ev.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\t').Append(EventJson.Basis(ev.DateBasis)).Append('\t')
              .Append(ev.Source.Code).Append('\t').Append(Clean(ev.Source.Text)).Append('\t')
              .Append(ev.Target?.Code ?? "---").Append('\t').Append(Clean(ev.Target?.Text)).Append('\t')
              .Append(ev.Cameo).Append('\t').Append(ev.Goldstein.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(ev.QuadClass.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(ev.Plover?.Type).Append('\t')
              .Append(EventJson.ModalityName(ev.Modality)).Append('\t').Append(Clean(ev.Trigger.Text)).Append('\t')
              .Append(ev.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append('\t').Append(ev.Rule);
            await _writer.WriteLineAsync(sb.ToString()).ConfigureAwait(false);
        }
    }

    private static string Clean(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync().ConfigureAwait(false);
        if (!_leaveOpen) await _writer.DisposeAsync().ConfigureAwait(false);
    }
}

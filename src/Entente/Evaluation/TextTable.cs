using System.Text;

namespace Entente.Evaluation;

/// <summary>Plain-text table with aligned columns: first column left-aligned, the others right-aligned.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers) => _headers = headers;

    public void Add(params string[] cells) => _rows.Add(cells);

    public void WriteTo(StringBuilder output)
    {
        var widths = new int[_headers.Length];
        for (var c = 0; c < _headers.Length; c++)
        {
            widths[c] = _headers[c].Length;
            foreach (var row in _rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        WriteRow(output, _headers, widths);
        var rule = 0;
        foreach (var w in widths)
        {
            rule += w + 2;
        }

        output.Append(' ', 2).Append('-', rule - 2).Append('\n');
        foreach (var row in _rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(StringBuilder output, string[] cells, int[] widths)
    {
        output.Append(' ', 2);
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                output.Append(' ', 2);
            }

            output.Append(c == 0 ? cells[c].PadRight(widths[c]) : cells[c].PadLeft(widths[c]));
        }

        output.Append('\n');
    }
}

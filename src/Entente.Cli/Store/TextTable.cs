using System.Text;

namespace Entente.Cli.Store;

/// <summary>A plain fixed-width text table: stable in pipes and files, unlike a terminal-width table.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _right;
    private readonly List<string[]> _rows = [];

    /// <summary>Column headers; a header starting with '>' is right-aligned (numbers), the '>' is not shown.</summary>
    public TextTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _headers = new string[headers.Length];
        _right = new bool[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            _right[i] = headers[i].StartsWith('>');
            _headers[i] = _right[i] ? headers[i][1..] : headers[i];
        }
    }

    public int RowCount => _rows.Count;

    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"expected {_headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = new int[_headers.Length];
        for (var i = 0; i < _headers.Length; i++)
        {
            widths[i] = _headers[i].Length;
            foreach (var row in _rows)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var line = new StringBuilder(256);
        WriteRow(writer, line, _headers, widths);
        line.Clear();
        for (var i = 0; i < widths.Length; i++)
        {
            line.Append(i == 0 ? "" : "  ").Append('-', widths[i]);
        }

        writer.WriteLine(line.ToString());
        foreach (var row in _rows)
        {
            WriteRow(writer, line, row, widths);
        }
    }

    private void WriteRow(TextWriter writer, StringBuilder line, string[] cells, int[] widths)
    {
        line.Clear();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            var pad = widths[i] - cells[i].Length;
            if (_right[i])
            {
                line.Append(' ', pad).Append(cells[i]);
            }
            else
            {
                line.Append(cells[i]);
                if (i < cells.Length - 1)
                {
                    line.Append(' ', pad);
                }
            }
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }
}

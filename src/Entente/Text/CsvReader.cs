using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using Entente.Model;

namespace Entente.Text;

/// <summary>Reads RFC 4180 CSV with a header naming at least a <c>text</c> column; streams record by record.</summary>
/// <remarks>
/// Column names are matched case-insensitively against a few common spellings (<c>publication_date</c>,
/// <c>webPublicationDate</c>, <c>headline</c>, ...). An unnamed first column (a pandas index) is taken as the id
/// when no id column exists. Only mapped columns are materialised, so wide files with long unused columns stay cheap.
/// </remarks>
public sealed class CsvReader : IReader
{
    private static readonly FrozenDictionary<string, Column> _columns = new Dictionary<string, Column>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = Column.Text, ["body"] = Column.Text, ["bodytext"] = Column.Text, ["article_text"] = Column.Text,
        ["id"] = Column.Id, ["doc_id"] = Column.Id, ["document_id"] = Column.Id, ["article_id"] = Column.Id, ["guid"] = Column.Id,
        ["date"] = Column.Date, ["publication_date"] = Column.Date, ["webpublicationdate"] = Column.Date, ["pub_date"] = Column.Date,
        ["publish_date"] = Column.Date, ["published"] = Column.Date, ["published_at"] = Column.Date, ["publishedat"] = Column.Date,
        ["datetime"] = Column.Date,
        ["title"] = Column.Title, ["headline"] = Column.Title, ["webtitle"] = Column.Title,
        ["url"] = Column.Url, ["link"] = Column.Url, ["weburl"] = Column.Url,
        ["source"] = Column.Source, ["outlet"] = Column.Source, ["publisher"] = Column.Source, ["source_name"] = Column.Source,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly Action<InputException>? _onRecoverableError;

    /// <summary>Creates the reader; <paramref name="onRecoverableError"/> receives skippable errors (null: they are thrown).</summary>
    public CsvReader(Action<InputException>? onRecoverableError = null) => _onRecoverableError = onRecoverableError;

    /// <inheritdoc/>
    public async IAsyncEnumerable<Document> Read(Stream stream, SourceInfo source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        string stem = InputFields.IdFromPath(source.Path);
        using var lines = new Utf8LineReader(stream, source.Path);
        var record = new RecordBuilder();
        Column[]? map = null;
        var header = new List<string>();
        bool poisoned = false;

        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false))
        {
            string line;
            try
            {
                line = Utf8Text.Decode(lines.Line.Span, source.Path, lines.LineNumber);
            }
            catch (InputException e) when (e.Recoverable && _onRecoverableError is not null && map is not null)
            {
                // The broken line may open or close a quoted field, so it is still parsed (lossily) to keep the
                // quote state right; the record it belongs to is dropped when it completes.
                _onRecoverableError(e);
                line = Encoding.UTF8.GetString(lines.Line.Span);
                poisoned = true;
            }

            if (!record.InRecord && line.AsSpan().Trim().IsEmpty)
            {
                continue;
            }

            if (!record.Feed(line, lines.LineNumber, map))
            {
                continue;
            }

            if (map is null)
            {
                map = MapHeader(record, header, source.Path);
                record.Reset();
                continue;
            }

            if (poisoned)
            {
                poisoned = false;
                record.Reset();
                continue;
            }

            Document? document = null;
            try
            {
                document = Build(record, source, stem);
            }
            catch (InputException e) when (e.Recoverable && _onRecoverableError is not null)
            {
                _onRecoverableError(e);
            }

            record.Reset();
            if (document is not null)
            {
                yield return document;
            }
        }

        if (record.InRecord)
        {
            var error = new InputException(source.Path, record.FirstLine, "unterminated quoted field") { Recoverable = true };
            if (_onRecoverableError is null)
            {
                throw error;
            }

            _onRecoverableError(error);
        }
    }

    private static Column[] MapHeader(RecordBuilder record, List<string> header, string path)
    {
        record.CopyAll(header);
        var map = new Column[header.Count];
        bool hasText = false, hasId = false;
        for (int i = 0; i < header.Count; i++)
        {
            var column = _columns.GetValueOrDefault(header[i].Trim(), Column.None);
            if ((column == Column.Text && hasText) || (column == Column.Id && hasId))
            {
                column = Column.None;
            }

            hasText |= column == Column.Text;
            hasId |= column == Column.Id;
            map[i] = column;
        }

        if (!hasText)
        {
            throw new InputException(path, record.FirstLine, "CSV header has no \"text\" column");
        }

        if (!hasId && header.Count > 0 && header[0].Trim().Length == 0)
        {
            map[0] = Column.Id;
        }

        return map;
    }

    private static Document Build(RecordBuilder record, SourceInfo source, string stem)
    {
        string? text = record.Get(Column.Text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(source.Path, record.FirstLine, "no text") { Recoverable = true };
        }

        DateOnly? date = source.DefaultDate;
        string? rawDate = record.Get(Column.Date);
        if (!string.IsNullOrWhiteSpace(rawDate))
        {
            date = InputFields.TryParseDate(rawDate, out var parsed)
                ? parsed
                : throw new InputException(source.Path, record.FirstLine, $"unreadable date \"{rawDate}\"") { Recoverable = true };
        }

        string? id = record.Get(Column.Id);
        id = string.IsNullOrWhiteSpace(id) ? $"{stem}:{record.FirstLine}" : id.Trim();
        return new Document(id, date, Trimmed(record.Get(Column.Title)), Trimmed(record.Get(Column.Url)), Trimmed(record.Get(Column.Source)), text);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private enum Column
    {
        None,
        Id,
        Date,
        Text,
        Title,
        Url,
        Source,
    }

    /// <summary>The quote-aware state machine; a record may span several physical lines.</summary>
    private sealed class RecordBuilder
    {
        private readonly StringBuilder _field = new();
        private readonly string?[] _values = new string?[7];
        private readonly List<string> _all = [];
        private int _column;
        private bool _inQuotes;
        private bool _fieldStarted;

        public bool InRecord { get; private set; }

        public int FirstLine { get; private set; }

        /// <summary>Adds one physical line; returns true when the record is complete.</summary>
        public bool Feed(string line, int lineNumber, Column[]? map)
        {
            if (!InRecord)
            {
                InRecord = true;
                FirstLine = lineNumber;
            }
            else
            {
                // Only reached inside a quoted field: the line break belongs to the value.
                _field.Append('\n');
            }

            Column target = Target(map);
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (_inQuotes)
                {
                    if (c != '"')
                    {
                        Append(c, target, map);
                    }
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        Append('"', target, map);
                        i++;
                    }
                    else
                    {
                        _inQuotes = false;
                    }
                }
                else if (c == ',')
                {
                    EndField(target, map);
                    target = Target(map);
                }
                else if (c == '"' && !_fieldStarted)
                {
                    _inQuotes = true;
                    _fieldStarted = true;
                }
                else
                {
                    // Lenient: a stray quote inside an unquoted field is kept as a character.
                    _fieldStarted = true;
                    Append(c, target, map);
                }
            }

            if (_inQuotes)
            {
                return false;
            }

            EndField(target, map);
            return true;
        }

        public string? Get(Column column) => _values[(int)column];

        public void CopyAll(List<string> into)
        {
            into.Clear();
            into.AddRange(_all);
        }

        public void Reset()
        {
            Array.Clear(_values);
            _all.Clear();
            _field.Clear();
            _column = 0;
            _inQuotes = false;
            _fieldStarted = false;
            InRecord = false;
        }

        private Column Target(Column[]? map) =>
            map is null ? Column.None : _column < map.Length ? map[_column] : Column.None;

        private void Append(char c, Column target, Column[]? map)
        {
            if (map is null || target != Column.None)
            {
                _field.Append(c);
            }
        }

        private void EndField(Column target, Column[]? map)
        {
            if (map is null)
            {
                _all.Add(_field.ToString());
            }
            else if (target != Column.None)
            {
                _values[(int)target] = _field.ToString();
            }

            _field.Clear();
            _fieldStarted = false;
            _column++;
        }
    }
}

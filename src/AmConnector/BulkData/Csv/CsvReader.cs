using System.Text;

namespace AmConnector.BulkData.Csv;

/// <summary>
/// Streams RFC 4180 records: comma-separated, fields optionally in double quotes, a quote inside a
/// quoted field doubled, commas and line breaks (CRLF or LF) allowed inside quotes. A byte-order mark
/// before the first field is dropped. Hand-written (about a hundred lines) so the plugin that hosts
/// embed takes no CSV dependency for its bulk import (docs/import-export.md).
/// </summary>
internal sealed class CsvReader(TextReader reader)
{
    private readonly char[] _buffer = new char[32 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private bool _started;

    /// <summary>The physical line of the next character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The next record, or null at the end of the file. Blank lines are skipped.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await FillAsync(cancellationToken))
            {
                return null;
            }

            var record = await ReadRecordAsync(cancellationToken);
            if (record.Fields is not [""])
            {
                return record;
            }
        }
    }

    private async ValueTask<CsvRecord> ReadRecordAsync(CancellationToken cancellationToken)
    {
        var start = Line;
        var fields = new List<string>();
        _field.Clear();
        bool quoted = false, closed = false;
        while (true)
        {
            if (!await FillAsync(cancellationToken))
            {
                if (quoted && !closed)
                {
                    throw new CsvFormatException(start, "a quoted field is not closed before the end of the file.");
                }

                fields.Add(_field.ToString());
                return new CsvRecord(start, fields);
            }

            var c = _buffer[_position++];
            if (quoted && !closed)
            {
                if (c != '"')
                {
                    Line += c == '\n' ? 1 : 0;
                    _field.Append(c);
                }
                else if (await FillAsync(cancellationToken) && _buffer[_position] == '"')
                {
                    _field.Append('"');
                    _position++;
                }
                else
                {
                    closed = true;
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    quoted = closed = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && await FillAsync(cancellationToken) && _buffer[_position] == '\n')
                    {
                        _position++;
                    }

                    Line++;
                    fields.Add(_field.ToString());
                    return new CsvRecord(start, fields);
                case '"' when _field.Length == 0 && !quoted:
                    quoted = true;
                    break;
                case '"':
                    throw new CsvFormatException(Line, "a double quote inside a field that is not quoted (quote the field and double the quote).");
                default:
                    if (closed)
                    {
                        throw new CsvFormatException(Line, "text after the closing quote of a field.");
                    }

                    _field.Append(c);
                    break;
            }
        }
    }

    /// <summary>True when a character is available at <see cref="_position"/>.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_position < _length)
        {
            return true;
        }

        _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
        _position = 0;
        if (!_started && _length > 0)
        {
            _started = true;
            _position = _buffer[0] == '\uFEFF' ? 1 : 0;
            return _position < _length || await FillAsync(cancellationToken);
        }

        return _length > 0;
    }
}

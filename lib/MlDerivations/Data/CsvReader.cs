using System.Text;

namespace MlDerivations.Data;

/// <summary>One CSV record: its fields and the 1-based line on which it starts.</summary>
internal readonly record struct CsvRecord(string[] Fields, int LineNumber);

/// <summary>
/// Reads RFC 4180 CSV: fields separated by one character; a field that starts with a double quote
/// runs to the matching quote and may hold separators, line breaks and doubled quotes ("" → ");
/// records end with LF, CRLF or CR; a leading byte-order mark is skipped; blank lines are skipped.
/// A line break inside a quoted field is kept as "\n" whatever the file's line ends are. A quote
/// inside an unquoted field is kept as text (lenient, as most readers are).
/// </summary>
internal sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly string _source;
    private readonly char _separator;
    private readonly StringBuilder _field = new();
    private int _line = 1;
    private string[]? _header;
    private int _dataRows;

    private CsvReader(TextReader reader, string source, char separator)
    {
        _reader = reader;
        _source = source;
        _separator = separator;
    }

    /// <summary>All non-blank records of <paramref name="reader"/>; the first is the header.</summary>
    public static List<CsvRecord> ReadAll(TextReader reader, string source, char separator)
    {
        var csv = new CsvReader(reader, source, separator);
        if (reader.Peek() == '\uFEFF') reader.Read();
        var records = new List<CsvRecord>();
        while (csv.TryReadRecord(out CsvRecord record))
        {
            if (record.Fields is [""]) continue; // a blank line
            if (csv._header is null) csv._header = record.Fields;
            else csv._dataRows++;
            records.Add(record);
        }
        return records;
    }

    private bool TryReadRecord(out CsvRecord record)
    {
        record = default;
        if (_reader.Peek() < 0) return false;
        int start = _line;
        var fields = new List<string>();
        bool endOfRecord = false;
        while (!endOfRecord)
        {
            endOfRecord = _reader.Peek() == '"'
                ? ReadQuotedField(start, fields.Count)
                : ReadPlainField();
            fields.Add(_field.ToString());
        }
        record = new CsvRecord(fields.ToArray(), start);
        return true;
    }

    /// <summary>Reads an unquoted field into _field; true when it ended the record.</summary>
    private bool ReadPlainField()
    {
        _field.Clear();
        while (true)
        {
            int c = _reader.Read();
            if (c < 0 || ConsumeLineEnd(c)) return true;
            if (c == _separator) return false;
            _field.Append((char)c);
        }
    }

    /// <summary>Reads a quoted field (opening quote not yet consumed); true when it ended the record.</summary>
    private bool ReadQuotedField(int recordLine, int fieldIndex)
    {
        _field.Clear();
        _reader.Read(); // the opening quote
        while (true)
        {
            int c = _reader.Read();
            if (c < 0)
                throw Error(recordLine, fieldIndex,
                    "a quoted field is never closed; check for a missing closing \" (a quote inside a quoted field must be doubled, \"\")");
            if (c == '"')
            {
                if (_reader.Peek() == '"')
                {
                    _reader.Read();
                    _field.Append('"');
                    continue;
                }
                return EndQuotedField(recordLine, fieldIndex);
            }
            if (ConsumeLineEnd(c)) _field.Append('\n');
            else _field.Append((char)c);
        }
    }

    private bool EndQuotedField(int recordLine, int fieldIndex)
    {
        int next = _reader.Read();
        if (next < 0 || ConsumeLineEnd(next)) return true;
        if (next == _separator) return false;
        throw Error(recordLine, fieldIndex,
            $"text '{(char)next}' follows the closing quote of a quoted field; a quote inside a quoted field must be doubled (\"\")");
    }

    /// <summary>True (and the line count advanced) when <paramref name="c"/> starts a line end.</summary>
    private bool ConsumeLineEnd(int c)
    {
        if (c == '\n')
        {
            _line++;
            return true;
        }
        if (c != '\r') return false;
        if (_reader.Peek() == '\n') _reader.Read();
        _line++;
        return true;
    }

    private DataFormatException Error(int recordLine, int fieldIndex, string problem)
    {
        int? row = _header is null ? null : _dataRows + 1;
        string column = _header is not null && fieldIndex < _header.Length
            ? _header[fieldIndex]
            : $"#{fieldIndex + 1}";
        return new DataFormatException(_source, recordLine, row, column, problem);
    }
}

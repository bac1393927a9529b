namespace MlDerivations.Data;

/// <summary>
/// A CSV file that cannot be read as a table: a ragged row, text in a column forced numeric, an
/// unterminated quote, a missing or duplicated header name. The message names the file, the
/// 1-based line where the record starts, the 1-based data row (the header is not counted) and the
/// column, e.g. "data/x.csv, line 5 (data row 4), column 'bmi': 'abc' is not a number …".
/// </summary>
public sealed class DataFormatException : FormatException
{
    internal DataFormatException(string fileName, int lineNumber, int? rowNumber, string? columnName, string problem)
        : base(Describe(fileName, lineNumber, rowNumber, columnName, problem))
    {
        FileName = fileName;
        LineNumber = lineNumber;
        RowNumber = rowNumber;
        ColumnName = columnName;
    }

    /// <summary>The file (as the caller named it) or other source that was read.</summary>
    public string FileName { get; }

    /// <summary>The 1-based physical line on which the offending record starts.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based data row (header excluded); null when the header itself is at fault.</summary>
    public int? RowNumber { get; }

    /// <summary>The column at fault, when one can be named.</summary>
    public string? ColumnName { get; }

    private static string Describe(string fileName, int lineNumber, int? rowNumber, string? columnName, string problem)
    {
        string row = rowNumber is int r ? $" (data row {r})" : " (header)";
        string column = columnName is null ? "" : $", column '{columnName}'";
        return $"{fileName}, line {lineNumber}{row}{column}: {problem}";
    }
}

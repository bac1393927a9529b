using System.Globalization;
using Microsoft.Data.Analysis;

namespace MlDerivations.Data;

/// <summary>
/// Turns CSV records into a <see cref="DataFrame"/>: checks the header and the row lengths, then
/// gives each column a kind (forced by the options, or numeric when every non-missing value parses
/// as a double in the invariant culture, else categorical) and its values: a
/// <see cref="DoubleDataFrameColumn"/> or a <see cref="StringDataFrameColumn"/>, null where missing.
/// </summary>
internal static class CsvFrameBuilder
{
    public static DataFrame Build(List<CsvRecord> records, string source, CsvLoadOptions options)
    {
        if (records.Count == 0)
            throw new DataFormatException(source, 1, null, null, "the file is empty; a header row naming the columns is needed");
        string[] header = records[0].Fields;
        CheckHeader(header, source, records[0].LineNumber);
        CheckForcedKinds(header, options);
        for (int r = 1; r < records.Count; r++) CheckLength(records[r], r, header, source);

        var columns = new DataFrameColumn[header.Length];
        for (int j = 0; j < header.Length; j++)
            columns[j] = BuildColumn(records, j, header[j], source, options);
        return new DataFrame(columns);
    }

    private static void CheckHeader(string[] header, string source, int line)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < header.Length; j++)
        {
            if (header[j].Trim().Length == 0)
                throw new DataFormatException(source, line, null, $"#{j + 1}", "the header gives this column no name");
            if (!seen.Add(header[j]))
                throw new DataFormatException(source, line, null, header[j], "the header names this column twice");
        }
    }

    private static void CheckForcedKinds(string[] header, CsvLoadOptions options)
    {
        if (options.ColumnKinds is null) return;
        foreach (string name in options.ColumnKinds.Keys)
            if (Array.IndexOf(header, name) < 0)
                throw new ArgumentException(
                    $"CsvLoadOptions.ColumnKinds must name columns of the file ({string.Join(", ", header)}); got '{name}'.",
                    nameof(options));
    }

    private static void CheckLength(CsvRecord record, int row, string[] header, string source)
    {
        int count = record.Fields.Length;
        if (count == header.Length) return;
        string problem = $"the row has {count} fields but the header has {header.Length}";
        string column = count < header.Length ? header[count] : header[^1];
        problem += count < header.Length
            ? $"; the first missing field is '{column}'"
            : $"; the extra fields come after '{column}' (a field with a comma must be quoted)";
        throw new DataFormatException(source, record.LineNumber, row, column, problem);
    }

    private static DataFrameColumn BuildColumn(List<CsvRecord> records, int j, string name, string source, CsvLoadOptions options)
    {
        ColumnKind? forced = options.ColumnKinds is { } kinds && kinds.TryGetValue(name, out ColumnKind k) ? k : null;
        int n = records.Count - 1;
        var numbers = new double?[n];
        bool numeric = forced != ColumnKind.Categorical;
        for (int r = 0; r < n && numeric; r++)
        {
            string text = records[r + 1].Fields[j];
            if (IsMissing(text, options)) numbers[r] = null;
            else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) numbers[r] = value;
            else if (forced == ColumnKind.Numeric)
                throw new DataFormatException(source, records[r + 1].LineNumber, r + 1, name,
                    $"'{text}' is not a number (invariant culture, '.' as decimal point), and the column is forced numeric");
            else numeric = false;
        }
        if (numeric) return new DoubleDataFrameColumn(name, numbers);

        var labels = new string?[n];
        for (int r = 0; r < n; r++)
        {
            string text = records[r + 1].Fields[j];
            labels[r] = IsMissing(text, options) ? null : text;
        }
        return new StringDataFrameColumn(name, labels);
    }

    private static bool IsMissing(string text, CsvLoadOptions options)
    {
        string trimmed = text.Trim();
        foreach (string marker in options.MissingValues)
            if (string.Equals(trimmed, marker, StringComparison.Ordinal)) return true;
        return false;
    }
}

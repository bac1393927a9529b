namespace MlDerivations.Data;

public sealed partial class Table
{
    /// <summary>A table of the named columns only, in the order given.</summary>
    public Table Select(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length == 0)
            throw new ArgumentException("Table.Columns must name at least one column; got none.", nameof(columns));
        if (columns.Distinct(StringComparer.Ordinal).Count() != columns.Length)
            throw new ArgumentException(
                $"Table.Columns must name each column once; got {string.Join(", ", columns)}.", nameof(columns));
        int[] picked = columns.Select(c => IndexOf(c, nameof(columns))).ToArray();
        return new Table(picked.Select(j => _names[j]).ToArray(), picked.Select(j => _data[j]).ToArray(), RowCount);
    }

    /// <summary>A table without the named columns (e.g. the target, before <see cref="ToMatrix"/>).</summary>
    public Table Drop(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        foreach (string c in columns) IndexOf(c, nameof(columns));
        var kept = Enumerable.Range(0, ColumnCount).Where(j => Array.IndexOf(columns, _names[j]) < 0).ToArray();
        if (kept.Length == 0)
            throw new ArgumentException(
                $"Table.Columns must leave at least one column; got all {ColumnCount}.", nameof(columns));
        return new Table(kept.Select(j => _names[j]).ToArray(), kept.Select(j => _data[j]).ToArray(), RowCount);
    }

    /// <summary>The rows for which <paramref name="predicate"/> holds, in table order.</summary>
    public Table Where(Func<TableRow, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var rows = new List<int>();
        for (int i = 0; i < RowCount; i++)
            if (predicate(new TableRow(this, i))) rows.Add(i);
        return TakeRows(rows);
    }

    /// <summary>
    /// The rows with no missing value in the named columns (in every column when none are named),
    /// i.e. complete-case analysis.
    /// </summary>
    public Table DropMissing(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        int[] checkedColumns = columns.Length == 0
            ? Enumerable.Range(0, ColumnCount).ToArray()
            : columns.Select(c => IndexOf(c, nameof(columns))).ToArray();
        var rows = new List<int>();
        for (int i = 0; i < RowCount; i++)
            if (checkedColumns.All(j => !_data[j].IsMissing(i))) rows.Add(i);
        return TakeRows(rows);
    }

    /// <summary>The rows at the given 0-based positions, in that order (repeats allowed, e.g. a bootstrap sample).</summary>
    public Table Rows(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        for (int k = 0; k < indices.Count; k++)
            if ((uint)indices[k] >= (uint)RowCount)
                throw new ArgumentOutOfRangeException(nameof(indices), indices[k],
                    $"Table.Indices must lie in [0, {RowCount - 1}]; got {indices[k]} at position {k}.");
        return TakeRows(indices);
    }

    internal Table TakeRows(IReadOnlyList<int> rows) =>
        new(_names, _data.Select(column => column.Take(rows)).ToArray(), rows.Count);

    internal double NumberAt(string column, int row) => NumericData(column, nameof(column))[row];

    internal string? TextAt(string column, int row)
    {
        int j = IndexOf(column, nameof(column));
        if (_data[j] is CategoricalColumnData labels) return labels.Values[row];
        throw new ArgumentException(
            $"TableRow.Column must name a categorical column; got numeric column '{column}' (use Number).", nameof(column));
    }

    internal bool IsMissingAt(string column, int row) => _data[IndexOf(column, nameof(column))].IsMissing(row);

    /// <summary>A table with the values of an existing column replaced by numeric <paramref name="values"/> (owned, not copied).</summary>
    internal Table WithNumericColumn(string column, double[] values)
    {
        int j = IndexOf(column, nameof(column));
        var data = (ColumnData[])_data.Clone();
        data[j] = new NumericColumnData(values);
        return new Table(_names, data, RowCount);
    }
}

namespace MlDerivations.Data;

/// <summary>One row of a <see cref="Table"/>, as seen by a <see cref="Table.Where"/> predicate.</summary>
public readonly struct TableRow
{
    private readonly Table _table;

    internal TableRow(Table table, int index)
    {
        _table = table;
        Index = index;
    }

    /// <summary>The 0-based position of the row in its table.</summary>
    public int Index { get; }

    /// <summary>The value of a numeric column in this row (NaN when missing).</summary>
    public double Number(string column) => _table.NumberAt(column, Index);

    /// <summary>The value of a categorical column in this row (null when missing).</summary>
    public string? Text(string column) => _table.TextAt(column, Index);

    /// <summary>Whether this row's value of <paramref name="column"/> is missing.</summary>
    public bool IsMissing(string column) => _table.IsMissingAt(column, Index);
}

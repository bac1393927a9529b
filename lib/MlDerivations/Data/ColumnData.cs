namespace MlDerivations.Data;

/// <summary>The values of one column, stored as a plain array that no one else holds.</summary>
internal abstract class ColumnData
{
    public abstract ColumnKind Kind { get; }

    public abstract int Length { get; }

    public abstract bool IsMissing(int row);

    /// <summary>A new column holding the values at <paramref name="rows"/>, in that order.</summary>
    public abstract ColumnData Take(IReadOnlyList<int> rows);

    public int CountMissing()
    {
        int count = 0;
        for (int i = 0; i < Length; i++)
            if (IsMissing(i)) count++;
        return count;
    }
}

/// <summary>A numeric column; NaN marks a missing value.</summary>
internal sealed class NumericColumnData(double[] values) : ColumnData
{
    public double[] Values { get; } = values;

    public override ColumnKind Kind => ColumnKind.Numeric;

    public override int Length => Values.Length;

    public override bool IsMissing(int row) => double.IsNaN(Values[row]);

    public override ColumnData Take(IReadOnlyList<int> rows)
    {
        var taken = new double[rows.Count];
        for (int i = 0; i < taken.Length; i++) taken[i] = Values[rows[i]];
        return new NumericColumnData(taken);
    }
}

/// <summary>A categorical column; null marks a missing value.</summary>
internal sealed class CategoricalColumnData(string?[] values) : ColumnData
{
    public string?[] Values { get; } = values;

    public override ColumnKind Kind => ColumnKind.Categorical;

    public override int Length => Values.Length;

    public override bool IsMissing(int row) => Values[row] is null;

    public override ColumnData Take(IReadOnlyList<int> rows)
    {
        var taken = new string?[rows.Count];
        for (int i = 0; i < taken.Length; i++) taken[i] = Values[rows[i]];
        return new CategoricalColumnData(taken);
    }
}

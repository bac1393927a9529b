using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Data;

public sealed partial class Table
{
    /// <summary>
    /// A table from named columns of equal length, e.g.
    /// <c>Table.FromColumns(("x", xs), ("label", labels))</c>. A column's values may be
    /// <c>double[]</c>, <c>int[]</c> or <c>Vector&lt;double&gt;</c> (numeric, NaN = missing) or
    /// <c>string?[]</c> (categorical, null = missing). The values are copied.
    /// </summary>
    public static Table FromColumns(params (string Name, object Values)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length == 0)
            throw new ArgumentException("Table.Columns must hold at least one column; got none.", nameof(columns));
        var names = new string[columns.Length];
        var data = new ColumnData[columns.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int j = 0; j < columns.Length; j++)
        {
            var (name, values) = columns[j];
            if (string.IsNullOrWhiteSpace(name) || !seen.Add(name))
                throw new ArgumentException(
                    $"Table.Columns must have distinct, non-blank names; got '{name}' at position {j}.", nameof(columns));
            names[j] = name;
            data[j] = ToColumnData(name, values);
            if (data[j].Length != data[0].Length)
                throw new ArgumentException(
                    $"Table.Columns must all have one length; got '{names[0]}' of length {data[0].Length} and '{name}' of length {data[j].Length}.",
                    nameof(columns));
        }
        return new Table(names, data, data[0].Length);
    }

    private static ColumnData ToColumnData(string name, object values) => values switch
    {
        double[] d => new NumericColumnData((double[])d.Clone()),
        int[] i => new NumericColumnData(Array.ConvertAll(i, v => (double)v)),
        Vector<double> v => new NumericColumnData(v.ToArray()),
        string?[] s => new CategoricalColumnData((string?[])s.Clone()),
        _ => throw new ArgumentException(
            $"Table.Columns must hold double[], int[], Vector<double> or string?[] values; got {(values is null ? "null" : values.GetType().Name)} for '{name}'.",
            "columns"),
    };
}

using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using MlDerivations.Validation;

namespace MlDerivations.Data;

/// <summary>
/// The bridge from a Microsoft.Data.Analysis <see cref="DataFrame"/> to the library's MathNet
/// surface, plus the few row operations the derivations need that DataFrame lacks: numeric columns
/// as a design matrix or a vector, a text column as labels, one-hot encoding, complete-case
/// filtering, and seeded train/test splits and k folds. Column selection, filtering by a mask and the
/// row count are DataFrame's own (<c>frame["x"]</c>, <c>frame.Filter(mask)</c>,
/// <c>frame.Rows.Count</c>). A value is missing when it is null (or NaN in a numeric column); no
/// missing value ever reaches a matrix or vector silently. Every result is a new object.
/// </summary>
public static partial class DataFrameBridge
{
    private const string Owner = nameof(DataFrame);

    /// <summary>
    /// The design matrix X (n × p) whose column k is the numeric column <c>columns[k]</c>; with no
    /// names, every numeric column in frame order. A missing value is refused with an error naming
    /// the column and the row: call <see cref="DropMissing"/> first.
    /// </summary>
    public static Matrix<double> ToMatrix(this DataFrame frame, params string[] columns)
    {
        Guard.NotNull(frame, Owner, nameof(frame));
        Guard.NotNull(columns, Owner, nameof(columns));
        DataFrameColumn[] selected = columns.Length > 0
            ? columns.Select(name => NumericColumn(frame, name, nameof(columns))).ToArray()
            : frame.Columns.Where(IsNumeric).ToArray();
        int n = RowCount(frame);
        var matrix = Matrix<double>.Build.Dense(n, selected.Length);
        for (int k = 0; k < selected.Length; k++)
            matrix.SetColumn(k, Values(selected[k], nameof(columns)));
        return matrix;
    }

    /// <summary>A numeric column as a new vector of length n; a missing value is an error naming the row.</summary>
    public static Vector<double> Numeric(this DataFrame frame, string name)
    {
        Guard.NotNull(frame, Owner, nameof(frame));
        return Vector<double>.Build.DenseOfArray(Values(NumericColumn(frame, name, nameof(name)), nameof(name)));
    }

    /// <summary>A text (categorical) column as a new array of length n; null where missing.</summary>
    public static string?[] Categorical(this DataFrame frame, string name)
    {
        Guard.NotNull(frame, Owner, nameof(frame));
        DataFrameColumn column = Column(frame, name, nameof(name));
        if (column.DataType != typeof(string))
            throw Guard.Invalid(Owner, nameof(name), "name a text column",
                $"{Describe(column)} '{name}' (use Numeric, or OneHot to encode it)");
        var labels = new string?[RowCount(frame)];
        for (int i = 0; i < labels.Length; i++) labels[i] = (string?)column[i];
        return labels;
    }

    /// <summary>Whether a column holds numbers (double, float, decimal or an integer type).</summary>
    internal static bool IsNumeric(DataFrameColumn column) =>
        Type.GetTypeCode(column.DataType) is TypeCode.Double or TypeCode.Single or TypeCode.Decimal
            or TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16
            or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64;

    /// <summary>Whether row <paramref name="row"/> of the column is missing: null, or NaN.</summary>
    internal static bool IsMissing(DataFrameColumn column, long row) => column[row] switch
    {
        null => true,
        double d => double.IsNaN(d),
        float f => float.IsNaN(f),
        _ => false,
    };

    internal static int RowCount(DataFrame frame) =>
        frame.Rows.Count <= int.MaxValue
            ? (int)frame.Rows.Count
            : throw Guard.Invalid(Owner, nameof(frame), "have at most 2³¹ − 1 rows to become a matrix", frame.Rows.Count.ToString(CultureInfo.InvariantCulture));

    /// <summary>The column called <paramref name="name"/>, or an error listing the frame's columns.</summary>
    internal static DataFrameColumn Column(DataFrame frame, string name, string parameter)
    {
        int j = name is null ? -1 : frame.Columns.IndexOf(name);
        if (j >= 0) return frame.Columns[j];
        string[] names = frame.Columns.Select(c => c.Name).ToArray();
        string list = names.Length <= 12
            ? string.Join(", ", names)
            : string.Join(", ", names.Take(12)) + $", … ({names.Length} in all)";
        throw Guard.Invalid(Owner, parameter, $"name a column of the data frame ({list})", name is null ? "null" : $"'{name}'");
    }

    private static DataFrameColumn NumericColumn(DataFrame frame, string name, string parameter)
    {
        DataFrameColumn column = Column(frame, name, parameter);
        if (IsNumeric(column)) return column;
        throw Guard.Invalid(Owner, parameter, "name a numeric column",
            $"{Describe(column)} '{name}' (use Categorical, or OneHot to encode it)");
    }

    /// <summary>The column's values as doubles; the first missing value is an error naming column and row.</summary>
    private static double[] Values(DataFrameColumn column, string parameter)
    {
        var values = new double[column.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (IsMissing(column, i))
            {
                long missing = 0;
                for (long r = 0; r < column.Length; r++) if (IsMissing(column, r)) missing++;
                throw Guard.Invalid(Owner, parameter, "name columns without missing values",
                    $"column '{column.Name}' missing at row {Guard.Integer(i)} (0-based; {missing.ToString(CultureInfo.InvariantCulture)} missing in all); call DropMissing first");
            }
            values[i] = Convert.ToDouble(column[i], CultureInfo.InvariantCulture);
        }
        return values;
    }

    private static string Describe(DataFrameColumn column) =>
        column.DataType == typeof(string) ? "text column" : $"{column.DataType.Name} column";
}

using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;

namespace MlDerivations.Validation;

/// <summary>Checks on MathNet vectors and matrices: finiteness, symmetry, lengths, design matrices and targets.</summary>
internal static partial class Guard
{
    /// <summary>"4×2": a matrix's shape as messages write it.</summary>
    public static string Shape(Matrix<double> matrix) => $"{Integer(matrix.RowCount)}×{Integer(matrix.ColumnCount)}";

    /// <summary>A non-null, non-empty vector of finite numbers.</summary>
    public static Vector<double> FiniteVector(Vector<double>? vector, string type, string parameter)
    {
        if (vector is null) throw Null(type, parameter, "be a vector");
        if (vector.Count == 0) throw Invalid(type, parameter, "have at least one entry", "length 0");
        for (int i = 0; i < vector.Count; i++)
            if (!double.IsFinite(vector[i]))
                throw Invalid(type, parameter, "be finite", $"{Html.Number(vector[i])} at index {i}");
        return vector;
    }

    /// <summary>A non-null matrix of finite numbers; the failure names the entry as (row, column).</summary>
    public static Matrix<double> FiniteMatrix(Matrix<double>? matrix, string type, string parameter)
    {
        if (matrix is null) throw Null(type, parameter, "be a matrix");
        for (int j = 0; j < matrix.ColumnCount; j++)
            for (int i = 0; i < matrix.RowCount; i++)
                if (!double.IsFinite(matrix[i, j]))
                    throw Invalid(type, parameter, "be finite", $"{Html.Number(matrix[i, j])} at ({i}, {j})");
        return matrix;
    }

    /// <summary>A square matrix, symmetric to |M_ij − M_ji| ≤ 1e-12·max|M|.</summary>
    public static Matrix<double> SymmetricSquare(Matrix<double> matrix, string type, string parameter)
    {
        if (matrix.RowCount != matrix.ColumnCount) throw Invalid(type, parameter, "be square", Shape(matrix));
        double tolerance = 1e-12 * matrix.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max();
        for (int i = 0; i < matrix.RowCount; i++)
            for (int j = 0; j < i; j++)
                if (Math.Abs(matrix[i, j] - matrix[j, i]) > tolerance)
                    throw Invalid(type, parameter, "be symmetric",
                        $"entries ({i}, {j}) = {Html.Number(matrix[i, j])} and ({j}, {i}) = {Html.Number(matrix[j, i])}");
        return matrix;
    }

    /// <summary>A vector of length <paramref name="expected"/>; <paramref name="against"/> names what it must match.</summary>
    public static Vector<double> Length(Vector<double> vector, string type, string parameter, int expected, string against) =>
        vector.Count == expected ? vector
            : throw Invalid(type, parameter, $"have length {Integer(expected)} to match {against}", $"length {Integer(vector.Count)}");

    /// <summary>A design matrix X: non-null, at least one row and one column, finite numbers only.</summary>
    public static Matrix<double> Design(Matrix<double>? x, string type, string parameter)
    {
        if (x is null) throw Null(type, parameter, "be a matrix");
        if (x.RowCount == 0 || x.ColumnCount == 0)
            throw Invalid(type, parameter, "have at least one row and one column", Shape(x));
        if (x.AsColumnMajorArray() is { } data && AllFinite(data)) return x;
        for (int j = 0; j < x.ColumnCount; j++)
            for (int i = 0; i < x.RowCount; i++)
                if (!double.IsFinite(x.At(i, j)))
                    throw Invalid(type, parameter, "hold finite numbers only", $"{Html.Number(x.At(i, j))} at row {i}, column {j}");
        return x;
    }

    /// <summary>Targets y: non-null, finite, one entry per row of <paramref name="x"/>.</summary>
    public static Vector<double> Targets(Vector<double>? y, string type, string parameter, Matrix<double> x)
    {
        if (y is null) throw Null(type, parameter, "be a vector");
        if (y.Count != x.RowCount)
            throw Invalid(type, parameter, "have one entry per row of X", $"length {Integer(y.Count)} for X of shape {Shape(x)}");
        for (int i = 0; i < y.Count; i++)
            if (!double.IsFinite(y[i]))
                throw Invalid(type, parameter, "hold finite numbers only", $"{Html.Number(y[i])} at index {i}");
        return y;
    }

    /// <summary>New data for a fitted model: a design matrix with the fitted number of columns.</summary>
    public static Matrix<double> NewData(Matrix<double>? x, string type, string parameter, int features)
    {
        Design(x, type, parameter);
        if (x!.ColumnCount != features)
            throw Invalid(type, parameter, $"have {Integer(features)} columns, as the fitted model", $"shape {Shape(x)}");
        return x;
    }

    /// <summary>True when every value is finite: x·0 is 0 for finite x and NaN for ±∞ and NaN.</summary>
    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        var vectors = MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(values);
        var sum = System.Numerics.Vector<double>.Zero;
        foreach (var v in vectors) sum += v * System.Numerics.Vector<double>.Zero;
        double tail = System.Numerics.Vector.Sum(sum);
        for (int i = vectors.Length * System.Numerics.Vector<double>.Count; i < values.Length; i++) tail += values[i] * 0;
        return tail == 0;
    }
}

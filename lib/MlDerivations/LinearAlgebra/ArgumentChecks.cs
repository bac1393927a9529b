using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// Boundary checks shared by the numerical entry points. Every failure throws an
/// <see cref="ArgumentException"/> (or subclass) whose ParamName is the parameter and whose message
/// reads "{Type}.{Parameter} must be {rule}; got {value}.".
/// </summary>
internal static class ArgumentChecks
{
    /// <summary>Throws when <paramref name="vector"/> is null, empty or holds NaN/±∞.</summary>
    public static void FiniteVector(Vector<double>? vector, string type, string parameter)
    {
        if (vector is null)
            throw new ArgumentNullException(parameter, $"{type}.{Title(parameter)} must be a vector; got null.");
        if (vector.Count == 0)
            throw new ArgumentException($"{type}.{Title(parameter)} must have at least one entry; got length 0.", parameter);
        for (int i = 0; i < vector.Count; i++)
        {
            if (!double.IsFinite(vector[i]))
                throw new ArgumentException(
                    $"{type}.{Title(parameter)} must be finite; got {Html.Number(vector[i])} at index {i}.", parameter);
        }
    }

    /// <summary>Throws when <paramref name="matrix"/> is null or holds NaN/±∞.</summary>
    public static void FiniteMatrix(Matrix<double>? matrix, string type, string parameter)
    {
        if (matrix is null)
            throw new ArgumentNullException(parameter, $"{type}.{Title(parameter)} must be a matrix; got null.");
        for (int j = 0; j < matrix.ColumnCount; j++)
        {
            for (int i = 0; i < matrix.RowCount; i++)
            {
                if (!double.IsFinite(matrix[i, j]))
                    throw new ArgumentException(
                        $"{type}.{Title(parameter)} must be finite; got {Html.Number(matrix[i, j])} at ({i}, {j}).", parameter);
            }
        }
    }

    /// <summary>Throws unless the matrix is square and symmetric to |M_ij − M_ji| ≤ 1e-12·max|M|.</summary>
    public static void SymmetricSquare(Matrix<double> matrix, string type, string parameter)
    {
        if (matrix.RowCount != matrix.ColumnCount)
            throw new ArgumentException(
                $"{type}.{Title(parameter)} must be square; got {matrix.RowCount}×{matrix.ColumnCount}.", parameter);
        double tolerance = 1e-12 * matrix.Enumerate().Select(Math.Abs).DefaultIfEmpty(0).Max();
        for (int i = 0; i < matrix.RowCount; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (Math.Abs(matrix[i, j] - matrix[j, i]) > tolerance)
                    throw new ArgumentException(
                        $"{type}.{Title(parameter)} must be symmetric; got entries ({i}, {j}) = {Html.Number(matrix[i, j])} and ({j}, {i}) = {Html.Number(matrix[j, i])}.", parameter);
            }
        }
    }

    /// <summary>Throws when <paramref name="value"/> is null.</summary>
    public static void NotNull(object? value, string type, string parameter)
    {
        if (value is null)
            throw new ArgumentNullException(parameter, $"{type}.{Title(parameter)} must not be null; got null.");
    }

    /// <summary>Throws when a vector's length differs from <paramref name="expected"/>; names both shapes.</summary>
    public static void Length(Vector<double> vector, int expected, string type, string parameter, string against)
    {
        if (vector.Count != expected)
            throw new ArgumentException(
                $"{type}.{Title(parameter)} must have length {expected} to match {against}; got length {vector.Count}.", parameter);
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="holds"/> is false.</summary>
    public static void Range(bool holds, double value, string type, string parameter, string rule)
    {
        if (!holds)
            throw new ArgumentOutOfRangeException(parameter, value,
                $"{type}.{Title(parameter)} must be {rule}; got {Html.Number(value)}.");
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 0 &lt; value &lt; ∞.</summary>
    public static void PositiveFinite(double value, string type, string parameter) =>
        Range(value > 0 && double.IsFinite(value), value, type, parameter, "finite and > 0");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 0 ≤ value &lt; ∞.</summary>
    public static void NonNegativeFinite(double value, string type, string parameter) =>
        Range(value >= 0 && double.IsFinite(value), value, type, parameter, "finite and ≥ 0");

    /// <summary>The parameter as it appears after the type in a message: "start" → "Start".</summary>
    public static string Title(string parameter) =>
        parameter.Length == 0 ? parameter : char.ToUpperInvariant(parameter[0]) + parameter[1..];
}

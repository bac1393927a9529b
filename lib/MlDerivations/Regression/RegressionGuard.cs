using System.Runtime.InteropServices;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;

namespace MlDerivations.Regression;

/// <summary>
/// Input checks shared by the regression estimators. Every message reads
/// "{Type}.{Parameter} must be {rule}; got {value}." and carries the parameter's name.
/// </summary>
internal static class RegressionGuard
{
    /// <summary>X must be non-null, have at least one row and one column, and hold finite numbers only.</summary>
    public static void Design(string type, Matrix<double>? x, string parameter = "x")
    {
        if (x is null)
            throw new ArgumentNullException(parameter, $"{type}.{Capitalised(parameter)} must be a matrix; got null.");
        if (x.RowCount == 0 || x.ColumnCount == 0)
            throw new ArgumentException(
                $"{type}.{Capitalised(parameter)} must have at least one row and one column; got {Shape(x)}.", parameter);
        if (x.AsColumnMajorArray() is { } data && AllFinite(data)) return;
        for (int j = 0; j < x.ColumnCount; j++)
            for (int i = 0; i < x.RowCount; i++)
                if (!double.IsFinite(x.At(i, j)))
                    throw new ArgumentException(
                        $"{type}.{Capitalised(parameter)} must hold finite numbers only; got {Html.Number(x.At(i, j))} at row {i}, column {j}.",
                        parameter);
    }

    /// <summary>y must be non-null, finite, with one entry per row of X.</summary>
    public static void Targets(string type, Matrix<double> x, Vector<double>? y, string parameter = "y")
    {
        if (y is null)
            throw new ArgumentNullException(parameter, $"{type}.{Capitalised(parameter)} must be a vector; got null.");
        if (y.Count != x.RowCount)
            throw new ArgumentException(
                $"{type}.{Capitalised(parameter)} must have one entry per row of X; got length {y.Count} for X of shape {Shape(x)}.",
                parameter);
        for (int i = 0; i < y.Count; i++)
            if (!double.IsFinite(y[i]))
                throw new ArgumentException(
                    $"{type}.{Capitalised(parameter)} must hold finite numbers only; got {Html.Number(y[i])} at index {i}.", parameter);
    }

    /// <summary>X (new data for prediction) must be a finite matrix with the fitted number of columns.</summary>
    public static void NewData(string type, Matrix<double>? x, int features, string parameter = "x")
    {
        Design(type, x, parameter);
        if (x!.ColumnCount != features)
            throw new ArgumentException(
                $"{type}.{Capitalised(parameter)} must have {features} columns, as the fitted model; got shape {Shape(x)}.",
                parameter);
    }

    /// <summary>An option that must be finite and ≥ 0 (a penalty weight, a tolerance).</summary>
    public static double NonNegative(string type, string property, double value)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(property, value, $"{type}.{property} must be finite and ≥ 0; got {Html.Number(value)}.");
        return value;
    }

    /// <summary>An option that must be finite and &gt; 0 (a precision, a grid ratio).</summary>
    public static double Positive(string type, string property, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(property, value, $"{type}.{property} must be finite and > 0; got {Html.Number(value)}.");
        return value;
    }

    /// <summary>An integer option that must be at least <paramref name="minimum"/>.</summary>
    public static int AtLeast(string type, string property, int value, int minimum, string? parameter = null)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(parameter ?? property, value, $"{type}.{property} must be ≥ {minimum}; got {value}.");
        return value;
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

    public static string Shape(Matrix<double> x) => $"{x.RowCount}×{x.ColumnCount}";

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}

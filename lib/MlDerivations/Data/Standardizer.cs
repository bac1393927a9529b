using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using MlDerivations.Probability;

namespace MlDerivations.Data;

/// <summary>
/// Standardisation z_ij = (x_ij − μ_j) / σ_j, fitted on training data only so that no information
/// from the test rows leaks into the model. μ_j = (1/n) Σ_i x_ij and σ_j is the POPULATION standard
/// deviation, σ_j² = (1/n) Σ_i (x_ij − μ_j)² (divisor n, not n − 1): then every standardised
/// training column has (1/n) Σ_i z_ij² = 1 exactly and (1/n) ZᵀZ is the correlation matrix, the
/// scaling the ridge, lasso and PCA derivations assume, and the numbers agree with scikit-learn's
/// StandardScaler. A constant column (σ_j = 0, e.g. a blank border pixel of the digits) is centred
/// but not scaled (its scale is 1), as in scikit-learn, instead of dividing by zero.
/// </summary>
public sealed class Standardizer
{
    private readonly double[] _mean;
    private readonly double[] _sd;
    private readonly string[]? _columns;

    private Standardizer(double[] mean, double[] sd, string[]? columns)
    {
        _mean = mean;
        _sd = sd;
        _columns = columns;
    }

    /// <summary>The column means μ (length p).</summary>
    public Vector<double> Mean => Vector<double>.Build.DenseOfArray((double[])_mean.Clone());

    /// <summary>The population standard deviations σ (length p; 0 for a constant column).</summary>
    public Vector<double> StandardDeviation => Vector<double>.Build.DenseOfArray((double[])_sd.Clone());

    /// <summary>The divisors used: σ_j, or 1 where σ_j = 0.</summary>
    public Vector<double> Scale => Vector<double>.Build.DenseOfArray(_sd.Select(ScaleOf).ToArray());

    /// <summary>The data frame columns it was fitted on, or null when fitted on a matrix.</summary>
    public IReadOnlyList<string>? Columns => _columns;

    /// <summary>Fits μ and σ on the columns of the training matrix <paramref name="x"/> (n × p, n ≥ 1, finite).</summary>
    public static Standardizer Fit(Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.RowCount == 0 || x.ColumnCount == 0)
            throw new ArgumentException(
                $"Standardizer.X must have at least one row and one column; got {x.RowCount}×{x.ColumnCount}.", nameof(x));
        var mean = new double[x.ColumnCount];
        var sd = new double[x.ColumnCount];
        for (int j = 0; j < x.ColumnCount; j++)
        {
            double[] column = x.Column(j).ToArray();
            int bad = Array.FindIndex(column, v => !double.IsFinite(v));
            if (bad >= 0)
                throw new ArgumentException(
                    $"Standardizer.X must be finite; got {column[bad].ToString(CultureInfo.InvariantCulture)} at row {bad}, column {j} (drop missing rows first).",
                    nameof(x));
            (mean[j], sd[j]) = MeanAndPopulationSd(column);
        }
        return new Standardizer(mean, sd, null);
    }

    /// <summary>
    /// Fits μ and σ on numeric columns of a training data frame (every numeric column when none are
    /// named); the columns must have no missing values.
    /// </summary>
    public static Standardizer Fit(DataFrame frame, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(columns);
        string[] names = columns.Length > 0
            ? columns
            : frame.Columns.Where(DataFrameBridge.IsNumeric).Select(c => c.Name).ToArray();
        Standardizer fitted = Fit(frame.ToMatrix(names));
        return new Standardizer(fitted._mean, fitted._sd, names.ToArray());
    }

    /// <summary>Z = (X − 1μᵀ) diag(s)⁻¹ for a matrix with the fitted number of columns.</summary>
    public Matrix<double> Transform(Matrix<double> x) =>
        Map(x, nameof(x), (v, j) => (v - _mean[j]) / ScaleOf(_sd[j]));

    /// <summary>X = Z diag(s) + 1μᵀ, the inverse of <see cref="Transform(Matrix{double})"/>.</summary>
    public Matrix<double> InverseTransform(Matrix<double> z) =>
        Map(z, nameof(z), (v, j) => v * ScaleOf(_sd[j]) + _mean[j]);

    /// <summary>A copy of the frame with its fitted columns standardised (as double columns; missing values stay null).</summary>
    public DataFrame Transform(DataFrame frame) => MapFrame(frame, nameof(frame), (v, j) => (v - _mean[j]) / ScaleOf(_sd[j]));

    /// <summary>A copy of the frame with its fitted columns mapped back to the original units.</summary>
    public DataFrame InverseTransform(DataFrame frame) => MapFrame(frame, nameof(frame), (v, j) => v * ScaleOf(_sd[j]) + _mean[j]);

    /// <summary>μ and σ by the corrected two-pass algorithm: no digits lost to a large mean.</summary>
    internal static (double Mean, double Sd) MeanAndPopulationSd(double[] values)
    {
        var (mean, variance) = SampleMoments.MeanAndPopulationVariance(values);
        return (mean, Math.Sqrt(variance));
    }

    private static double ScaleOf(double sd) => sd > 0 ? sd : 1.0;

    private Matrix<double> Map(Matrix<double> x, string parameter, Func<double, int, double> f)
    {
        ArgumentNullException.ThrowIfNull(x, parameter);
        if (x.ColumnCount != _mean.Length)
            throw new ArgumentException(
                $"Standardizer.{parameter} must have {_mean.Length} columns, as the fitted data; got {x.RowCount}×{x.ColumnCount}.", parameter);
        return x.MapIndexed((i, j, v) => f(v, j));
    }

    private DataFrame MapFrame(DataFrame frame, string parameter, Func<double, int, double> f)
    {
        ArgumentNullException.ThrowIfNull(frame, parameter);
        if (_columns is null)
            throw new InvalidOperationException(
                "This Standardizer was fitted on a matrix, so it knows no column names; fit it with Standardizer.Fit(frame, columns) to transform data frames.");
        DataFrame result = frame.Clone();
        for (int j = 0; j < _columns.Length; j++)
        {
            int index = frame.Columns.IndexOf(_columns[j]);
            if (index < 0 || !DataFrameBridge.IsNumeric(frame.Columns[index]))
                throw new ArgumentException(
                    $"Standardizer.{char.ToUpperInvariant(parameter[0])}{parameter[1..]} must have the fitted numeric column '{_columns[j]}'; got columns {string.Join(", ", frame.Columns.Select(c => c.Name))}.", parameter);
            DataFrameColumn source = frame.Columns[index];
            var mapped = new double?[source.Length];
            for (int i = 0; i < mapped.Length; i++)
                mapped[i] = DataFrameBridge.IsMissing(source, i) ? null : f(Convert.ToDouble(source[i], CultureInfo.InvariantCulture), j);
            result.Columns[index] = new DoubleDataFrameColumn(_columns[j], mapped);
        }
        return result;
    }
}

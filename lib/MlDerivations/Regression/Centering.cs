using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Regression;

/// <summary>
/// Fitting an intercept by centring: with x̄ the column means of X and ȳ the mean of y, the slope
/// w solves the problem on Xc = X − 1x̄ᵀ and yc = y − ȳ, and the intercept is b = ȳ − x̄ᵀw. This is
/// exact for least squares and for penalties that leave the intercept unpenalised (ridge, lasso,
/// elastic net), and it is what scikit-learn does (fit_intercept=True).
/// </summary>
internal static class Centering
{
    /// <summary>The column means x̄ (length d).</summary>
    public static double[] ColumnMeans(Matrix<double> x)
    {
        int n = x.RowCount, d = x.ColumnCount;
        var means = new double[d];
        if (x.AsColumnMajorArray() is { } data)
            for (int j = 0; j < d; j++) means[j] = TensorPrimitives.Sum(new ReadOnlySpan<double>(data, j * n, n)) / n;
        else
            for (int j = 0; j < d; j++) means[j] = x.Column(j).Sum() / n;
        return means;
    }

    /// <summary>A new matrix X − 1x̄ᵀ; X itself is left unchanged.</summary>
    public static Matrix<double> Subtract(Matrix<double> x, double[] means)
    {
        int n = x.RowCount, d = x.ColumnCount;
        var source = x.AsColumnMajorArray() ?? x.ToColumnMajorArray();
        var centred = new double[n * d];
        for (int j = 0; j < d; j++)
            TensorPrimitives.Subtract(new ReadOnlySpan<double>(source, j * n, n), means[j], new Span<double>(centred, j * n, n));
        return Matrix<double>.Build.Dense(n, d, centred);
    }

    /// <summary>A new vector y − ȳ.</summary>
    public static Vector<double> Subtract(Vector<double> y, double mean) => y.Subtract(mean);

    /// <summary>The design and targets a solver sees: centred copies when fitting an intercept, else the inputs.</summary>
    public static (Matrix<double> X, Vector<double> Y, double[] XMeans, double YMean) Prepare(
        Matrix<double> x, Vector<double> y, bool fitIntercept)
    {
        if (!fitIntercept) return (x, y, new double[x.ColumnCount], 0.0);
        var xMeans = ColumnMeans(x);
        double yMean = y.Sum() / y.Count;
        return (Subtract(x, xMeans), Subtract(y, yMean), xMeans, yMean);
    }

    /// <summary>b = ȳ − x̄ᵀw (0 when no intercept is fitted, since then x̄ and ȳ are 0).</summary>
    public static double Intercept(double[] xMeans, double yMean, Vector<double> w)
    {
        double b = yMean;
        for (int j = 0; j < xMeans.Length; j++) b -= xMeans[j] * w[j];
        return b;
    }
}

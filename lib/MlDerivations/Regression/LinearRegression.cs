using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Validation;

namespace MlDerivations.Regression;

/// <summary>How ordinary least squares is solved.</summary>
public enum LeastSquaresSolver
{
    /// <summary>Householder QR of X: R w = Qᵀy (5.5). Error grows with κ(X). The default.</summary>
    Qr,

    /// <summary>Cholesky of the normal equations XᵀX w = Xᵀy (5.3). Error grows with κ(X)² = κ(XᵀX).</summary>
    NormalEquations,
}

/// <summary>Options for <see cref="LinearRegression.Fit"/>.</summary>
public sealed record LinearRegressionOptions
{
    /// <summary>Fit an intercept b by centring X and y (see the remarks of <see cref="LinearRegression"/>). Default true.</summary>
    public bool FitIntercept { get; init; } = true;

    /// <summary>QR (default: stable) or the normal equations (shown for the conditioning comparison).</summary>
    public LeastSquaresSolver Solver
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Solver), value,
                $"LinearRegressionOptions.Solver must be Qr or NormalEquations; got {(int)value}.");
    } = LeastSquaresSolver.Qr;
}

/// <summary>
/// Ordinary least squares for the model y = Xw + b + ε (5.1): ŵ minimises ‖y − Xw − b‖² (5.2).
/// With an intercept, X and y are centred (Xc = X − 1x̄ᵀ, yc = y − ȳ), w solves the centred
/// problem and b = ȳ − x̄ᵀw, as scikit-learn's LinearRegression does. The default solver is
/// Householder QR of [Xc | yc], giving R w = Qᵀy (5.5); the alternative is Cholesky of the normal
/// equations XcᵀXc w = Xcᵀyc (5.3), which squares the condition number.
/// </summary>
public static class LinearRegression
{
    /// <summary>Fits ŵ and b by least squares (5.2); X is n × d, y has length n.</summary>
    /// <exception cref="RankDeficientException">X (centred, when fitting an intercept) has dependent columns.</exception>
    public static LinearRegressionModel Fit(Matrix<double> x, Vector<double> y, LinearRegressionOptions? options = null)
    {
        Guard.Design(x, nameof(LinearRegression), nameof(x));
        Guard.Targets(y, nameof(LinearRegression), nameof(y), x);
        options ??= new LinearRegressionOptions();
        var w = options.Solver == LeastSquaresSolver.Qr
            ? SolveByQr(x, y, options.FitIntercept, out var xMeans, out double yMean)
            : SolveByNormalEquations(x, y, options.FitIntercept, out xMeans, out yMean);
        double b = Centering.Intercept(xMeans, yMean, w);
        var residuals = y - Dense.Multiply(x, w).Add(b);
        return new LinearRegressionModel(w, b, residuals, options.Solver);
    }

    /// <summary>
    /// The hat matrix H = X̃(X̃ᵀX̃)⁻¹X̃ᵀ = QQᵀ (5.4), X̃ = [1 | X] with an intercept, else X: the
    /// orthogonal projection onto col(X̃), so ŷ = Hy and the residual (I − H)y ⟂ col(X̃). n × n: for small n.
    /// </summary>
    public static Matrix<double> HatMatrix(Matrix<double> x, bool fitIntercept = true)
    {
        Guard.Design(x, nameof(LinearRegression), nameof(x));
        var design = fitIntercept ? x.InsertColumn(0, Vector<double>.Build.Dense(x.RowCount, 1.0)) : x;
        if (design.RowCount < design.ColumnCount)
            throw new ArgumentException(
                $"LinearRegression.X must have at least as many rows as columns{(fitIntercept ? " (counting the intercept)" : "")} for a projection; got {Guard.Shape(x)}.",
                nameof(x));
        // With an intercept, col(X̃) = span(1) ⊕ col(Xc) with Xc the centred X, orthogonal parts, so
        // H = 11ᵀ/n + QcQcᵀ. A dependent column would make QQᵀ project onto the wrong space: refuse it.
        var centred = fitIntercept ? Centering.Subtract(x, Centering.ColumnMeans(x)) : x;
        var qr = Householder.Factor(centred);
        int d = x.ColumnCount;
        CheckRank(qr.R.ToRowMajorArray(), x.RowCount, d, d, fitIntercept);
        var hat = Dense.Multiply(qr.Q, qr.Q.Transpose());
        return fitIntercept ? hat.Add(1.0 / x.RowCount) : hat;
    }

    /// <summary>
    /// κ₂(X̃) = σ_max/σ_min (2.8) of the design the solver sees (X centred when <paramref name="fitIntercept"/>),
    /// by <see cref="Conditioning.ConditionNumber"/> on the R of its QR, which has the same singular values.
    /// The normal equations work with κ(XᵀX) = κ(X)²: that is why QR is the default.
    /// </summary>
    public static double ConditionNumber(Matrix<double> x, bool fitIntercept = true)
    {
        Guard.Design(x, nameof(LinearRegression), nameof(x));
        var means = fitIntercept ? Centering.ColumnMeans(x) : new double[x.ColumnCount];
        int d = x.ColumnCount;
        var r = AugmentedTriangle.Of(x, null, means, 0.0);                 // the singular values of Xc are those of R
        return Conditioning.ConditionNumber(Matrix<double>.Build.Dense(d, d, (i, j) => r[i * d + j]));
    }

    private static Vector<double> SolveByQr(Matrix<double> x, Vector<double> y, bool fitIntercept,
        out double[] xMeans, out double yMean)
    {
        xMeans = fitIntercept ? Centering.ColumnMeans(x) : new double[x.ColumnCount];
        yMean = fitIntercept ? y.Sum() / y.Count : 0.0;
        int d = x.ColumnCount, p = d + 1;
        var r = AugmentedTriangle.Of(x, y, xMeans, yMean);
        CheckRank(r, x.RowCount, d, p, fitIntercept);
        // Back substitution R₁₁w = z, z = (Qᵀy)₁..d = the last column of the augmented R (5.5).
        var w = new double[d];
        for (int i = 0; i < d; i++) w[i] = r[i * p + d];
        Triangular.SolveUpper(r, p, w);
        return Vector<double>.Build.Dense(w);
    }

    private static Vector<double> SolveByNormalEquations(Matrix<double> x, Vector<double> y, bool fitIntercept,
        out double[] xMeans, out double yMean)
    {
        var (xc, yc, means, mean) = Centering.Prepare(x, y, fitIntercept);
        (xMeans, yMean) = (means, mean);
        var gram = Dense.Gram(xc);
        var xty = Dense.TransposeMultiply(xc, yc);
        var factor = Cholesky.TryFactor(gram, NumericalRank.Tolerance(x.RowCount, gram.RowCount), out var failure);
        return factor?.Solve(xty) ?? throw new RankDeficientException(
                $"LinearRegression: {RankDeficientException.DescribeColumn(failure.Column, fitIntercept)}, so XᵀX{(fitIntercept ? " of the centred X" : "")} is not numerically positive definite (Cholesky {failure}) " +
                "and the normal equations (5.3) have no unique solution. Their condition number is κ(X)²: remove or merge that column, " +
                "try the QR solver (LeastSquaresSolver.Qr), or use Ridge with Lambda > 0.",
                failure.Column);
    }

    /// <summary>
    /// A dependent column shows as a (near) zero pivot R_jj, judged by <see cref="NumericalRank.DependentColumn"/> on
    /// the column-equilibrated X: |R_jj| ≤ max(n, d)·ε·‖x_j‖, whatever the columns' units.
    /// </summary>
    private static void CheckRank(double[] r, int n, int d, int p, bool fitIntercept)
    {
        int j = NumericalRank.DependentColumn(r, p, d, n, out double pivot, out double threshold);
        if (j < 0) return;
        throw new RankDeficientException(
            $"LinearRegression: {RankDeficientException.DescribeColumn(j, fitIntercept)} (|R_jj| = {Html.Number(pivot, 3)} ≤ {Html.Number(threshold, 3)} = max(n, d)·ε·‖column {j}‖), so X is rank deficient and the least-squares weights are not unique" +
            (n <= d ? $" (n = {n} rows cannot determine d = {d} weights)" : "") +
            ". Remove or merge that column, or use Ridge with Lambda > 0.",
            j);
    }
}

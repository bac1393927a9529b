using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// S = LLᵀ (2.12) for a symmetric positive definite n×n S: L lower triangular with a positive diagonal. Made by
/// <see cref="Cholesky.Factor"/>; it solves with S, whitens with L and gives ln|S|, each without forming S⁻¹.
/// </summary>
public sealed class CholeskyFactorization
{
    private readonly double[] _lower; // L, row-major n×n; the strict upper triangle is zero

    internal CholeskyFactorization(double[] lower, int order)
    {
        _lower = lower;
        Order = order;
    }

    /// <summary>n, the order of S.</summary>
    public int Order { get; }

    /// <summary>L, n×n lower triangular with ℓ_jj &gt; 0 (a copy).</summary>
    public Matrix<double> L => Matrix<double>.Build.Dense(Order, Order, (i, j) => j <= i ? _lower[i * Order + j] : 0.0);

    /// <summary>ln|S| = 2 Σ_j ln ℓ_jj, finite even where |S| itself would under- or overflow.</summary>
    public double LogDeterminant
    {
        get
        {
            double sum = 0;
            for (int j = 0; j < Order; j++) sum += Math.Log(_lower[j * Order + j]);
            return 2 * sum;
        }
    }

    /// <summary>x with S x = b, by the two triangular solves L z = b, Lᵀ x = z.</summary>
    /// <param name="b">b ∈ ℝⁿ, finite.</param>
    public Vector<double> Solve(Vector<double> b)
    {
        var x = Checked(b, nameof(b));
        Triangular.SolveLower(_lower, Order, x);
        Triangular.SolveLowerTransposed(_lower, Order, x);
        return Vector<double>.Build.Dense(x);
    }

    /// <summary>
    /// z = L⁻¹b by forward substitution: the whitening map, since zᵀz = bᵀS⁻¹b (the quadratic form of a
    /// Gaussian with covariance S).
    /// </summary>
    /// <param name="b">b ∈ ℝⁿ, finite.</param>
    public Vector<double> SolveLower(Vector<double> b) => Vector<double>.Build.Dense(WhitenUnchecked(Checked(b, nameof(b))));

    /// <summary>L x: maps standard normal draws z to draws with covariance LLᵀ = S.</summary>
    /// <param name="x">x ∈ ℝⁿ, finite.</param>
    public Vector<double> MultiplyLower(Vector<double> x) => Vector<double>.Build.Dense(MultiplyLowerUnchecked(Checked(x, nameof(x))));

    /// <summary>L⁻¹b in place of b, for callers that have validated b (NaN in, NaN out).</summary>
    internal double[] WhitenUnchecked(double[] b)
    {
        Triangular.SolveLower(_lower, Order, b);
        return b;
    }

    /// <summary>L x, for callers that have validated x.</summary>
    internal double[] MultiplyLowerUnchecked(ReadOnlySpan<double> x)
    {
        var y = new double[Order];
        for (int i = 0; i < Order; i++)
        {
            double sum = 0;
            for (int k = 0; k <= i; k++) sum += _lower[i * Order + k] * x[k];
            y[i] = sum;
        }
        return y;
    }

    /// <summary>e.g. "Cholesky S = LLᵀ of a 3×3 matrix, ln|S| = 4.2".</summary>
    public override string ToString() => $"Cholesky S = LLᵀ of a {Order}×{Order} matrix, ln|S| = {Html.Number(LogDeterminant, 6)}";

    private double[] Checked(Vector<double> v, string parameter)
    {
        Guard.FiniteVector(v, nameof(CholeskyFactorization), parameter);
        Guard.Length(v, nameof(CholeskyFactorization), parameter, Order, $"S of order {Order}");
        return v.ToArray();
    }
}

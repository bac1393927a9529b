using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// The library's one Cholesky factorisation, S = LLᵀ (2.12): ℓ_jj = (s_jj − Σ_{k&lt;j} ℓ_jk²)^{1/2} and
/// ℓ_ij = (s_ij − Σ_{k&lt;j} ℓ_ik ℓ_jk)/ℓ_jj for i &gt; j. Every solve with a covariance, Hessian or Gram matrix in
/// the library goes through it; a pivot that is not positive stops it and says which one.
/// </summary>
/// <remarks>
/// The recurrence runs on the equilibrated S̃ = DSD, D = diag(d_j), d_j = 2^(−⌊log₂ s_jj⌋/2), so s̃_jj ∈ [½, 4).
/// Powers of two scale exactly, so L = D⁻¹L̃ is the factor of S rounding for rounding; what equilibration buys
/// is that a pivot is judged relative to its own diagonal, p_j ≤ τ·s_jj, whatever the units of row j. With
/// τ = 0 (<see cref="Factor"/>) that is the plain test of definiteness. Regression passes τ = max(n, d)·ε for
/// a Gram matrix XᵀX formed from n rows: there p_j/s_jj = sin²θ_j, θ_j the angle between column j and the span
/// of the earlier columns, and a value at the rounding level of the Gram's entries cannot be told from zero.
/// </remarks>
public static class Cholesky
{
    /// <summary>The factorisation S = LLᵀ (2.12) of a symmetric positive definite S.</summary>
    /// <param name="s">S, n×n with n ≥ 1, finite, symmetric to 1e-12·max|s_ij|; only its lower triangle is read.</param>
    /// <exception cref="NotPositiveDefiniteException">A pivot s_jj − Σ_{k&lt;j} ℓ_jk² is not positive.</exception>
    public static CholeskyFactorization Factor(Matrix<double> s)
    {
        Guard.FiniteMatrix(s, nameof(Cholesky), nameof(s));
        if (s.RowCount == 0) throw Guard.Invalid(nameof(Cholesky), nameof(s), "be non-empty", Guard.Shape(s));
        Guard.SymmetricSquare(s, nameof(Cholesky), nameof(s));
        return FactorFor(s, nameof(Cholesky), nameof(s),
            "if S is singular only by rounding, add a small multiple of I (jitter, e.g. 1e-10·max s_jj); " +
            "if S is a Gram matrix XᵀX of least squares, factor X by QR (Householder.Factor) or add a ridge λI");
    }

    /// <summary>
    /// <see cref="Factor(Matrix{double})"/> for a caller that has validated S, with the failure worded for the
    /// caller's parameter: "{type}.{Parameter} must be positive definite; got pivot j … . Try: {advice}.".
    /// </summary>
    internal static CholeskyFactorization FactorFor(Matrix<double> s, string type, string parameter, string advice) =>
        TryFactor(s, 0, out var failure)
        ?? throw new NotPositiveDefiniteException(
            $"{Guard.Name(type, parameter)} must be positive definite; got {failure}: the leading {failure.Column + 1}×{failure.Column + 1} block " +
            $"is not positive definite (indefinite, or singular to working precision). Try: {advice}.",
            parameter, failure.Column, failure.Pivot);

    /// <summary>
    /// L with S = LLᵀ, or null with <paramref name="failure"/> set at the first column j whose pivot
    /// p_j = s_jj − Σ_{k&lt;j} ℓ_jk² is at most τ·s_jj (τ = <paramref name="pivotFloor"/> ≥ 0), or whose s_jj is not
    /// positive and finite. Reads the lower triangle of S only; S is not changed.
    /// </summary>
    internal static CholeskyFactorization? TryFactor(Matrix<double> s, double pivotFloor, out CholeskyBreakdown failure)
    {
        int n = s.RowCount;
        // 1) d_j = 2^(−⌊log₂ s_jj⌋/2): exact scaling to s̃_jj ∈ [½, 4).
        var d = new double[n];
        for (int j = 0; j < n; j++)
        {
            double sjj = s[j, j];
            if (!(sjj > 0) || !double.IsFinite(sjj))
            {
                failure = new CholeskyBreakdown(j, sjj, sjj);
                return null;
            }
            d[j] = Math.ScaleB(1.0, -Math.ILogB(sjj) / 2);
        }
        var l = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++) l[i * n + j] = d[i] * s[i, j] * d[j];

        // 2) The recurrence (2.12) on S̃, stopping at the first pivot at or below τ·s̃_jj.
        int column = FactorInPlace(l, n, pivotFloor, out double pivot);
        if (column >= 0)
        {
            failure = new CholeskyBreakdown(column, pivot / (d[column] * d[column]), s[column, column]);
            return null;
        }

        // 3) L = D⁻¹L̃, exact.
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++) l[i * n + j] /= d[i];
        failure = default;
        return new CholeskyFactorization(l, n);
    }

    /// <summary>
    /// Overwrites the lower triangle of the row-major n×n <paramref name="l"/> with its factor. Returns −1, or the
    /// first j whose pivot (returned in <paramref name="pivot"/>) is at most τ·l_jj.
    /// </summary>
    private static int FactorInPlace(double[] l, int n, double pivotFloor, out double pivot)
    {
        for (int j = 0; j < n; j++)
        {
            pivot = l[j * n + j];
            for (int k = 0; k < j; k++) pivot -= l[j * n + k] * l[j * n + k];
            if (!(pivot > pivotFloor * l[j * n + j])) return j;
            double ljj = Math.Sqrt(pivot);
            l[j * n + j] = ljj;
            for (int i = j + 1; i < n; i++)
            {
                double sum = l[i * n + j];
                for (int k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = sum / ljj;
            }
        }
        pivot = double.NaN;
        return -1;
    }
}

/// <summary>Where the Cholesky recurrence (2.12) stopped: column j, its pivot p_j = s_jj − Σ_{k&lt;j} ℓ_jk² and s_jj.</summary>
internal readonly record struct CholeskyBreakdown(int Column, double Pivot, double Diagonal)
{
    /// <summary>e.g. "pivot j = 1 of (2.12), s_11 − Σ_k ℓ_1k² = −3 with s_11 = 1".</summary>
    public override string ToString() =>
        $"pivot j = {Column} of (2.12), s_jj − Σ_{{k<j}} ℓ_jk² = {Html.Number(Pivot, 3)} with s_jj = {Html.Number(Diagonal, 3)}";
}

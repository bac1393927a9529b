namespace MlDerivations.LinearAlgebra;

/// <summary>
/// The library's one rule for "column j depends on the earlier ones to working precision", judged on the
/// column-equilibrated matrix (every column scaled to unit norm) so that the columns' units do not matter.
/// With τ = max(n, d)·ε (ε = 2⁻⁵², n rows, d columns) and θ_j the angle between column j and the span of
/// the columns before it: QR (2.10) sees sin θ_j = |R_jj|/‖x_j‖ and declares dependence when it is ≤ τ;
/// Cholesky of the Gram matrix XᵀX (2.12) sees the squared quantity, pivot_j/(XᵀX)_jj = sin²θ_j, rounded at
/// about τ itself (each Gram entry sums n products), and declares dependence when that is ≤ τ.
/// </summary>
internal static class NumericalRank
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>τ = max(n, d)·ε, the relative size below which a pivot cannot be told from zero.</summary>
    public static double Tolerance(int rows, int columns) => Math.Max(rows, columns) * Epsilon;

    /// <summary>
    /// The first j &lt; <paramref name="columns"/> with |R_jj| ≤ τ·‖x_j‖, where ‖x_j‖² = Σ_{i≤j} R_ij² because Q is
    /// orthogonal; −1 when there is none. R is row-major (entry (i, j) at <c>r[i * stride + j]</c>), from the QR of
    /// an n-row X. <paramref name="pivot"/> and <paramref name="threshold"/> are |R_jj| and τ‖x_j‖ at that j.
    /// </summary>
    public static int DependentColumn(ReadOnlySpan<double> r, int stride, int columns, int rows, out double pivot, out double threshold)
    {
        double tau = Tolerance(rows, columns);
        for (int j = 0; j < columns; j++)
        {
            double norm = 0;
            for (int i = 0; i <= j; i++) norm = Hypot(norm, r[i * stride + j]);
            pivot = Math.Abs(r[j * stride + j]);
            threshold = tau * norm;
            if (!(pivot > threshold)) return j;
        }
        pivot = threshold = double.NaN;
        return -1;
    }

    /// <summary>√(a² + b²) without overflow or underflow for columns of any scale.</summary>
    private static double Hypot(double a, double b)
    {
        double scale = Math.Max(Math.Abs(a), Math.Abs(b));
        if (scale == 0) return 0;
        double u = a / scale, v = b / scale;
        return scale * Math.Sqrt(u * u + v * v);
    }
}

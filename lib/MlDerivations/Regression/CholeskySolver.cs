using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Regression;

/// <summary>
/// Solves A x = b for a small symmetric positive semi-definite A (d × d: a Gram matrix XᵀX, or XᵀX + λI) by
/// Cholesky, A = LLᵀ, and says which column makes A singular to working precision.
/// </summary>
/// <remarks>
/// Rank is decided on the equilibrated matrix à = SAS, S = diag(s_j), s_j ≈ 1/√A_jj: the Gram of X with every
/// column scaled to unit norm, so the decision does not depend on the columns' units (a full-rank X whose
/// columns differ in scale by 1e8 is solved, not rejected). Each entry of that Gram, summed over n rows,
/// carries up to about n·ε of rounding, so a pivot at or below τ·Ã_jj with τ = max(n, d)·ε cannot be told from
/// zero: column j is, to working precision, a combination of the earlier ones. For X that means sin²θ_j ≤ τ,
/// θ_j the angle between x_j and the span of the earlier columns (QR, which never squares X, resolves angles
/// down to about τ itself). The s_j are powers of two, so the scaling is exact and the factorisation of Ã is
/// that of A, rescaled, rounding for rounding.
/// </remarks>
internal static class CholeskySolver
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>
    /// x with A x = b, or null when column <paramref name="dependentColumn"/> depends on the earlier ones
    /// (a zero diagonal A_jj, or a relative pivot ≤ max(n, d)·ε); <paramref name="dependentColumn"/> is −1 on
    /// success. <paramref name="rows"/> is n, the number of rows of X that A = XᵀX (+ λI) was formed from.
    /// </summary>
    public static Vector<double>? TrySolve(Matrix<double> a, Vector<double> b, int rows, out int dependentColumn)
    {
        int d = a.RowCount;
        // 1) s_j = 2^(−⌊log₂ A_jj⌋/2), so that Ã_jj = s_j² A_jj lies in [½, 4).
        var s = new double[d];
        for (int j = 0; j < d; j++)
        {
            double ajj = a[j, j];
            if (!(ajj > 0) || !double.IsFinite(ajj))
            {
                dependentColumn = j; // a zero column: nothing to scale
                return null;
            }
            s[j] = Math.ScaleB(1.0, -Math.ILogB(ajj) / 2);
        }
        var l = a.ToRowMajorArray(); // becomes à and then, in its lower triangle, L with à = LLᵀ
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) l[i * d + j] *= s[i] * s[j];

        // 2) Cholesky of Ã, stopping at the first pivot that rounding cannot tell from zero.
        dependentColumn = Factor(l, d, threshold: Math.Max(rows, d) * Epsilon);
        if (dependentColumn >= 0) return null;

        // 3) Ã x̃ = S b by two triangular solves, then x = S x̃.
        var x = new double[d];
        for (int i = 0; i < d; i++) x[i] = s[i] * b[i];
        for (int i = 0; i < d; i++) // L z = Sb
        {
            for (int k = 0; k < i; k++) x[i] -= l[i * d + k] * x[k];
            x[i] /= l[i * d + i];
        }
        for (int i = d - 1; i >= 0; i--) // Lᵀ x̃ = z
        {
            for (int k = i + 1; k < d; k++) x[i] -= l[k * d + i] * x[k];
            x[i] /= l[i * d + i];
        }
        for (int i = 0; i < d; i++) x[i] *= s[i];
        return Vector<double>.Build.Dense(x);
    }

    /// <summary>
    /// Overwrites the lower triangle of the row-major d × d matrix <paramref name="l"/> with its Cholesky factor.
    /// Returns −1, or the first j whose pivot à_jj − Σ_k L_jk² is at most <paramref name="threshold"/>·Ã_jj.
    /// </summary>
    private static int Factor(double[] l, int d, double threshold)
    {
        for (int j = 0; j < d; j++)
        {
            double pivot = l[j * d + j];
            for (int k = 0; k < j; k++) pivot -= l[j * d + k] * l[j * d + k];
            if (!(pivot > threshold * l[j * d + j])) return j;
            double ljj = Math.Sqrt(pivot);
            l[j * d + j] = ljj;
            for (int i = j + 1; i < d; i++)
            {
                double sum = l[i * d + j];
                for (int k = 0; k < j; k++) sum -= l[i * d + k] * l[j * d + k];
                l[i * d + j] = sum / ljj;
            }
        }
        return -1;
    }
}

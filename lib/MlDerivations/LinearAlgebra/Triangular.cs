namespace MlDerivations.LinearAlgebra;

/// <summary>
/// Triangular solves on row-major storage, the last step of every factorisation here: Cholesky (2.12) solves
/// with L and Lᵀ, QR (2.11) with R. Each works in place on x, which holds the right-hand side on entry.
/// Entry (i, j) of the n×n triangle is <c>t[i * stride + j]</c>; the other triangle is never read.
/// </summary>
internal static class Triangular
{
    /// <summary>Forward substitution, L x = c: x_i = (c_i − Σ_{k&lt;i} L_ik x_k) / L_ii.</summary>
    public static void SolveLower(ReadOnlySpan<double> l, int stride, Span<double> x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double sum = x[i];
            for (int k = 0; k < i; k++) sum -= l[i * stride + k] * x[k];
            x[i] = sum / l[i * stride + i];
        }
    }

    /// <summary>Back substitution with the transpose of a lower triangle, Lᵀ x = c: x_i = (c_i − Σ_{k&gt;i} L_ki x_k) / L_ii.</summary>
    public static void SolveLowerTransposed(ReadOnlySpan<double> l, int stride, Span<double> x)
    {
        for (int i = x.Length - 1; i >= 0; i--)
        {
            double sum = x[i];
            for (int k = i + 1; k < x.Length; k++) sum -= l[k * stride + i] * x[k];
            x[i] = sum / l[i * stride + i];
        }
    }

    /// <summary>Back substitution, R x = c: x_i = (c_i − Σ_{k&gt;i} R_ik x_k) / R_ii.</summary>
    public static void SolveUpper(ReadOnlySpan<double> r, int stride, Span<double> x)
    {
        for (int i = x.Length - 1; i >= 0; i--)
        {
            double sum = x[i];
            for (int k = i + 1; k < x.Length; k++) sum -= r[i * stride + k] * x[k];
            x[i] = sum / r[i * stride + i];
        }
    }
}

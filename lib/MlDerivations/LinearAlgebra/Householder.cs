using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// QR by Householder reflections (2.10). Step j reflects the part of column j on and below the diagonal
/// onto a multiple of e₁ with H_j = I − 2 v vᵀ (‖v‖ = 1), zeroing everything under the diagonal; after n
/// steps H_n⋯H₁ A = R, so A = QR with Q = H₁⋯H_n (first n columns). Each H_j is exactly orthogonal, so the
/// computed Q is orthonormal to about n·u (u = 2⁻⁵³, the unit roundoff) whatever the conditioning of A.
/// </summary>
public static class Householder
{
    /// <summary>
    /// The thin QR factorisation A = QR of an m×n matrix, m ≥ n (2.10). Works on a column-major copy, so A
    /// is not changed. A zero column below the diagonal gives a zero on R's diagonal (A rank deficient).
    /// </summary>
    /// <param name="a">A, m×n with m ≥ n ≥ 1, finite.</param>
    public static QrFactorization Factor(Matrix<double> a)
    {
        Guard.FiniteMatrix(a, nameof(Householder), nameof(a));
        if (a.ColumnCount == 0 || a.RowCount < a.ColumnCount)
            throw new ArgumentException(
                $"Householder.A must have at least as many rows as columns, and at least one column; got {a.RowCount}×{a.ColumnCount}.", nameof(a));
        int m = a.RowCount, n = a.ColumnCount;
        double[] work = a.ToColumnMajorArray();                      // m×n, overwritten by R on and above the diagonal
        var reflectors = new double[n][];                            // v_j, unit length, of length m − j
        var r = Matrix<double>.Build.Dense(n, n);
        for (int j = 0; j < n; j++)
        {
            var column = work.AsSpan(j * m + j, m - j);
            (reflectors[j], r[j, j]) = Reflector(column);
            for (int k = j + 1; k < n; k++)
            {
                var target = work.AsSpan(k * m + j, m - j);
                Reflect(reflectors[j], target);
                r[j, k] = target[0];
            }
        }
        return new QrFactorization("Householder", FormQ(reflectors, m, n), r);
    }

    /// <summary>
    /// The unit v with (I − 2vvᵀ)x = α e₁, α = −sign(x₀)‖x‖ (the sign that avoids cancellation in x₀ − α),
    /// and α. A zero x gives v = e₁ and α = 0: nothing to eliminate.
    /// </summary>
    internal static (double[] V, double Alpha) Reflector(ReadOnlySpan<double> x)
    {
        double norm = TensorPrimitives.Norm(x);
        var v = x.ToArray();
        if (norm == 0)
        {
            v[0] = 1;                                                // H = I − 2e₁e₁ᵀ maps 0 to 0
            return (v, 0);
        }
        double alpha = x[0] >= 0 ? -norm : norm;
        v[0] -= alpha;                                               // v = x − αe₁, |v₀| = |x₀| + ‖x‖: no cancellation
        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return (v, alpha);
    }

    /// <summary>y ← (I − 2vvᵀ) y = y − 2(vᵀy) v, in place; v unit.</summary>
    internal static void Reflect(ReadOnlySpan<double> v, Span<double> y)
    {
        double scale = -2 * TensorPrimitives.Dot(v, y);
        TensorPrimitives.MultiplyAdd(v, scale, y, y);
    }

    /// <summary>Q = H₁⋯H_n applied to the first n columns of the m×m identity, last reflector first.</summary>
    private static Matrix<double> FormQ(double[][] reflectors, int m, int n)
    {
        var q = new double[m * n];                                   // column-major m×n
        for (int c = 0; c < n; c++) q[c * m + c] = 1;
        for (int j = n - 1; j >= 0; j--)
        {
            // H_j touches rows j..m−1 only, and columns c < j of the partial product are still e_c there (zero).
            for (int c = j; c < n; c++)
                Reflect(reflectors[j], q.AsSpan(c * m + j, m - j));
        }
        return Matrix<double>.Build.Dense(m, n, q);
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// Low-rank approximation by the truncated SVD (2.5). By Eckart–Young, A_k = Σ_{i≤k} σ_i u_i v_iᵀ is the best
/// rank-k approximation of A in both the Frobenius and the spectral norm, with errors √(Σ_{i&gt;k} σ_i²) and σ_{k+1}.
/// </summary>
public static class LowRank
{
    /// <summary>
    /// The thin SVD A = U Σ Vᵀ (2.4). MathNet computes it for a square or wide A (via Aᵀ); a tall A (m &gt; 2n)
    /// is first reduced by Householder QR (2.10), A = QR, and R = U_R Σ Vᵀ gives U = Q U_R, which avoids
    /// MathNet forming the full m×m U.
    /// </summary>
    /// <param name="a">A, m×n, non-empty, finite.</param>
    public static ThinSvd Decompose(Matrix<double> a)
    {
        Guard.FiniteMatrix(a, nameof(LowRank), nameof(a));
        if (a.RowCount == 0 || a.ColumnCount == 0)
            throw new ArgumentException($"LowRank.A must be non-empty; got {a.RowCount}×{a.ColumnCount}.", nameof(a));
        a = Matrix<double>.Build.DenseOfMatrix(a);                   // dense storage: MathNet's SVD of a diagonal or sparse A returns sparse factors
        if (a.RowCount < a.ColumnCount)
        {
            var wide = Tall(a.Transpose());                          // Aᵀ = U Σ Vᵀ  ⇒  A = V Σ Uᵀ
            return new ThinSvd(wide.V, wide.SingularValues, wide.U);
        }
        return Tall(a);
    }

    /// <summary>The rank-k truncated SVD A_k of A (2.5), m×n.</summary>
    /// <param name="a">A, m×n, non-empty, finite.</param>
    /// <param name="rank">k, 0 ≤ k ≤ min(m, n).</param>
    public static Matrix<double> Truncate(Matrix<double> a, int rank) => Decompose(a).Reconstruct(rank);

    private static ThinSvd Tall(Matrix<double> a)
    {
        int m = a.RowCount, n = a.ColumnCount;
        if (m > 2 * n)
        {
            var qr = Householder.Factor(a);
            var inner = Tall(qr.R);                                  // R is n×n
            return new ThinSvd(Dense.Multiply(qr.Q, inner.U), inner.SingularValues, inner.V);
        }
        var svd = a.Svd(computeVectors: true);                       // U m×m, VT n×n
        return new ThinSvd(svd.U.SubMatrix(0, m, 0, n), svd.S.SubVector(0, n), svd.VT.SubMatrix(0, n, 0, n).Transpose());
    }
}

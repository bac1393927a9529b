using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Regression;

/// <summary>
/// Householder QR of the augmented matrix A = [Xc | yc] (n × p, p = d + 1), done tall-and-skinny:
/// rows are taken in blocks, and each block B is folded into the running triangle by the QR of
/// [R; B]. Only R is kept (Q is never formed): its last column holds Qᵀy, so the least-squares
/// solution is R₁₁w = Qᵀy (5.5) and |R_pp| = ‖y − Xw‖, the residual norm. X is read once, block by
/// block, so the work stays in cache; each step is a Householder reflection, hence backward stable.
/// </summary>
internal static class HouseholderQr
{
    private const int BlockRows = 512;

    /// <summary>
    /// R (p × p, upper triangular, row-major) of [X − 1x̄ᵀ | y − ȳ]. Centring happens as each block
    /// is copied, so no centred copy of X is made.
    /// </summary>
    public static double[] AugmentedR(Matrix<double> x, Vector<double> y, double[] xMeans, double yMean)
    {
        int n = x.RowCount, d = x.ColumnCount, p = d + 1;
        var data = x.AsColumnMajorArray() ?? x.ToColumnMajorArray();
        var ys = y.AsArray() ?? y.ToArray();
        var r = new double[p * p];
        var block = new double[BlockRows * p]; // column-major: column j at j*len
        for (int r0 = 0; r0 < n; r0 += BlockRows)
        {
            int len = Math.Min(BlockRows, n - r0);
            for (int j = 0; j < d; j++)
                TensorPrimitives.Subtract(new ReadOnlySpan<double>(data, j * n + r0, len), xMeans[j], block.AsSpan(j * len, len));
            TensorPrimitives.Subtract(new ReadOnlySpan<double>(ys, r0, len), yMean, block.AsSpan(d * len, len));
            FoldBlock(r, block, p, len);
        }
        return r;
    }

    /// <summary>
    /// Replaces R by the triangle of QR([R; B]). Column k's reflector acts on row k of R and on
    /// column k of B only (rows k+1.. of R are zero in column k): with α = R_kk, σ² = ‖B_k‖²,
    /// β = −sign(α)·√(α² + σ²), v = [1; B_k/(α − β)], τ = (β − α)/β, H = I − τvvᵀ maps the column to βe₁.
    /// </summary>
    private static void FoldBlock(double[] r, double[] block, int p, int len)
    {
        for (int k = 0; k < p; k++)
        {
            var bk = block.AsSpan(k * len, len);
            double sigma2 = TensorPrimitives.Dot(bk, bk);
            if (sigma2 == 0) continue; // column k of B is already zero: nothing to annihilate
            double alpha = r[k * p + k];
            double beta = -Math.CopySign(Math.Sqrt(alpha * alpha + sigma2), alpha);
            double tau = (beta - alpha) / beta;
            TensorPrimitives.Multiply(bk, 1.0 / (alpha - beta), bk); // bk now holds v's tail
            r[k * p + k] = beta;
            for (int j = k + 1; j < p; j++)
            {
                var bj = block.AsSpan(j * len, len);
                double s = tau * (r[k * p + j] + TensorPrimitives.Dot(bk, bj));
                r[k * p + j] -= s;
                TensorPrimitives.MultiplyAdd(bk, -s, bj, bj);
            }
        }
    }
}

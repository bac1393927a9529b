using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// The library's one QR factorisation, by Householder reflections (2.10). Step k reflects column k, from the
/// diagonal down, onto a multiple of e₁ with H_k = I − τ_k v_k v_kᵀ (v_k's first entry 1, τ_k = 2/‖v_k‖², so H_k
/// is the reflection I − 2uuᵀ with u = v_k/‖v_k‖), zeroing everything under the diagonal; after n steps
/// H_n⋯H₁ A = R, so A = QR with Q = H₁⋯H_n (first n columns). Each H_k is exactly orthogonal, so the computed Q
/// is orthonormal to about n·u (u = 2⁻⁵³, the unit roundoff) whatever the conditioning of A.
/// </summary>
/// <remarks>
/// One step, <see cref="Reflect"/> and <see cref="ApplyReflector"/>, serves two loops: <see cref="Factor"/> on
/// the whole matrix (Q formed), and <see cref="TriangleOfTall"/>, which reads a tall matrix in blocks of rows and
/// folds each block B into the running triangle as the R of [R; B] (Q never formed, each row read once, the
/// block kept in cache).
/// </remarks>
public static class Householder
{
    /// <summary>Rows read per block by <see cref="TriangleOfTall"/>: the block and R stay in cache while folded.</summary>
    private const int BlockRows = 512;

    /// <summary>
    /// The thin QR factorisation A = QR of an m×n matrix, m ≥ n (2.10). Works on a column-major copy, so A is
    /// not changed. A column with nothing left on and below the diagonal gives a zero on R's diagonal.
    /// </summary>
    /// <param name="a">A, m×n with m ≥ n ≥ 1, finite.</param>
    public static QrFactorization Factor(Matrix<double> a)
    {
        Guard.FiniteMatrix(a, nameof(Householder), nameof(a));
        if (a.ColumnCount == 0 || a.RowCount < a.ColumnCount)
            throw new ArgumentException(
                $"Householder.A must have at least as many rows as columns, and at least one column; got {a.RowCount}×{a.ColumnCount}.", nameof(a));
        int m = a.RowCount, n = a.ColumnCount;
        double[] work = a.ToColumnMajorArray();                      // becomes R on and above the diagonal, v_k's tails below
        var tau = new double[n];
        FactorInPlace(work, m, n, tau);
        var r = Matrix<double>.Build.Dense(n, n, (i, j) => j >= i ? work[j * m + i] : 0.0);
        return new QrFactorization("Householder", FormQ(work, m, n, tau), r);
    }

    /// <summary>
    /// Householder QR in place on the column-major m×n <paramref name="a"/> (m ≥ n): on return R is on and above
    /// the diagonal and the tail of v_k (below its leading 1) under the diagonal of column k, with τ_k in
    /// <paramref name="tau"/>.
    /// </summary>
    internal static void FactorInPlace(Span<double> a, int m, int n, Span<double> tau)
    {
        for (int k = 0; k < n; k++)
        {
            var vk = a.Slice(k * m + k + 1, m - k - 1);
            tau[k] = Reflect(ref a[k * m + k], vk);
            if (tau[k] == 0) continue;
            for (int j = k + 1; j < n; j++)
                ApplyReflector(vk, tau[k], ref a[j * m + k], a.Slice(j * m + k + 1, m - k - 1));
        }
    }

    /// <summary>
    /// Makes the reflector that maps x = [α; t] to [β; 0], β = −sign(α)·‖x‖ (the sign that avoids cancellation in
    /// α − β): v = [1; t/(α − β)], τ = (β − α)/β. Overwrites α by β and t by v's tail; returns τ. A zero t needs
    /// no reflection: τ = 0 and α stays (it is R_kk; zero when the whole column is).
    /// </summary>
    internal static double Reflect(ref double alpha, Span<double> tail)
    {
        double sigma2 = TensorPrimitives.Dot(tail, tail);
        if (sigma2 == 0) return 0;
        double beta = alpha >= 0 ? -Math.Sqrt(alpha * alpha + sigma2) : Math.Sqrt(alpha * alpha + sigma2);
        double tau = (beta - alpha) / beta;
        TensorPrimitives.Multiply(tail, 1.0 / (alpha - beta), tail);
        alpha = beta;
        return tau;
    }

    /// <summary>y ← (I − τvvᵀ)y for y = [head; tail] and v = [1; vTail]: s = τ(head + vTailᵀtail), head −= s, tail −= s·vTail.</summary>
    internal static void ApplyReflector(ReadOnlySpan<double> vTail, double tau, ref double head, Span<double> tail)
    {
        double s = tau * (head + TensorPrimitives.Dot(vTail, tail));
        head -= s;
        TensorPrimitives.MultiplyAdd(vTail, -s, tail, tail);
    }

    /// <summary>Q = H₁⋯H_n applied to the first n columns of the m×m identity, last reflector first.</summary>
    private static Matrix<double> FormQ(double[] reflectors, int m, int n, double[] tau)
    {
        var q = new double[m * n];                                   // column-major m×n
        for (int c = 0; c < n; c++) q[c * m + c] = 1;
        for (int k = n - 1; k >= 0; k--)
        {
            if (tau[k] == 0) continue;
            var vk = new ReadOnlySpan<double>(reflectors, k * m + k + 1, m - k - 1);
            // H_k touches rows k..m−1 only, and columns c < k of the partial product are still e_c there (zero).
            for (int c = k; c < n; c++)
                ApplyReflector(vk, tau[k], ref q[c * m + k], q.AsSpan(c * m + k + 1, m - k - 1));
        }
        return Matrix<double>.Build.Dense(m, n, q);
    }

    /// <summary>Writes rows <c>firstRow</c> … <c>firstRow + destination.Length − 1</c> of column <c>column</c> of a tall matrix.</summary>
    internal delegate void ColumnSegment(int column, int firstRow, Span<double> destination);

    /// <summary>
    /// R (n×n, row-major, upper triangular) of the QR of an m×n matrix read through <paramref name="segment"/> in
    /// blocks of rows, each block B folded into the running triangle as the R of [R; B]. Column k of [R; B] is
    /// R_kk on the diagonal, zeros below it in R, and B_k: its reflector has head R_kk and tail B_k, so step k is
    /// <see cref="Reflect"/> on (R_kk, B_k) and <see cref="ApplyReflector"/> on (R_kj, B_j) for j &gt; k, the same
    /// step as <see cref="FactorInPlace"/> with R's zeros skipped. Only one block is ever held.
    /// </summary>
    internal static double[] TriangleOfTall(int rows, int columns, ColumnSegment segment)
    {
        int n = columns;
        var r = new double[n * n];
        var block = new double[BlockRows * n];                       // column-major len×n: column j at j·len
        for (int first = 0; first < rows; first += BlockRows)
        {
            int len = Math.Min(BlockRows, rows - first);
            for (int j = 0; j < n; j++) segment(j, first, block.AsSpan(j * len, len));
            for (int k = 0; k < n; k++)
            {
                var bk = block.AsSpan(k * len, len);
                double tau = Reflect(ref r[k * n + k], bk);
                if (tau == 0) continue;
                for (int j = k + 1; j < n; j++) ApplyReflector(bk, tau, ref r[k * n + j], block.AsSpan(j * len, len));
            }
        }
        return r;
    }
}

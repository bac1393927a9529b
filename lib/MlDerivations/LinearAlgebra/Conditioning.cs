using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Probability;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// Condition numbers (2.8) and test matrices of prescribed conditioning. κ₂(A) = σ_max/σ_min bounds how much
/// a relative change in the data of Ax = b can be amplified in x; κ₂(AᵀA) = κ₂(A)², which is why the normal
/// equations lose about twice the digits that QR loses (2.11).
/// </summary>
public static class Conditioning
{
    /// <summary>
    /// κ₂(A) = σ_max(A)/σ_min(A) (2.8), σ_min being the smallest of the min(m, n) singular values;
    /// +∞ when σ_min = 0.
    /// </summary>
    /// <param name="a">A, m×n, non-empty, finite.</param>
    public static double ConditionNumber(Matrix<double> a)
    {
        var s = SingularValues(a, nameof(ConditionNumber));
        double smallest = s[^1];
        return smallest == 0 ? double.PositiveInfinity : s[0] / smallest;
    }

    /// <summary>The spectral norm ‖A‖₂ = σ_max(A) = max_{‖x‖=1} ‖Ax‖ (2.1).</summary>
    /// <param name="a">A, m×n, non-empty, finite.</param>
    public static double SpectralNorm(Matrix<double> a) => SingularValues(a, nameof(SpectralNorm))[0];

    /// <summary>
    /// An m×n test matrix A = U diag(σ) Vᵀ with singular values spaced geometrically from 1 down to 1/κ,
    /// σ_i = κ^{−i/(n−1)}, and random orthonormal U (m×n) and V (n×n) (<see cref="RandomOrthonormal"/>),
    /// so κ₂(A) = κ exactly up to rounding.
    /// </summary>
    /// <param name="rows">m ≥ n.</param>
    /// <param name="columns">n ≥ 2.</param>
    /// <param name="conditionNumber">κ, finite and ≥ 1.</param>
    /// <param name="seed">Seed of the random U and V.</param>
    public static Matrix<double> WithConditionNumber(int rows, int columns, double conditionNumber, int seed)
    {
        string type = nameof(Conditioning);
        Guard.Satisfies(columns, type, nameof(columns), columns >= 2, "≥ 2");
        Guard.Satisfies(rows, type, nameof(rows), rows >= columns, $"≥ columns ({columns})");
        Guard.Satisfies(conditionNumber, type, nameof(conditionNumber), conditionNumber >= 1 && double.IsFinite(conditionNumber), "finite and ≥ 1");
        var sigma = Vector<double>.Build.Dense(columns, i => Math.Pow(conditionNumber, -(double)i / (columns - 1)));
        var rng = Rng.Create(seed);
        var u = Orthonormal(rows, columns, rng);
        var v = Orthonormal(columns, columns, rng);
        return Dense.Multiply(u * Matrix<double>.Build.DiagonalOfDiagonalVector(sigma), v.Transpose());
    }

    /// <summary>
    /// An m×n matrix with orthonormal columns drawn uniformly (Haar): the Q of a Householder QR of an
    /// m×n standard Gaussian matrix, each column's sign chosen so that R's diagonal is positive.
    /// </summary>
    /// <param name="rows">m ≥ n.</param>
    /// <param name="columns">n ≥ 1.</param>
    /// <param name="seed">Seed of the Gaussian draws.</param>
    public static Matrix<double> RandomOrthonormal(int rows, int columns, int seed)
    {
        string type = nameof(Conditioning);
        Guard.Satisfies(columns, type, nameof(columns), columns >= 1, "≥ 1");
        Guard.Satisfies(rows, type, nameof(rows), rows >= columns, $"≥ columns ({columns})");
        return Orthonormal(rows, columns, Rng.Create(seed));
    }

    private static Matrix<double> Orthonormal(int rows, int columns, Random rng)
    {
        var g = Matrix<double>.Build.Dense(rows, columns, (_, _) => Gaussian.Standard.Sample(rng));
        var qr = Householder.Factor(g);
        var q = qr.Q.Clone();
        for (int j = 0; j < columns; j++)
            if (qr.R[j, j] < 0) q.SetColumn(j, -q.Column(j));      // makes the factorisation unique, hence the law uniform
        return q;
    }

    /// <summary>
    /// σ₁ ≥ … ≥ σ_min(m,n) of A. A tall A (m &gt; 2n) is first reduced to the n×n R of its Householder QR (2.10), which
    /// has the same singular values (Q is orthonormal) and is far cheaper to decompose than A itself.
    /// </summary>
    private static double[] SingularValues(Matrix<double> a, string method)
    {
        Guard.FiniteMatrix(a, nameof(Conditioning), nameof(a));
        if (a.RowCount == 0 || a.ColumnCount == 0)
            throw new ArgumentException($"Conditioning.A must be non-empty for {method}; got {a.RowCount}×{a.ColumnCount}.", nameof(a));
        var tall = a.RowCount >= a.ColumnCount ? a : a.Transpose();
        int m = tall.RowCount, n = tall.ColumnCount;
        if (m > 2 * n)
        {
            var data = tall.AsColumnMajorArray() ?? tall.ToColumnMajorArray();
            var r = Householder.TriangleOfTall(m, n, (j, first, destination) => data.AsSpan(j * m + first, destination.Length).CopyTo(destination));
            tall = Matrix<double>.Build.Dense(n, n, (i, j) => r[i * n + j]);
        }
        return tall.Svd(computeVectors: false).S.ToArray();        // descending
    }
}

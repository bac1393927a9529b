using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// A thin QR factorisation A = QR of an m×n matrix with m ≥ n: Q (m×n) has orthonormal columns in exact
/// arithmetic and R (n×n) is upper triangular. Made by <see cref="Householder.Factor"/> (2.10) or by
/// <see cref="GramSchmidt.Classical"/> / <see cref="GramSchmidt.Modified"/> (2.9); the three differ
/// in how orthogonal the computed Q really is, which <see cref="OrthogonalityLoss"/> measures.
/// </summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class QrFactorization : IRichDisplay
{
    internal QrFactorization(string method, Matrix<double> q, Matrix<double> r)
    {
        Method = method;
        Q = q;
        R = r;
    }

    /// <summary>The algorithm that made it: "Householder", "classical Gram–Schmidt" or "modified Gram–Schmidt".</summary>
    public string Method { get; }

    /// <summary>Q, m×n, orthonormal columns (up to rounding): QᵀQ ≈ I.</summary>
    public Matrix<double> Q { get; }

    /// <summary>R, n×n, upper triangular; its diagonal is zero where a column of A depends on the earlier ones.</summary>
    public Matrix<double> R { get; }

    /// <summary>
    /// How far the computed Q is from orthonormal, ‖QᵀQ − I‖_F. About n·u for Householder (u = 2⁻⁵³, the
    /// unit roundoff); grows like u·κ(A) for modified and u·κ(A)² for classical Gram–Schmidt (2.9).
    /// </summary>
    public double OrthogonalityLoss => (Q.TransposeThisAndMultiply(Q) - Matrix<double>.Build.DenseIdentity(Q.ColumnCount)).FrobeniusNorm();

    /// <summary>
    /// The least-squares solution of min ‖Ax − b‖₂: substituting A = QR into the normal equations
    /// AᵀAx = Aᵀb and cancelling Rᵀ leaves the triangular system R x = Qᵀb (2.11), solved by back substitution.
    /// </summary>
    /// <param name="b">b ∈ ℝᵐ, finite, of A's row count.</param>
    /// <exception cref="InvalidOperationException">R has a zero on its diagonal (A is rank deficient).</exception>
    public Vector<double> Solve(Vector<double> b)
    {
        Guard.FiniteVector(b, nameof(QrFactorization), nameof(b));
        Guard.Length(b, nameof(QrFactorization), nameof(b), Q.RowCount, $"A's {Q.RowCount} rows");
        return BackSubstitute(R, Dense.TransposeMultiply(Q, b));
    }

    /// <summary>Solves the upper-triangular system R x = c from the last row up: x_i = (c_i − Σ_{j&gt;i} R_ij x_j) / R_ii.</summary>
    internal static Vector<double> BackSubstitute(Matrix<double> r, Vector<double> c)
    {
        int n = r.ColumnCount;
        var x = Vector<double>.Build.Dense(n);
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = c[i];
            for (int j = i + 1; j < n; j++) sum -= r[i, j] * x[j];
            if (r[i, i] == 0)
                throw new InvalidOperationException(
                    $"QrFactorization.Solve found R[{i}, {i}] = 0: column {i} of A depends on the columns before it, so the least-squares solution is not unique. Drop that column or add a ridge penalty.");
            x[i] = sum / r[i, i];
        }
        return x;
    }

    /// <summary>e.g. "QR (Householder) of a 100×5 matrix, ‖QᵀQ − I‖_F = 1.2e-15".</summary>
    public override string ToString() =>
        $"QR ({Method}) of a {Q.RowCount}×{Q.ColumnCount} matrix, ‖QᵀQ − I‖_F = {Html.Number(OrthogonalityLoss, 2)}";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"ml-qr\">");
        writer.Write(Html.Escape(ToString()));
        writer.Write("</div>");
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Numerics;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// A thin QR factorisation A = QR of an m×n matrix with m ≥ n: Q (m×n) has orthonormal columns in exact
/// arithmetic and R (n×n) is upper triangular. Made by <see cref="Householder.Factor"/> (2.10) or by
/// <see cref="GramSchmidt.Classical"/> / <see cref="GramSchmidt.Modified"/> (2.9); the three differ
/// in how orthogonal the computed Q really is, which <see cref="OrthogonalityLoss"/> measures. Householder is
/// the library's QR; Gram–Schmidt is there to be compared with it.
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
    /// <exception cref="InvalidOperationException">
    /// A column of A depends on the earlier ones to working precision: |R_jj| ≤ max(m, n)·ε·‖a_j‖ (<see cref="NumericalRank"/>).
    /// </exception>
    public Vector<double> Solve(Vector<double> b)
    {
        Guard.FiniteVector(b, nameof(QrFactorization), nameof(b));
        Guard.Length(b, nameof(QrFactorization), nameof(b), Q.RowCount, $"A's {Q.RowCount} rows");
        var r = R.ToRowMajorArray();
        int n = R.ColumnCount;
        int j = NumericalRank.DependentColumn(r, n, n, Q.RowCount, out double pivot, out double threshold);
        if (j >= 0)
            throw new InvalidOperationException(
                $"QrFactorization.Solve found |R[{j}, {j}]| = {Html.Number(pivot, 3)} ≤ {Html.Number(threshold, 3)} = max(m, n)·ε·‖a_{j}‖: column {j} of A depends on the columns before it " +
                "to working precision, so the least-squares solution is not unique. Drop that column or add a ridge penalty.");
        var x = Dense.TransposeMultiply(Q, b).ToArray();            // Qᵀb
        Triangular.SolveUpper(r, n, x);
        return Vector<double>.Build.Dense(x);
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

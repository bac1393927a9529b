using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Numerics;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// A thin singular value decomposition A = U Σ Vᵀ = Σ_i σ_i u_i v_iᵀ (2.4), r = min(m, n) terms, σ₁ ≥ … ≥ σ_r ≥ 0,
/// with the truncations A_k = Σ_{i≤k} σ_i u_i v_iᵀ that Eckart–Young (2.5) proves optimal. Made by <see cref="LowRank.Decompose"/>.
/// </summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class ThinSvd : IRichDisplay
{
    internal ThinSvd(Matrix<double> u, Vector<double> s, Matrix<double> v)
    {
        U = u;
        SingularValues = s;
        V = v;
    }

    /// <summary>U, m×r, orthonormal left singular vectors u_i as columns.</summary>
    public Matrix<double> U { get; }

    /// <summary>σ, length r, descending and ≥ 0.</summary>
    public Vector<double> SingularValues { get; }

    /// <summary>V, n×r, orthonormal right singular vectors v_i as columns.</summary>
    public Matrix<double> V { get; }

    /// <summary>r = min(m, n), the number of singular values.</summary>
    public int Count => SingularValues.Count;

    /// <summary>The rank-k truncation A_k = U_k Σ_k V_kᵀ (2.5), m×n; k = 0 gives the zero matrix.</summary>
    /// <param name="rank">k, 0 ≤ k ≤ r.</param>
    public Matrix<double> Reconstruct(int rank)
    {
        CheckRank(rank);
        if (rank == 0) return Matrix<double>.Build.Dense(U.RowCount, V.RowCount);
        var scaled = Matrix<double>.Build.Dense(U.RowCount, rank, (i, j) => U[i, j] * SingularValues[j]);   // U_k Σ_k
        return Dense.Multiply(scaled, V.SubMatrix(0, V.RowCount, 0, rank).Transpose());
    }

    /// <summary>Eckart–Young's Frobenius error (2.5): ‖A − A_k‖_F = √(Σ_{i&gt;k} σ_i²), the root sum of the dropped σ².</summary>
    /// <param name="rank">k, 0 ≤ k ≤ r.</param>
    public double FrobeniusError(int rank)
    {
        CheckRank(rank);
        double sum = 0;
        for (int i = Count - 1; i >= rank; i--) sum += SingularValues[i] * SingularValues[i];   // small terms first
        return Math.Sqrt(sum);
    }

    /// <summary>Eckart–Young's spectral error (2.5): ‖A − A_k‖₂ = σ_{k+1} (0 when k = r).</summary>
    /// <param name="rank">k, 0 ≤ k ≤ r.</param>
    public double SpectralError(int rank)
    {
        CheckRank(rank);
        return rank == Count ? 0 : SingularValues[rank];
    }

    /// <summary>The smallest k whose truncation keeps a fraction of ‖A‖_F², Σ_{i≤k} σ_i² ≥ fraction·Σ σ_i².</summary>
    /// <param name="fraction">In (0, 1].</param>
    public int RankForEnergy(double fraction)
    {
        Guard.Satisfies(fraction, nameof(ThinSvd), nameof(fraction), fraction > 0 && fraction <= 1, "in (0, 1]");
        double total = SingularValues.DotProduct(SingularValues), kept = 0;
        for (int k = 0; k < Count; k++)
        {
            kept += SingularValues[k] * SingularValues[k];
            if (kept >= fraction * total) return k + 1;
        }
        return Count;
    }

    private void CheckRank(int rank) =>
        Guard.Satisfies(rank, nameof(ThinSvd), nameof(rank), rank >= 0 && rank <= Count, $"in [0, {Count}]");

    /// <summary>e.g. "thin SVD of a 256×256 matrix: σ₁ = 2.3e4 … σ₂₅₆ = 0.072".</summary>
    public override string ToString() =>
        $"thin SVD of a {U.RowCount}×{V.RowCount} matrix: σ₁ = {Html.Number(SingularValues[0], 4)} … σ_{Count} = {Html.Number(SingularValues[^1], 4)}";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"ml-svd\">");
        writer.Write(Html.Escape(ToString()));
        writer.Write("</div>");
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}

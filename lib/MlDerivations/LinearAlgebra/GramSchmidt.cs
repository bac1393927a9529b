using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// QR by Gram–Schmidt orthogonalisation (2.9): q_j is a_j minus its components along q₁…q_{j−1},
/// normalised, r_ij = q_iᵀa_j and r_jj = ‖a_j − Σ_{i&lt;j} r_ij q_i‖. The classical form projects the
/// original a_j; the modified form removes each component from the running remainder as soon as q_i is
/// known. Equal in exact arithmetic, they differ in rounding: the loss of orthogonality ‖QᵀQ − I‖ grows
/// like u·κ(A)² (classical) and u·κ(A) (modified), against n·u for <see cref="Householder"/>, where
/// u = 2⁻⁵³ is the unit roundoff (half the spacing 2⁻⁵² of the doubles next to 1).
/// </summary>
/// <remarks>
/// Chapter 2's derivation, kept to show that loss: no part of the library factors with it. The library's QR is
/// <see cref="Householder"/>.
/// </remarks>
public static class GramSchmidt
{
    private static readonly double MachineEpsilon = Math.Pow(2, -52);

    /// <summary>Classical Gram–Schmidt (2.9): r_ij = q_iᵀ a_j with the ORIGINAL column a_j, for all i &lt; j at once.</summary>
    /// <param name="a">A, m×n with m ≥ n ≥ 1, finite, with linearly independent columns.</param>
    public static QrFactorization Classical(Matrix<double> a) => Factor(a, modified: false);

    /// <summary>
    /// Modified Gram–Schmidt (2.9): once q_i is known, r_ij = q_iᵀ v_j and v_j ← v_j − r_ij q_i for every
    /// later column j, so each projection sees a remainder already free of q₁…q_{i−1}.
    /// </summary>
    /// <param name="a">A, m×n with m ≥ n ≥ 1, finite, with linearly independent columns.</param>
    public static QrFactorization Modified(Matrix<double> a) => Factor(a, modified: true);

    private static QrFactorization Factor(Matrix<double> a, bool modified)
    {
        string type = nameof(GramSchmidt);
        Guard.FiniteMatrix(a, type, nameof(a));
        if (a.ColumnCount == 0 || a.RowCount < a.ColumnCount)
            throw new ArgumentException(
                $"{type}.A must have at least as many rows as columns, and at least one column; got {a.RowCount}×{a.ColumnCount}.", nameof(a));
        int m = a.RowCount, n = a.ColumnCount;
        double[] original = a.ToColumnMajorArray();
        double[] v = (double[])original.Clone();                      // column j becomes q_j
        var r = Matrix<double>.Build.Dense(n, n);
        for (int j = 0; j < n; j++)
        {
            var vj = v.AsSpan(j * m, m);
            if (!modified)
            {
                var aj = original.AsSpan(j * m, m);
                for (int i = 0; i < j; i++) r[i, j] = TensorPrimitives.Dot(v.AsSpan(i * m, m), aj);
                for (int i = 0; i < j; i++) TensorPrimitives.MultiplyAdd(v.AsSpan(i * m, m), -r[i, j], vj, vj);
            }
            r[j, j] = Normalize(vj, TensorPrimitives.Norm(original.AsSpan(j * m, m)), j);
            if (modified)
            {
                for (int k = j + 1; k < n; k++)
                {
                    var vk = v.AsSpan(k * m, m);
                    r[j, k] = TensorPrimitives.Dot(vj, vk);
                    TensorPrimitives.MultiplyAdd(vj, -r[j, k], vk, vk);
                }
            }
        }
        return new QrFactorization(modified ? "modified Gram–Schmidt" : "classical Gram–Schmidt", Matrix<double>.Build.Dense(m, n, v), r);
    }

    /// <summary>
    /// Divides the remainder by its norm r_jj and returns r_jj. A remainder at rounding level,
    /// r_jj ≤ m·ε·‖a_j‖, means a_j lies in the span of the earlier columns: no direction is left to add.
    /// </summary>
    private static double Normalize(Span<double> remainder, double columnNorm, int j)
    {
        double norm = TensorPrimitives.Norm(remainder);
        if (!(norm > remainder.Length * MachineEpsilon * columnNorm))
            throw new ArgumentException(
                $"GramSchmidt.A must have linearly independent columns; got column {j} in the span of the columns before it (remainder norm {Formatting.Html.Number(norm, 3)} against column norm {Formatting.Html.Number(columnNorm, 3)}).", "a");
        TensorPrimitives.Divide(remainder, norm, remainder);
        return norm;
    }
}

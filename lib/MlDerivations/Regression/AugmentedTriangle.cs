using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;

namespace MlDerivations.Regression;

/// <summary>
/// R of the centred, augmented design A = [X − 1x̄ᵀ | y − ȳ] (n × p, p = d + 1) by the library's Householder QR
/// (2.10), read in blocks of rows (<see cref="Householder.TriangleOfTall"/>); Q is never formed. R's last column
/// holds Qᵀy, so the least-squares solution is R₁₁w = Qᵀy (5.5) and |R_pp| = ‖y − Xw‖, the residual norm.
/// Centring happens as each block is copied, so no centred copy of X is made.
/// </summary>
internal static class AugmentedTriangle
{
    /// <summary>
    /// R (p × p, row-major, upper triangular) of [X − 1x̄ᵀ | y − ȳ], or of X − 1x̄ᵀ alone (p = d) when
    /// <paramref name="y"/> is null.
    /// </summary>
    public static double[] Of(Matrix<double> x, Vector<double>? y, double[] xMeans, double yMean)
    {
        int n = x.RowCount, d = x.ColumnCount;
        var data = x.AsColumnMajorArray() ?? x.ToColumnMajorArray();
        var ys = y is null ? null : y.AsArray() ?? y.ToArray();
        return Householder.TriangleOfTall(n, ys is null ? d : d + 1, (j, first, destination) =>
        {
            if (j < d) TensorPrimitives.Subtract(new ReadOnlySpan<double>(data, j * n + first, destination.Length), xMeans[j], destination);
            else TensorPrimitives.Subtract(new ReadOnlySpan<double>(ys, first, destination.Length), yMean, destination);
        });
    }
}

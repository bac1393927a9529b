using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Regression;

/// <summary>
/// Solves A x = b for a small symmetric positive definite A (d × d) by Cholesky, A = LLᵀ, and says
/// when A is not numerically positive definite: a pivot L_jj² ≤ d·ε·max_i A_ii means column j of A
/// is, to working precision, a combination of the earlier ones.
/// </summary>
internal static class CholeskySolver
{
    /// <summary>x with A x = b, or null when a pivot falls below the threshold.</summary>
    public static Vector<double>? TrySolve(Matrix<double> a, Vector<double> b)
    {
        int d = a.RowCount;
        var l = a.ToRowMajorArray(); // lower triangle overwritten by L, row-major
        double largest = 0;
        for (int i = 0; i < d; i++) largest = Math.Max(largest, l[i * d + i]);
        double threshold = d * 2.220446049250313e-16 * largest;
        for (int j = 0; j < d; j++)
        {
            double pivot = l[j * d + j];
            for (int k = 0; k < j; k++) pivot -= l[j * d + k] * l[j * d + k];
            if (!(pivot > threshold)) return null;
            double ljj = Math.Sqrt(pivot);
            l[j * d + j] = ljj;
            for (int i = j + 1; i < d; i++)
            {
                double s = l[i * d + j];
                for (int k = 0; k < j; k++) s -= l[i * d + k] * l[j * d + k];
                l[i * d + j] = s / ljj;
            }
        }
        var x = b.ToArray();
        for (int i = 0; i < d; i++) // L z = b
        {
            for (int k = 0; k < i; k++) x[i] -= l[i * d + k] * x[k];
            x[i] /= l[i * d + i];
        }
        for (int i = d - 1; i >= 0; i--) // Lᵀ x = z
        {
            for (int k = i + 1; k < d; k++) x[i] -= l[k * d + i] * x[k];
            x[i] /= l[i * d + i];
        }
        return Vector<double>.Build.Dense(x);
    }
}

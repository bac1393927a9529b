using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Tests.Optimization;

/// <summary>Deterministic problems with known answers, built independently of the code under test.</summary>
internal static class TestProblems
{
    /// <summary>Q = R diag(μ, …, L) Rᵀ with R orthogonal from the QR of a seeded random matrix, so κ = L/μ exactly.</summary>
    public static Matrix<double> QuadraticWithConditionNumber(int n, double mu, double l, int seed)
    {
        var random = new Random(seed);
        var g = Matrix<double>.Build.Dense(n, n, (_, _) => random.NextDouble() * 2 - 1);
        var r = g.QR().Q;
        var eigenvalues = Vector<double>.Build.Dense(n, i => mu + (l - mu) * i / (n - 1));
        var q = r * Matrix<double>.Build.DiagonalOfDiagonalVector(eigenvalues) * r.Transpose();
        return (q + q.Transpose()) * 0.5;
    }

    public static Vector<double> SeededVector(int n, int seed)
    {
        var random = new Random(seed);
        return Vector<double>.Build.Dense(n, _ => random.NextDouble() * 2 - 1);
    }
}

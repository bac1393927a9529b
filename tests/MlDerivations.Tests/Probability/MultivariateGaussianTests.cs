using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;
using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

/// <summary>N(μ, Σ) through the library's Cholesky: closed forms for a diagonal Σ and the failure for a singular one.</summary>
public sealed class MultivariateGaussianTests
{
    [Fact]
    public void LogDensityAndLogDeterminant_OfADiagonalCovarianceAreTheSumsOverCoordinates()
    {
        // Σ = diag(4, 0.25): ln|Σ| = 0 and ln p(x) = Σ_i ln N(x_i | μ_i, σ_i²), written out.
        var gaussian = new MultivariateGaussian(Vector<double>.Build.DenseOfArray([1, -1]), Matrix<double>.Build.DiagonalOfDiagonalArray([4, 0.25]));
        Assert.Equal(0, gaussian.LogDeterminant, 15);
        double expected = -0.5 * Math.Log(2 * Math.PI * 4) - 0.5 * 1 / 4.0 - 0.5 * Math.Log(2 * Math.PI * 0.25) - 0.5 * 1 / 0.25;
        Assert.Equal(expected, gaussian.LogDensity(Vector<double>.Build.DenseOfArray([2, 0])), 14);
    }

    [Fact]
    public void Constructor_WithASingularCovarianceNamesThePivotAndSuggestsJitter()
    {
        // Σ = [[1, 2], [2, 4]] has rank 1: the second pivot is 4 − 2² = 0.
        var thrown = Assert.Throws<NotPositiveDefiniteException>(() => new MultivariateGaussian(
            Vector<double>.Build.Dense(2), Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 4 } })));
        Assert.Equal("covariance", thrown.ParamName);
        Assert.Equal(1, thrown.Pivot);
        Assert.Equal(0, thrown.PivotValue);
        Assert.StartsWith("MultivariateGaussian.Covariance must be positive definite; got pivot j = 1", thrown.Message);
        Assert.Contains("add a small multiple of I", thrown.Message);
    }
}

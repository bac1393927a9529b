using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;
using static MlDerivations.Tests.LinearAlgebra.MatrixFixtures;

namespace MlDerivations.Tests.LinearAlgebra;

/// <summary>The thin SVD and its truncations against MathNet's SVD, a hand-worked diagonal case and Eckart–Young's errors.</summary>
public sealed class LowRankTests
{
    public static TheoryData<int, int> Shapes => new()
    {
        { 6, 6 },    // square: MathNet directly
        { 9, 5 },    // tall but m ≤ 2n: MathNet directly
        { 40, 6 },   // m > 2n: Householder QR first
        { 4, 11 },   // wide: through the transpose
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Decompose_ReproducesAWithOrthonormalFactorsAndMathNetsSingularValues(int rows, int columns)
    {
        var a = Random(rows, columns, seed: rows * 100 + columns);
        var svd = LowRank.Decompose(a);
        int r = Math.Min(rows, columns);
        Assert.Equal((rows, r), (svd.U.RowCount, svd.U.ColumnCount));
        Assert.Equal((columns, r), (svd.V.RowCount, svd.V.ColumnCount));
        var reference = a.Svd(computeVectors: false).S;
        for (int i = 0; i < r; i++) Assert.Equal(reference[i], svd.SingularValues[i], 12);
        Assert.True(OrthogonalityError(svd.U) < 1e-13);
        Assert.True(OrthogonalityError(svd.V) < 1e-13);
        var product = NaiveProduct(NaiveProduct(svd.U, Matrix<double>.Build.DiagonalOfDiagonalVector(svd.SingularValues)), svd.V.Transpose());
        Assert.True(MaxDifference(product, a) < 1e-13);
    }

    [Fact]
    public void Truncate_OfADiagonalMatrixKeepsTheLargestEntries()
    {
        // diag(1, 3, 2): the best rank-1 approximation keeps the 3, with errors √(1² + 2²) = √5 (Frobenius) and 2 (spectral).
        var a = Matrix<double>.Build.DiagonalOfDiagonalArray([1, 3, 2]);
        var svd = LowRank.Decompose(a);
        Assert.True(MaxDifference(LowRank.Truncate(a, 1), Matrix<double>.Build.DiagonalOfDiagonalArray([0, 3, 0])) < 1e-15);
        Assert.Equal(Math.Sqrt(5), svd.FrobeniusError(1), 14);
        Assert.Equal(2, svd.SpectralError(1), 14);
        Assert.Equal(0, svd.SpectralError(3));
        Assert.Equal(Math.Sqrt(14), svd.FrobeniusError(0), 14);
    }

    [Fact]
    public void Reconstruct_HasTheErrorsEckartYoungPredicts()
    {
        var a = Random(30, 20, seed: 41);
        var svd = LowRank.Decompose(a);
        foreach (int k in new[] { 0, 1, 5, 12, 20 })
        {
            var residual = a - svd.Reconstruct(k);
            Assert.Equal(residual.FrobeniusNorm(), svd.FrobeniusError(k), 12);
            Assert.Equal(residual.L2Norm(), svd.SpectralError(k), 12);               // MathNet's 2-norm of the residual
        }
        Assert.True(MaxDifference(svd.Reconstruct(20), a) < 1e-13);
    }

    [Fact]
    public void Reconstruct_BeatsEveryOtherRankKProjectionTried()
    {
        // Eckart–Young: no rank-k matrix is closer. Candidates: A projected onto the span of k random columns of A,
        // which is the best approximation within that subspace.
        var a = Random(25, 15, seed: 42);
        var svd = LowRank.Decompose(a);
        var rng = new Random(43);
        const int k = 4;
        for (int trial = 0; trial < 200; trial++)
        {
            var columns = Enumerable.Range(0, 15).OrderBy(_ => rng.Next()).Take(k).ToArray();
            var q = Householder.Factor(Matrix<double>.Build.DenseOfColumnVectors(columns.Select(a.Column))).Q;
            double candidate = (a - q * (q.Transpose() * a)).FrobeniusNorm();
            Assert.True(candidate >= svd.FrobeniusError(k) - 1e-12, $"trial {trial}: {candidate} < {svd.FrobeniusError(k)}");
        }
    }

    [Fact]
    public void RankForEnergy_CountsTheTermsThatKeepTheRequestedShareOfTheSquaredNorm()
    {
        var svd = LowRank.Decompose(Matrix<double>.Build.DiagonalOfDiagonalArray([3, 2, 1]));   // σ² = 9, 4, 1 of 14
        Assert.Equal(1, svd.RankForEnergy(9.0 / 14));
        Assert.Equal(2, svd.RankForEnergy(0.65));
        Assert.Equal(2, svd.RankForEnergy(13.0 / 14));
        Assert.Equal(3, svd.RankForEnergy(1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void Reconstruct_RejectsARankOutsideZeroToR(int rank)
    {
        var svd = LowRank.Decompose(Random(5, 3, seed: 44));
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => svd.Reconstruct(rank)).ParamName);
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => svd.FrobeniusError(rank)).ParamName);
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => svd.SpectralError(rank)).ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void RankForEnergy_RejectsAFractionOutsideZeroToOne(double fraction)
    {
        var svd = LowRank.Decompose(Random(5, 3, seed: 45));
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => svd.RankForEnergy(fraction));
        Assert.Equal("fraction", thrown.ParamName);
        Assert.StartsWith("ThinSvd.Fraction must be in (0, 1]", thrown.Message);
    }

    public static TheoryData<Matrix<double>?, Type> InvalidMatrices => new()
    {
        { null, typeof(ArgumentNullException) },
        { M(new double[,] { { 1, double.NaN } }), typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(InvalidMatrices))]
    public void Decompose_RejectsNullOrNonFiniteMatrices(Matrix<double>? a, Type exception)
    {
        var thrown = Assert.Throws(exception, () => LowRank.Decompose(a!));
        Assert.Equal("a", ((ArgumentException)thrown).ParamName);
        Assert.StartsWith("LowRank.A must", thrown.Message);
    }
}

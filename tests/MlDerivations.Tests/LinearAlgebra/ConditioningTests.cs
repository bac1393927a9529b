using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;
using static MlDerivations.Tests.LinearAlgebra.MatrixFixtures;

namespace MlDerivations.Tests.LinearAlgebra;

/// <summary>Condition numbers against hand values and eigenvalues of AᵀA; test matrices against their prescribed spectrum.</summary>
public sealed class ConditioningTests
{
    [Fact]
    public void ConditionNumber_OfADiagonalMatrixIsTheRatioOfItsExtremeEntries()
    {
        Assert.Equal(100, Conditioning.ConditionNumber(Matrix<double>.Build.DiagonalOfDiagonalArray([10, -0.1, 1])), 10);
        Assert.Equal(1, Conditioning.ConditionNumber(Matrix<double>.Build.DenseIdentity(4)), 14);
    }

    [Fact]
    public void ConditionNumber_IsTheRootOfTheEigenvalueRatioOfAtA()
    {
        var a = Random(7, 4, seed: 31);
        var eigen = (a.Transpose() * a).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        double expected = Math.Sqrt(eigen.Max() / eigen.Min());
        Assert.Equal(expected, Conditioning.ConditionNumber(a), 9);
        Assert.Equal(expected, Conditioning.ConditionNumber(a.Transpose()), 9);           // a wide matrix: the same σ
        Assert.Equal(Math.Sqrt(eigen.Max()), Conditioning.SpectralNorm(a), 12);
    }

    [Fact]
    public void ConditionNumber_OfATallMatrixReducedByQrFirst_IsMathNetsSingularValueRatio()
    {
        // 1500 × 6 (m > 2n): the singular values come from the R of the library's QR; MathNet decomposes A itself.
        var a = Random(1500, 6, seed: 35);
        a.SetColumn(5, a.Column(5) * 1e-3 + a.Column(4));                           // κ in the thousands
        var s = a.Svd(computeVectors: false).S;
        Assert.Equal(1, Conditioning.ConditionNumber(a) / (s[0] / s[5]), 10);
        Assert.Equal(1, Conditioning.SpectralNorm(a) / s[0], 13);
        Assert.True(Conditioning.ConditionNumber(a.InsertColumn(6, a.Column(0))) > 1e13);    // a repeated column: σ_min at rounding level
    }

    [Fact]
    public void ConditionNumber_IsInfiniteForASingularMatrix()
    {
        Assert.Equal(double.PositiveInfinity, Conditioning.ConditionNumber(M(new double[,] { { 1, 2 }, { 0, 0 } })));
    }

    [Fact]
    public void SpectralNorm_IsTheLargestStretchOfTheUnitCircle()
    {
        var a = M(new double[,] { { 2, 1 }, { -0.5, 1.5 } });
        double brute = Enumerable.Range(0, 100_000)
            .Select(i => 2 * Math.PI * i / 100_000)
            .Max(t => (a * V(Math.Cos(t), Math.Sin(t))).L2Norm());
        Assert.Equal(brute, Conditioning.SpectralNorm(a), 8);
    }

    [Fact]
    public void WithConditionNumber_HasGeometricallySpacedSingularValuesFromOneToOneOverKappa()
    {
        var a = Conditioning.WithConditionNumber(12, 5, 1e4, seed: 32);
        var s = a.Svd(computeVectors: false).S;
        for (int i = 0; i < 5; i++)
            Assert.Equal(Math.Pow(10, -i), s[i], 12);                                   // 1e4^(−i/4) = 10^−i
        Assert.Equal(1e4, Conditioning.ConditionNumber(a), 6);
        // …and forming AᵀA squares it, the fact behind (2.11).
        Assert.Equal(1e8, Conditioning.ConditionNumber(a.Transpose() * a), 1e8 * 1e-6);
    }

    [Fact]
    public void RandomOrthonormal_HasOrthonormalColumnsAndDependsOnlyOnTheSeed()
    {
        var q = Conditioning.RandomOrthonormal(9, 4, seed: 33);
        Assert.Equal(9, q.RowCount);
        Assert.Equal(4, q.ColumnCount);
        Assert.True(OrthogonalityError(q) < 1e-14);
        Assert.Equal(q, Conditioning.RandomOrthonormal(9, 4, seed: 33));
        Assert.NotEqual(q, Conditioning.RandomOrthonormal(9, 4, seed: 34));
    }

    public static TheoryData<int, int, double, string> InvalidShapes => new()
    {
        { 5, 1, 10, "columns" },
        { 3, 4, 10, "rows" },
        { 5, 3, 0.5, "conditionNumber" },
        { 5, 3, double.PositiveInfinity, "conditionNumber" },
        { 5, 3, double.NaN, "conditionNumber" },
    };

    [Theory]
    [MemberData(nameof(InvalidShapes))]
    public void WithConditionNumber_RejectsBadShapesAndConditionNumbers(int rows, int columns, double kappa, string parameter)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Conditioning.WithConditionNumber(rows, columns, kappa, seed: 0));
        Assert.Equal(parameter, thrown.ParamName);
        Assert.StartsWith($"Conditioning.{char.ToUpperInvariant(parameter[0])}{parameter[1..]} must", thrown.Message);
    }

    [Theory]
    [InlineData(2, 3, "rows")]
    [InlineData(2, 0, "columns")]
    public void RandomOrthonormal_RejectsBadShapes(int rows, int columns, string parameter)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Conditioning.RandomOrthonormal(rows, columns, seed: 0));
        Assert.Equal(parameter, thrown.ParamName);
    }

    public static TheoryData<Matrix<double>?, Type> InvalidMatrices => new()
    {
        { null, typeof(ArgumentNullException) },
        { Matrix<double>.Build.Dense(0, 3), typeof(ArgumentException) },
        { M(new double[,] { { 1, double.NaN } }), typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(InvalidMatrices))]
    public void ConditionNumberAndSpectralNorm_RejectNullEmptyOrNonFiniteMatrices(Matrix<double>? a, Type exception)
    {
        Assert.Equal("a", ((ArgumentException)Assert.Throws(exception, () => Conditioning.ConditionNumber(a!))).ParamName);
        Assert.Equal("a", ((ArgumentException)Assert.Throws(exception, () => Conditioning.SpectralNorm(a!))).ParamName);
    }
}

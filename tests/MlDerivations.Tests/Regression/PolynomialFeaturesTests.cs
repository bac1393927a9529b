using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

public sealed class PolynomialFeaturesTests
{
    [Fact]
    public void Transform_MatchesScikitLearnColumnsAndOrder()
    {
        var expected = RegressionFixtures.Section("polynomial_features");
        var x = RegressionFixtures.Matrix(expected.GetProperty("X"));
        var phi = PolynomialFeatures.Transform(x, expected.GetProperty("degree").GetInt32());

        var reference = RegressionFixtures.Matrix(expected.GetProperty("output"));
        Assert.Equal(reference.ColumnCount, phi.ColumnCount);
        Assert.True((phi - reference).InfinityNorm() < 1e-12);
        var names = expected.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Equal(names, PolynomialFeatures.FeatureNames(3, 3));
    }

    [Fact]
    public void Transform_OfOneFeature_IsTheVandermondeRowWithoutBias()
    {
        var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 2 }, { -3 } });
        var phi = PolynomialFeatures.Transform(x, 3, includeBias: false);
        Assert.Equal([2.0, 4, 8], phi.Row(0).ToArray());
        Assert.Equal([-3.0, 9, -27], phi.Row(1).ToArray());
        Assert.Equal(["x0", "x0^2", "x0^3"], PolynomialFeatures.FeatureNames(1, 3, includeBias: false));
    }

    [Fact]
    public void Transform_OfDegreeZeroWithBias_IsTheConstantColumn()
    {
        var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 3 }, { -1, 4 }, { 0.5, 0 } });
        var phi = PolynomialFeatures.Transform(x, 0);
        Assert.Equal(3, phi.RowCount);
        Assert.Equal(1, phi.ColumnCount);
        Assert.All(phi.Column(0), v => Assert.Equal(1.0, v));
        Assert.Equal(["1"], PolynomialFeatures.FeatureNames(2, 0));
    }
}

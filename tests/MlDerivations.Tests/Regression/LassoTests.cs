using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

public sealed class LassoTests
{
    // Centred, orthogonal columns with x_jᵀx_j = n = 4, so the lasso solves coordinate-wise:
    // ŵ_j = S(x_jᵀy/n, λ) (5.12). x0ᵀy/n = 0.125 and x1ᵀy/n = 1.125; ȳ = 0.875.
    private static readonly Matrix<double> Orthogonal =
        Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1 }, { -1, 1 }, { 1, -1 }, { -1, -1 } });
    private static readonly Vector<double> OrthogonalY = Vector<double>.Build.Dense([3, 1, -1, 0.5]);

    [Fact]
    public void Fit_OnAnOrthogonalDesign_IsSoftThresholdingOfTheCorrelations()
    {
        var model = Lasso.Fit(Orthogonal, OrthogonalY, new LassoOptions { Lambda = 0.3, Tolerance = 1e-14 });

        Assert.Equal(0, model.Coefficients[0]);
        Assert.Equal(1.125 - 0.3, model.Coefficients[1], 13);
        Assert.Equal(0.875, model.Intercept, 13);
        Assert.Equal(1, model.ZeroCount);
        Assert.True(model.Convergence.Converged);
    }

    [Theory]
    [InlineData(2.5, 1.0, 1.5)]
    [InlineData(-2.5, 1.0, -1.5)]
    [InlineData(0.7, 1.0, 0.0)]
    [InlineData(-1.0, 1.0, 0.0)]
    public void SoftThreshold_ShrinksTowardZeroAndClipsInsideTheBand(double z, double t, double expected) =>
        Assert.Equal(expected, CoordinateDescent.SoftThreshold(z, t));

    [Fact]
    public void Fit_MatchesScikitLearnLasso()
    {
        var expected = RegressionFixtures.Section("lasso");
        var model = Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y,
            new LassoOptions { Lambda = expected.GetProperty("alpha").GetDouble(), Tolerance = 1e-14, MaxIterations = 100_000 });

        var coef = RegressionFixtures.Vector(expected.GetProperty("coef"));
        for (int j = 0; j < coef.Count; j++)
        {
            Assert.Equal(coef[j], model.Coefficients[j], 1e-8);
            Assert.Equal(coef[j] == 0, model.Coefficients[j] == 0); // the same support
        }
        Assert.Equal(expected.GetProperty("intercept").GetDouble(), model.Intercept, 1e-7);
        Assert.True(model.Convergence.Converged);
    }

    [Fact]
    public void Fit_SatisfiesTheKktConditionsAndReportsASmallNonNegativeGap()
    {
        var model = Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y, new LassoOptions { Lambda = 0.05, Tolerance = 1e-12 });

        Assert.True(model.DualityGap >= 0 && model.DualityGap <= 1e-12 * Yc2OverN(), $"gap {model.DualityGap}");
        Assert.True(Lasso.KktViolation(RegressionFixtures.X, RegressionFixtures.Y, model) < 1e-5);
    }

    [Fact]
    public void KktViolation_IsLargeAwayFromTheOptimum()
    {
        var loose = Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y, new LassoOptions { Lambda = 0.05, MaxIterations = 1 });
        Assert.False(loose.Convergence.Converged);
        Assert.True(Lasso.KktViolation(RegressionFixtures.X, RegressionFixtures.Y, loose) > 1e-3);
    }

    [Fact]
    public void Path_DefaultGrid_MatchesScikitLearnsAlphas()
    {
        var expected = RegressionFixtures.Section("lasso_path");
        var path = Lasso.Path(RegressionFixtures.X, RegressionFixtures.Y, new LassoPathOptions { LambdaCount = 20 });

        var alphas = RegressionFixtures.Vector(expected.GetProperty("alphas"));
        for (int k = 0; k < 20; k++) Assert.Equal(alphas[k], path.Lambdas[k], 1e-12 * alphas[k]);
    }

    [Fact]
    public void Path_MatchesScikitLearnLassoPath()
    {
        var expected = RegressionFixtures.Section("lasso_path");
        var alphas = RegressionFixtures.Vector(expected.GetProperty("alphas"));
        var coefs = RegressionFixtures.Matrix(expected.GetProperty("coefs")); // d × K
        var path = Lasso.Path(RegressionFixtures.X, RegressionFixtures.Y,
            new LassoPathOptions { Lambdas = alphas.ToArray(), Tolerance = 1e-14, MaxIterations = 100_000 });

        Assert.True(path.Convergence.Converged);
        Assert.Equal(coefs.RowCount, path.Coefficients.RowCount);
        Assert.True((path.Coefficients - coefs).Enumerate().Max(Math.Abs) < 1e-7,
            $"max |Δ| = {(path.Coefficients - coefs).Enumerate().Max(Math.Abs)}");
    }

    [Fact]
    public void Path_StartsAtZeroAtLambdaMaxAndEachPointSatisfiesKkt()
    {
        var x = RegressionFixtures.X;
        var y = RegressionFixtures.Y;
        var path = Lasso.Path(x, y, new LassoPathOptions { LambdaCount = 15, Tolerance = 1e-12 });

        Assert.Equal(15, path.Count);
        Assert.True(path.Coefficients.Column(0).All(v => v == 0));
        Assert.Equal(y.Average(), path.Intercepts[0], 12);
        Assert.Equal(path.Lambdas[0] * 1e-3, path.Lambdas[14], 1e-12 * path.Lambdas[0]);
        for (int k = 0; k < path.Count; k++)
        {
            double violation = Lasso.KktViolation(x, y, path.ModelAt(k));
            Assert.True(violation < 1e-5 * path.Lambdas[0], $"λ_{k}: KKT violation {violation}, gap {path.DualityGaps[k]}");
            Assert.True(path.DualityGaps[k] >= 0);
        }
        // λ_max is the smallest λ with ŵ = 0 (5.14): just below it a weight leaves zero.
        var below = Lasso.Fit(x, y, new LassoOptions { Lambda = path.Lambdas[0] * 0.99 });
        Assert.True(below.ZeroCount < x.ColumnCount);
    }

    [Fact]
    public void Path_WithAnExplicitGrid_SortsItDecreasing()
    {
        var path = Lasso.Path(Orthogonal, OrthogonalY, new LassoPathOptions { Lambdas = [0.3, 2.0, 0.01] });
        Assert.Equal([2.0, 0.3, 0.01], path.Lambdas.ToArray());
        Assert.Equal(1.125 - 0.3, path.Coefficients[1, 1], 6);
    }

    [Fact]
    public void Fit_OnWideData_SatisfiesTheKktConditions()
    {
        // n = 6 < d = 15: the Gram matrix is singular, yet each coordinate step is well defined.
        var random = new Random(11);
        var x = Matrix<double>.Build.Dense(6, 15, (_, _) => random.NextDouble() * 2 - 1);
        var y = Vector<double>.Build.Dense(6, i => x[i, 0] - 2 * x[i, 7] + 0.1 * random.NextDouble());
        var model = Lasso.Fit(x, y, new LassoOptions { Lambda = 0.01, Tolerance = 1e-12, MaxIterations = 100_000 });

        Assert.True(model.Convergence.Converged);
        Assert.True(Lasso.KktViolation(x, y, model) < 1e-6);
        Assert.True(model.ZeroCount >= 15 - 5); // at most n − 1 = 5 non-zeros after centring
    }

    [Fact]
    public void Fit_WithoutIntercept_KeepsBAtZeroAndThresholdsTheRawCorrelations()
    {
        // Same orthogonal design; y shifted by 10 changes nothing for centred columns except b.
        var model = Lasso.Fit(Orthogonal, OrthogonalY + 10, new LassoOptions { Lambda = 0.3, FitIntercept = false, Tolerance = 1e-14 });
        Assert.Equal(0, model.Intercept);
        Assert.Equal(1.125 - 0.3, model.Coefficients[1], 13);
    }

    private static double Yc2OverN()
    {
        var y = RegressionFixtures.Y;
        var yc = y - y.Average();
        return yc.DotProduct(yc) / y.Count;
    }

    [Fact]
    public void PathOptions_KeepTheirOwnCopyOfTheLambdaGrid()
    {
        var grid = new List<double> { 1.0, 0.5 };
        var options = new LassoPathOptions { Lambdas = grid };
        grid[0] = 99;
        Assert.Equal([1.0, 0.5], options.Lambdas!);
    }

    [Fact]
    public void PathConvergence_SumsTheSweepsOfEveryLambdaAndNamesTheFirstFailure()
    {
        var path = Lasso.Path(Orthogonal, OrthogonalY, new LassoPathOptions { Lambdas = [1.0, 0.1] });
        Assert.True(path.Convergence.Converged, path.Convergence.Message);
        Assert.Equal(path.ModelAt(0).Convergence.Iterations + path.ModelAt(1).Convergence.Iterations, path.Convergence.Iterations);

        // One sweep leaves a relative gap far above the default 1e-4 on the fixture data (see KktViolation_IsLargeAwayFromTheOptimum).
        var cut = Lasso.Path(RegressionFixtures.X, RegressionFixtures.Y, new LassoPathOptions { Lambdas = [0.05], MaxIterations = 1 });
        Assert.False(cut.Convergence.Converged);
        Assert.Equal(StopReason.MaxIterations, cut.Convergence.Reason);
        Assert.Contains("1 of the 1 λ did not converge", cut.Convergence.Message);
    }
}

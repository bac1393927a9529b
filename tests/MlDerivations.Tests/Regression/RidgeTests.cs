using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

public sealed class RidgeTests
{
    [Fact]
    public void Fit_MatchesScikitLearnRidge()
    {
        var expected = RegressionFixtures.Section("ridge");
        var model = Ridge.Fit(RegressionFixtures.X, RegressionFixtures.Y,
            new RidgeOptions { Lambda = expected.GetProperty("alpha").GetDouble() });

        var coef = RegressionFixtures.Vector(expected.GetProperty("coef"));
        for (int j = 0; j < coef.Count; j++) Assert.Equal(coef[j], model.Coefficients[j], 1e-10);
        Assert.Equal(expected.GetProperty("intercept").GetDouble(), model.Intercept, 1e-9);
        Assert.Equal(2.5, model.Lambda);
    }

    [Fact]
    public void Fit_OnOneFeatureWithoutIntercept_IsTheShrunkenSlope()
    {
        // (xᵀx + λ)w = xᵀy (5.9): x = (1, 2, 3), y = (2, 3, 7): xᵀy = 29, xᵀx = 14; λ = 6 gives w = 29/20.
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { 1 }, { 2 }, { 3 } });
        var model = Ridge.Fit(x, Vector<double>.Build.Dense([2, 3, 7]), new RidgeOptions { Lambda = 6, FitIntercept = false });
        Assert.Equal(29.0 / 20, model.Coefficients[0], 14);
    }

    [Fact]
    public void Fit_WithLambdaZero_IsOrdinaryLeastSquares()
    {
        var ols = LinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y);
        var ridge = Ridge.Fit(RegressionFixtures.X, RegressionFixtures.Y, new RidgeOptions { Lambda = 0 });
        Assert.True((ols.Coefficients - ridge.Coefficients).InfinityNorm() < 1e-9);
        Assert.Equal(ols.Intercept, ridge.Intercept, 1e-8);
    }

    [Fact]
    public void Fit_IsTheMapEstimateOfTheGaussianPrior()
    {
        // (5.10): with prior N(0, (σ²/λ)I), the MAP is the posterior mean of Bayesian regression with
        // α = λ/σ², β = 1/σ², whatever σ².
        const double lambda = 3.0, sigma2 = 0.25;
        var ridge = Ridge.Fit(RegressionFixtures.X, RegressionFixtures.Y, new RidgeOptions { Lambda = lambda });
        var bayes = BayesianLinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y,
            new BayesianLinearRegressionOptions { Alpha = lambda / sigma2, Beta = 1 / sigma2 });
        Assert.True((ridge.Coefficients - bayes.PosteriorMean).InfinityNorm() < 1e-9);
    }

    [Fact]
    public void Fit_WithSingularGramAndNoPenalty_SaysWhatToTry()
    {
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 4 }, { 3, 6 } });
        var error = Assert.Throws<RankDeficientException>(() =>
            Ridge.Fit(x, Vector<double>.Build.Dense([1, 2, 4]), new RidgeOptions { Lambda = 0 }));
        Assert.Contains("increase Lambda", error.Message);
    }
}

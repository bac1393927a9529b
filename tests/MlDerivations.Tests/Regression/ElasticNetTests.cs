using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

public sealed class ElasticNetTests
{
    [Fact]
    public void Fit_MatchesScikitLearnElasticNet()
    {
        var expected = RegressionFixtures.Section("elastic_net");
        var model = ElasticNet.Fit(RegressionFixtures.X, RegressionFixtures.Y, new ElasticNetOptions
        {
            Lambda = expected.GetProperty("alpha").GetDouble(),
            L1Ratio = expected.GetProperty("l1_ratio").GetDouble(),
            Tolerance = 1e-14,
            MaxIterations = 100_000,
        });

        var coef = RegressionFixtures.Vector(expected.GetProperty("coef"));
        for (int j = 0; j < coef.Count; j++) Assert.Equal(coef[j], model.Coefficients[j], 1e-8);
        Assert.Equal(expected.GetProperty("intercept").GetDouble(), model.Intercept, 1e-7);
        Assert.True(ElasticNet.KktViolation(RegressionFixtures.X, RegressionFixtures.Y, model) < 1e-6);
    }

    [Fact]
    public void Fit_OnAnOrthogonalDesign_ShrinksTheSoftThresholdedCorrelation()
    {
        // x_jᵀx_j = n = 4, centred, orthogonal: ŵ_j = S(x_jᵀy/n, λρ)/(1 + λ(1 − ρ)) (5.16); x1ᵀy/n = 1.125.
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1 }, { -1, 1 }, { 1, -1 }, { -1, -1 } });
        var y = Vector<double>.Build.Dense([3, 1, -1, 0.5]);
        var model = ElasticNet.Fit(x, y, new ElasticNetOptions { Lambda = 0.3, L1Ratio = 0.5, Tolerance = 1e-14 });

        Assert.Equal(0, model.Coefficients[0]);
        Assert.Equal((1.125 - 0.15) / 1.15, model.Coefficients[1], 12);
    }

    [Fact]
    public void Fit_WithL1RatioOne_IsTheLasso()
    {
        var net = ElasticNet.Fit(RegressionFixtures.X, RegressionFixtures.Y, new ElasticNetOptions { Lambda = 0.1, L1Ratio = 1, Tolerance = 1e-12 });
        var lasso = Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y, new LassoOptions { Lambda = 0.1, Tolerance = 1e-12 });
        Assert.Equal(lasso.Coefficients.ToArray(), net.Coefficients.ToArray());
    }
}

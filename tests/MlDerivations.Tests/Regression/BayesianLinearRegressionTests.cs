using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

public sealed class BayesianLinearRegressionTests
{
    private static (Matrix<double> Xc, Vector<double> Yc) Centred()
    {
        var x = RegressionFixtures.X;
        var y = RegressionFixtures.Y;
        var means = Vector<double>.Build.Dense(x.ColumnCount, j => x.Column(j).Average());
        var xc = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (i, j) => x[i, j] - means[j]);
        return (xc, y - y.Average());
    }

    [Fact]
    public void Fit_AtFixedPrecisions_GivesTheClosedFormPosterior()
    {
        // (5.17) by explicit inversion: S_N = (αI + βXcᵀXc)⁻¹, m_N = βS_N Xcᵀyc.
        const double alpha = 0.7, beta = 2.0;
        var (xc, yc) = Centred();
        var s = (Matrix<double>.Build.DenseIdentity(8) * alpha + xc.TransposeThisAndMultiply(xc) * beta).Inverse();
        var m = s * xc.TransposeThisAndMultiply(yc) * beta;

        var model = BayesianLinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y,
            new BayesianLinearRegressionOptions { Alpha = alpha, Beta = beta });

        Assert.True((model.PosteriorMean - m).InfinityNorm() < 1e-10);
        Assert.True((model.PosteriorCovariance - s).InfinityNorm() < 1e-12);
        Assert.Equal(0, model.Convergence.Iterations);
    }

    [Fact]
    public void LogEvidence_IsTheGaussianMarginalDensityOfY()
    {
        // (5.19) equals ln N(yc | 0, β⁻¹I + α⁻¹XcXcᵀ), evaluated here by an n × n Cholesky.
        const double alpha = 0.7, beta = 2.0;
        var (xc, yc) = Centred();
        int n = yc.Count;
        var c = Matrix<double>.Build.DenseIdentity(n) / beta + xc.TransposeAndMultiply(xc) / alpha;
        var chol = c.Cholesky();
        double logDet = 2 * chol.Factor.Diagonal().Sum(Math.Log);
        double expected = -0.5 * (yc.DotProduct(chol.Solve(yc)) + logDet + n * Math.Log(2 * Math.PI));

        var model = BayesianLinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y,
            new BayesianLinearRegressionOptions { Alpha = alpha, Beta = beta });
        Assert.Equal(expected, model.LogEvidence, 1e-9 * Math.Abs(expected));
    }

    [Fact]
    public void PredictiveVariance_IsNoisePlusPosteriorSpreadAtTheCentredPoint()
    {
        var model = BayesianLinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y,
            new BayesianLinearRegressionOptions { Alpha = 0.7, Beta = 2.0 });
        var x = RegressionFixtures.X;
        var means = Vector<double>.Build.Dense(8, j => x.Column(j).Average());
        var at = Matrix<double>.Build.DenseOfRowVectors(means, means + 1.0);

        var variance = model.PredictiveVariance(at);
        var s = model.PosteriorCovariance;
        Assert.Equal(0.5, variance[0], 12); // at x̄ only the noise 1/β remains (5.18)
        Assert.Equal(0.5 + s.Enumerate().Sum(), variance[1], 12); // 1/β + 1ᵀS_N1
    }

    [Fact]
    public void FitEvidence_MatchesScikitLearnBayesianRidge()
    {
        var expected = RegressionFixtures.Section("bayesian_ridge");
        var model = BayesianLinearRegression.FitEvidence(RegressionFixtures.X, RegressionFixtures.Y);

        Assert.True(model.Convergence.Converged);
        Assert.Equal(expected.GetProperty("lambda_").GetDouble(), model.Alpha, 1e-8 * model.Alpha);
        Assert.Equal(expected.GetProperty("alpha_").GetDouble(), model.Beta, 1e-8 * model.Beta);
        var coef = RegressionFixtures.Vector(expected.GetProperty("coef"));
        for (int j = 0; j < 8; j++) Assert.Equal(coef[j], model.PosteriorMean[j], 1e-9);
        Assert.Equal(expected.GetProperty("intercept").GetDouble(), model.Intercept, 1e-8);
        var sigma = RegressionFixtures.Matrix(expected.GetProperty("sigma"));
        Assert.True((model.PosteriorCovariance - sigma).InfinityNorm() < 1e-10);
        double logEvidence = expected.GetProperty("log_evidence").GetDouble();
        Assert.Equal(logEvidence, model.LogEvidence, 1e-10 * Math.Abs(logEvidence));

        var xNew = RegressionFixtures.Matrix(expected.GetProperty("X_new"));
        var mean = RegressionFixtures.Vector(expected.GetProperty("predictive_mean"));
        var std = RegressionFixtures.Vector(expected.GetProperty("predictive_std"));
        var ourMean = model.PredictiveMean(xNew);
        var ourVariance = model.PredictiveVariance(xNew);
        for (int i = 0; i < xNew.RowCount; i++)
        {
            Assert.Equal(mean[i], ourMean[i], 1e-8);
            Assert.Equal(std[i], Math.Sqrt(ourVariance[i]), 1e-9);
        }

        // scikit-learn 1.2 itself reports sqrt(1/β + xᵀS_N x) with the raw x (its issue #33757): reproduce
        // that number from our own S_N, to show the difference is only the centring.
        var raw = RegressionFixtures.Vector(expected.GetProperty("predictive_std_sklearn_1_2_uncentred"));
        var s = model.PosteriorCovariance;
        for (int i = 0; i < xNew.RowCount; i++)
            Assert.Equal(raw[i], Math.Sqrt(1 / model.Beta + xNew.Row(i).DotProduct(s * xNew.Row(i))), 1e-6);
    }

    [Fact]
    public void FitEvidence_EndsAtALocalMaximumOfTheEvidence()
    {
        var model = BayesianLinearRegression.FitEvidence(RegressionFixtures.X, RegressionFixtures.Y);
        Assert.True(model.EvidenceTrace[^1] >= model.EvidenceTrace[0], "the evidence at the end is below the start");

        // At the optimum, α = γ/‖m‖² and β = (n − γ)/‖r‖² hold (5.20); the evidence is flat in α and β:
        // nudging either by 0.1 % lowers it.
        foreach (var (da, db) in new[] { (1.001, 1.0), (0.999, 1.0), (1.0, 1.001), (1.0, 0.999) })
        {
            var nudged = BayesianLinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y,
                new BayesianLinearRegressionOptions { Alpha = model.Alpha * da, Beta = model.Beta * db });
            Assert.True(nudged.LogEvidence < model.LogEvidence);
        }
        Assert.InRange(model.EffectiveParameters, 0, 8);
    }

    [Fact]
    public void FitEvidence_ReportsAnExactFit()
    {
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { 0 }, { 1 }, { 2 }, { 3 } });
        var error = Assert.Throws<InvalidOperationException>(() =>
            BayesianLinearRegression.FitEvidence(x, Vector<double>.Build.Dense([1, 3, 5, 7])));
        Assert.Contains("exact", error.Message);
    }
}

using MlDerivations.LearningTheory;

namespace MlDerivations.Tests.LearningTheory;

public sealed class BiasVarianceTests
{
    private static readonly double[] TestPoints = Enumerable.Range(0, 11).Select(i => i / 10.0).ToArray();

    [Fact]
    public void ConstantLearner_HasTheClosedFormBiasAndVariance()
    {
        // f(x) = x, x ~ U[0, 1], ŷ = ȳ: E ŷ = ½, so bias²(x) = (½ − x)²; Var ŷ = (Var f(X) + σ²)/n = (1/12 + σ²)/n
        var options = new BiasVarianceOptions { TrainingSize = 10, Trials = 20_000, NoiseVariance = 0.25, Seed = 1 };
        var result = BiasVariance.Estimate(x => x, (x, y) => { double mean = y.Average(); return _ => mean; }, TestPoints, options);
        double variance = (1 / 12.0 + 0.25) / 10;
        double bias = TestPoints.Average(x => (0.5 - x) * (0.5 - x));
        // SE of the variance estimate ≈ variance·√(2/T) (ŷ is near-Gaussian); of the mean ≈ √(variance/T)
        Assert.InRange(result.Variance, variance * (1 - 5 * Math.Sqrt(2.0 / 20_000)), variance * (1 + 5 * Math.Sqrt(2.0 / 20_000)));
        Assert.InRange(result.BiasSquared, bias - 0.002, bias + 0.002);
    }

    [Fact]
    public void BiasPlusVariance_EqualsTheErrorAgainstTheTruthExactly_AndPlusNoiseTheMonteCarloErrorWithinItsStandardError()
    {
        var options = new BiasVarianceOptions { TrainingSize = 15, Trials = 4000, NoiseVariance = 0.09, Seed = 2 };
        var result = BiasVariance.Estimate(x => Math.Sin(2 * Math.PI * x), LeastSquaresLine, TestPoints, options);
        Assert.Equal(result.BiasSquared + result.Variance, result.ErrorAgainstTruth, 12);
        double sum = result.BiasSquared + result.Variance + result.Noise;
        Assert.InRange(result.ExpectedError, sum - 5 * result.ExpectedErrorStandardError, sum + 5 * result.ExpectedErrorStandardError);
        Assert.True(result.BiasSquared > result.Variance); // a line cannot follow a full sine period
    }

    [Fact]
    public void SameSeed_GivesTheSameDecomposition()
    {
        var options = new BiasVarianceOptions { Trials = 50, Seed = 9 };
        var a = BiasVariance.Estimate(Math.Exp, LeastSquaresLine, TestPoints, options);
        var b = BiasVariance.Estimate(Math.Exp, LeastSquaresLine, TestPoints, options);
        Assert.Equal(a.Predictions.ToColumnMajorArray(), b.Predictions.ToColumnMajorArray());
        Assert.Equal(a.ExpectedError, b.ExpectedError);
    }

    [Fact]
    public void LearnerPredictingNaN_IsReportedWithTrialAndPoint()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            BiasVariance.Estimate(x => x, (x, y) => _ => double.NaN, TestPoints, new BiasVarianceOptions { Trials = 5 }));
        Assert.Contains("trial 0", e.Message);
    }

    /// <summary>Ordinary least squares y ≈ a + b x, written out from the 2×2 normal equations.</summary>
    private static Func<double, double> LeastSquaresLine(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double b = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) / x.Sum(v => (v - mx) * (v - mx));
        double a = my - b * mx;
        return t => a + b * t;
    }

    [Fact]
    public void DebiasedBiasSquared_SubtractsTheUnbiasedVarianceOverT_HandWorked()
    {
        // Four fits at f + 1, f − 1, f + 1, f − 1: ȳ = f, so the plug-in bias² is 0 and the 1/T variance is 1;
        // s² = 4/3, and the debiased bias² is 0 − s²/T = −1/3 (1.13). The sum is unchanged: −1/3 + 4/3 = 0 + 1.
        int call = 0;
        RegressionLearner alternating = (x, y) => { double shift = call++ % 2 == 0 ? 1 : -1; return v => v + shift; };
        var result = BiasVariance.Estimate(v => v, alternating, TestPoints, new BiasVarianceOptions { Trials = 4, Seed = 1 });
        Assert.Equal(0, result.BiasSquared, 15);
        Assert.Equal(1, result.Variance, 15);
        Assert.Equal(4.0 / 3, result.VarianceUnbiased, 15);
        Assert.Equal(-1.0 / 3, result.BiasSquaredUnbiased, 15);
    }
}

using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

public sealed class EstimatorTests
{
    [Fact]
    public void GaussianMle_OnAHandWorkedSample_GivesMeanAndDivideByNVariance()
    {
        double[] x = [1, 2, 4, 9];
        Assert.Equal(4, Estimators.GaussianMean(x));
        Assert.Equal((9 + 4 + 0 + 25) / 4.0, Estimators.GaussianVariance(x));
        var fit = Estimators.Gaussian(x);
        Assert.Equal(4, fit.Mean);
        Assert.Equal(9.5, fit.Variance);
    }

    [Fact]
    public void GaussianVarianceMle_HasBiasMinusSigmaSquaredOverN()
    {
        // E[σ̂²] = (n − 1)σ²/n; average over many seeded samples of size n = 5 from N(0, 4)
        const int n = 5, trials = 100_000;
        var rng = Rng.Create(3);
        var g = new Gaussian(0, 4);
        var estimates = Enumerable.Range(0, trials).Select(_ => Estimators.GaussianVariance(Enumerable.Range(0, n).Select(_ => g.Sample(rng)).ToArray())).ToArray();
        double mean = estimates.Average();
        double se = Math.Sqrt(estimates.Select(e => (e - mean) * (e - mean)).Sum() / (trials - 1) / trials);
        Assert.InRange(mean - 4, -4.0 / n - 5 * se, -4.0 / n + 5 * se);
    }

    [Fact]
    public void ExponentialRateMle_OnAHandWorkedSample_IsOneOverTheMean() =>
        Assert.Equal(4 / 10.0, Estimators.ExponentialRate([1, 2, 3, 4]), 15);

    [Fact]
    public void ExponentialRateMle_HasTheInverseGammaMeanAndVariance()
    {
        // n x̄ ~ Gamma(n, λ), so E[λ̂] = nλ/(n − 1) and Var[λ̂] = n²λ²/((n − 1)²(n − 2)); n = 10, λ = 2.
        const int n = 10, trials = 100_000;
        const double lam = 2;
        var draws = new Gamma(1, lam).Sample(n * trials, 5);
        var estimates = Enumerable.Range(0, trials).Select(t => Estimators.ExponentialRate(new ArraySegment<double>(draws, t * n, n))).ToArray();
        double mean = estimates.Average();
        double variance = estimates.Select(e => (e - mean) * (e - mean)).Sum() / (trials - 1);
        double exactMean = n * lam / (n - 1), exactVariance = n * n * lam * lam / ((n - 1.0) * (n - 1.0) * (n - 2.0));
        Assert.InRange(mean, exactMean - 5 * Math.Sqrt(exactVariance / trials), exactMean + 5 * Math.Sqrt(exactVariance / trials));
        Assert.InRange(variance / exactVariance, 0.95, 1.05);   // relative s.e. of a sample variance of this skewed λ̂ ≈ 1 %
    }

    [Fact]
    public void DiscreteMles_AreTheObservedFrequencies()
    {
        Assert.Equal(0.6, Estimators.Bernoulli([1, 0, 1, 1, 0]).P, 15);
        Assert.Equal(2.25, Estimators.Poisson([0, 3, 2, 4]).Rate);
        Assert.Equal(0, Estimators.Poisson([0, 0]).Rate);
        Assert.Equal([0.5, 0, 0.25, 0.25], Estimators.Categorical([0, 2, 0, 3], 4).Probabilities);
    }

    [Fact]
    public void GaussianFit_OfEqualValues_SaysWhyItFails()
    {
        var e = Assert.Throws<ArgumentException>(() => Estimators.Gaussian([3, 3, 3]));
        Assert.Equal("x", e.ParamName);
    }

    [Theory]
    [InlineData(2000, 1)]
    [InlineData(2000, 2)]
    [InlineData(5, 3)]
    public void GaussianVariance_OfValuesNear1e9WithSpread1e3_KeepsItsDigits(int n, int seed)
    {
        // Exact reference: integer arithmetic on the construction (LargeOffsetSample). The corrected two-pass
        // algorithm's errors are those of summing n positive d_i² (relative ≤ (n − 1)ε) and three roundings,
        // so (n + 2)ε ≤ 4.5e-13 for n = 2000 (on this lattice of multiples of u the sums happen to be exact).
        // The plain two-pass misses by δ²/σ², δ the computed mean's distance from x̄: a sizeable fraction of
        // u ≈ 1.2e-7 (more with a naive sum of large n), so about 1e-8 against σ² ≈ 3e-7.
        double[] x = LargeOffsetSample.Values(n, seed);
        double exact = LargeOffsetSample.ExactVariance(x);
        double actual = Estimators.GaussianVariance(x);
        Assert.True(Math.Abs(actual - exact) <= (n + 2) * 2.220446049250313e-16 * exact,
            $"variance {actual:R}, exact {exact:R}, relative error {Math.Abs(actual - exact) / exact:E2}");
        Assert.Equal(actual, Estimators.Gaussian(x).Variance);
    }
}

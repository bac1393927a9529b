using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

/// <summary>
/// Seeded samplers against closed-form moments and distribution functions. Tolerances are five standard
/// errors of the estimate (a false alarm about 6e-7 per check for a fresh seed; with the seeds fixed
/// the outcome is deterministic), and the Kolmogorov–Smirnov distance is held below 1.95/√n, the
/// 0.1 % critical value of the Kolmogorov distribution.
/// </summary>
public sealed class SamplingTests
{
    private const int N = 200_000;

    public static TheoryData<string> Continuous() =>
        ["Gaussian(2, 9)", "Beta(0.5, 0.5)", "Beta(2, 5)", "Gamma(0.3, 2)", "Gamma(4, 0.5)", "StudentT(5, 1, 2)"];

    private static (Func<int, int, double[]> Sample, Func<double, double> Cdf, double Mean, double Variance) Build(string name)
    {
        switch (name)
        {
            case "Gaussian(2, 9)": { var d = new Gaussian(2, 9); return (d.Sample, d.Cdf, 2, 9); }
            case "Beta(0.5, 0.5)": { var d = new Beta(0.5, 0.5); return (d.Sample, d.Cdf, 0.5, 0.125); }
            case "Beta(2, 5)": { var d = new Beta(2, 5); return (d.Sample, d.Cdf, 2 / 7.0, 10 / (49.0 * 8)); }
            case "Gamma(0.3, 2)": { var d = new Gamma(0.3, 2); return (d.Sample, d.Cdf, 0.15, 0.075); }
            case "Gamma(4, 0.5)": { var d = new Gamma(4, 0.5); return (d.Sample, d.Cdf, 8, 16); }
            case "StudentT(5, 1, 2)": { var d = new StudentT(5, 1, 2); return (d.Sample, d.Cdf, 1, 4 * 5 / 3.0); }
            default: throw new ArgumentException(name);
        }
    }

    [Theory]
    [MemberData(nameof(Continuous))]
    public void SampleMeanAndVariance_MatchClosedFormsWithinFiveStandardErrors(string name)
    {
        var (sample, _, mean, variance) = Build(name);
        var x = sample(N, 7);
        double m = x.Average();
        double v = x.Select(t => (t - m) * (t - m)).Sum() / (N - 1);
        Assert.InRange(m, mean - 5 * Math.Sqrt(variance / N), mean + 5 * Math.Sqrt(variance / N));
        // SE of the sample variance: √(Var[(X − μ)²]/n), estimated from the sample itself
        double seVariance = Math.Sqrt(x.Select(t => Math.Pow((t - m) * (t - m) - v, 2)).Average() / N);
        Assert.InRange(v, variance - 5 * seVariance, variance + 5 * seVariance);
    }

    [Theory]
    [MemberData(nameof(Continuous))]
    public void SampleDistribution_IsWithinTheKolmogorovCriticalDistanceOfTheCdf(string name)
    {
        var (sample, cdf, _, _) = Build(name);
        const int n = 20_000; // the distribution functions are the slow part
        double d = KolmogorovSmirnov.Distance(sample(n, 11), cdf);
        Assert.True(d < 1.95 / Math.Sqrt(n), $"D = {d}");
    }

    [Fact]
    public void DiscreteSamplers_MatchTheirProbabilitiesWithinFiveStandardErrors()
    {
        AssertFrequencies(new Bernoulli(0.3).Sample(N, 1), 2, k => new Bernoulli(0.3).Probability(k));
        AssertFrequencies(new Categorical([0.1, 0, 0.6, 0.3]).Sample(N, 2), 4, k => new[] { 0.1, 0, 0.6, 0.3 }[k]);
        AssertFrequencies(new Binomial(12, 0.35).Sample(N, 3), 13, new Binomial(12, 0.35).Probability);
        AssertFrequencies(new Binomial(1000, 0.999).Sample(N, 4), 1001, new Binomial(1000, 0.999).Probability);
        AssertFrequencies(new Poisson(2.5).Sample(N, 5), 30, new Poisson(2.5).Probability);
        AssertFrequencies(new Poisson(900).Sample(N, 6), 1200, new Poisson(900).Probability);
    }

    [Fact]
    public void PoissonOfRateZero_AlwaysDrawsZero() => Assert.All(new Poisson(0).Sample(100, 1), k => Assert.Equal(0, k));

    [Fact]
    public void DirichletSamples_LieOnTheSimplexWithTheClosedFormMoments()
    {
        var d = new Dirichlet([0.5, 2, 3.5]);
        var draws = d.Sample(N, 8);
        Assert.All(draws, x => Assert.Equal(1, x.Sum(), 12));
        var mean = d.Mean();
        var variance = d.Variance();
        for (int k = 0; k < 3; k++)
        {
            double m = draws.Average(x => x[k]);
            Assert.InRange(m, mean[k] - 5 * Math.Sqrt(variance[k] / N), mean[k] + 5 * Math.Sqrt(variance[k] / N));
        }
    }

    [Fact]
    public void DirichletWithTinyConcentrations_StillDrawsFinitePointsOnTheSimplex()
    {
        var draws = new Dirichlet([0.01, 0.01, 0.01]).Sample(1000, 3);
        Assert.All(draws, x => { Assert.All(x, v => Assert.True(double.IsFinite(v))); Assert.Equal(1, x.Sum(), 12); });
        Assert.All(new Beta(0.01, 0.01).Sample(1000, 3), v => Assert.InRange(v, 0, 1));
    }

    [Fact]
    public void MultivariateGaussianSamples_HaveTheGivenMeanAndCovariance()
    {
        var mean = Vector<double>.Build.DenseOfArray([1, -2]);
        var cov = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0.8 }, { 0.8, 1 } });
        var x = new MultivariateGaussian(mean, cov).Sample(N, 9);
        var m = x.ColumnSums() / N;
        var centered = x - Matrix<double>.Build.Dense(N, 2, (i, j) => m[j]);
        var s = centered.TransposeThisAndMultiply(centered) / (N - 1);
        for (int i = 0; i < 2; i++)
        {
            Assert.InRange(m[i], mean[i] - 5 * Math.Sqrt(cov[i, i] / N), mean[i] + 5 * Math.Sqrt(cov[i, i] / N));
            for (int j = 0; j < 2; j++)
            {
                // Var of a Gaussian sample covariance entry: (Σ_ij² + Σ_ii Σ_jj)/n
                double se = Math.Sqrt((cov[i, j] * cov[i, j] + cov[i, i] * cov[j, j]) / N);
                Assert.InRange(s[i, j], cov[i, j] - 5 * se, cov[i, j] + 5 * se);
            }
        }
    }

    [Fact]
    public void NormalGammaSamples_HaveTheMarginalMoments()
    {
        var prior = new NormalGamma(1.5, 2, 4, 3);
        var draws = prior.Sample(N, 10);
        double precisionMean = draws.Average(d => d.Precision);
        double meanMean = draws.Average(d => d.Mean);
        var tau = prior.PrecisionMarginal;
        var mu = prior.MeanMarginal;
        Assert.InRange(precisionMean, tau.Mean - 5 * Math.Sqrt(tau.Variance / N), tau.Mean + 5 * Math.Sqrt(tau.Variance / N));
        Assert.InRange(meanMean, mu.Mean - 5 * Math.Sqrt(mu.Variance / N), mu.Mean + 5 * Math.Sqrt(mu.Variance / N));
        Assert.True(KolmogorovSmirnov.Distance(draws.Take(20_000).Select(d => d.Mean).ToArray(), mu.Cdf) < 1.95 / Math.Sqrt(20_000));
    }

    [Fact]
    public void SameSeed_GivesTheSameDrawsAndMatchesOneGeneratorDrawnRepeatedly()
    {
        var g = new Gaussian(0, 1);
        Assert.Equal(g.Sample(50, 123), g.Sample(50, 123));
        Assert.NotEqual(g.Sample(50, 123), g.Sample(50, 124));
        var rng = Rng.Create(123);
        Assert.Equal(g.Sample(50, 123), Enumerable.Range(0, 50).Select(_ => g.Sample(rng)).ToArray());
        Assert.Equal(new Gamma(0.7, 1).Sample(20, 5), new Gamma(0.7, 1).Sample(20, 5));
        Assert.Equal(new Poisson(40).Sample(20, 5), new Poisson(40).Sample(20, 5));
    }

    [Fact]
    public void ZeroDraws_GiveEmptyResults()
    {
        Assert.Empty(Gaussian.Standard.Sample(0, 1));
        var none = new MultivariateGaussian(Vector<double>.Build.Dense(2), Matrix<double>.Build.DenseIdentity(2)).Sample(0, 1);
        Assert.Equal((0, 2), (none.RowCount, none.ColumnCount));
    }

    [Fact]
    public void SeededStandardNormalDraws_ArePinned()
    {
        // Pinned so a change of generator or of the Box–Muller recipe is noticed: notebooks print these numbers.
        var x = Gaussian.Standard.Sample(3, 42);
        Assert.Equal(PinnedFirstDraws, x.Select(v => Math.Round(v, 12)).ToArray());
    }

    private static readonly double[] PinnedFirstDraws = [0.940176481011, -0.512637545197, -0.048005714773];

    private static void AssertFrequencies(int[] draws, int support, Func<int, double> probability)
    {
        var counts = new int[support];
        foreach (int k in draws) counts[k]++;
        for (int k = 0; k < support; k++)
        {
            double p = probability(k), f = (double)counts[k] / draws.Length;
            double se = Math.Sqrt(p * (1 - p) / draws.Length);
            Assert.True(Math.Abs(f - p) <= 5 * se + 1e-12, $"outcome {k}: frequency {f} against probability {p}");
        }
    }
}

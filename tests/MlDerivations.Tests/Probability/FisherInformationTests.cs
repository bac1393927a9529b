using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

/// <summary>I(θ) = Var[s(θ; X)] checked by sampling the score; tolerance five standard errors of the sample variance.</summary>
public sealed class FisherInformationTests
{
    private const int N = 400_000;

    [Fact]
    public void BernoulliInformation_EqualsTheVarianceOfTheSampledScore() =>
        AssertVarianceOfScore(new Bernoulli(0.3).Sample(N, 1).Select(x => FisherInformation.BernoulliScore(0.3, x)).ToArray(), FisherInformation.Bernoulli(0.3));

    [Fact]
    public void PoissonInformation_EqualsTheVarianceOfTheSampledScore() =>
        AssertVarianceOfScore(new Poisson(4).Sample(N, 2).Select(k => FisherInformation.PoissonScore(4, k)).ToArray(), FisherInformation.Poisson(4));

    [Fact]
    public void GaussianInformations_EqualTheVariancesOfTheSampledScores()
    {
        var x = new Gaussian(1, 2.5).Sample(N, 3);
        AssertVarianceOfScore(x.Select(v => FisherInformation.GaussianMeanScore(1, 2.5, v)).ToArray(), FisherInformation.GaussianMean(2.5));
        AssertVarianceOfScore(x.Select(v => FisherInformation.GaussianVarianceScore(1, 2.5, v)).ToArray(), FisherInformation.GaussianVariance(2.5));
    }

    [Fact]
    public void ClosedForms_MatchMinusTheExpectedSecondDerivativeByFiniteDifferences()
    {
        // −E[∂² ln p/∂θ²] with the expectation summed exactly over the pmf and the derivative by central differences
        const double h = 1e-4;
        double p = 0.3;
        double bern = -Enumerable.Range(0, 2).Sum(x => new Bernoulli(p).Probability(x) *
            (new Bernoulli(p + h).LogProbability(x) - 2 * new Bernoulli(p).LogProbability(x) + new Bernoulli(p - h).LogProbability(x)) / (h * h));
        Assert.Equal(FisherInformation.Bernoulli(p), bern, 4);
        double lam = 4;
        double pois = -Enumerable.Range(0, 80).Sum(k => new Poisson(lam).Probability(k) *
            (new Poisson(lam + h).LogProbability(k) - 2 * new Poisson(lam).LogProbability(k) + new Poisson(lam - h).LogProbability(k)) / (h * h));
        Assert.Equal(FisherInformation.Poisson(lam), pois, 4);
    }

    [Fact]
    public void ExponentialRateInformation_EqualsTheVarianceOfTheSampledScore() =>
        AssertVarianceOfScore(new Gamma(1, 2.5).Sample(N, 4).Select(x => FisherInformation.ExponentialRateScore(2.5, x)).ToArray(), FisherInformation.ExponentialRate(2.5));

    [Fact]
    public void ExponentialRateInformation_MatchesMinusTheExpectedSecondDerivativeByQuadrature()
    {
        // −E[∂² ln p/∂λ²] with ln p = ln λ − λx; the λ-derivative by central differences, E by the trapezoid rule on [0, 20].
        const double h = 1e-4, lam = 2.5, dx = 1e-4;
        double LogP(double rate, double x) => Math.Log(rate) - rate * x;
        double Integrand(double x) => lam * Math.Exp(-lam * x) * -(LogP(lam + h, x) - 2 * LogP(lam, x) + LogP(lam - h, x)) / (h * h);
        double integral = Enumerable.Range(0, 200_001).Sum(i => (i == 0 || i == 200_000 ? 0.5 : 1) * Integrand(i * dx)) * dx;
        Assert.Equal(FisherInformation.ExponentialRate(lam), integral, 5);
    }

    [Fact]
    public void CramerRaoBound_IsOneOverNTimesTheInformation() => Assert.Equal(0.25 / 10, FisherInformation.CramerRaoBound(4, 10), 15);

    private static void AssertVarianceOfScore(double[] score, double information)
    {
        double mean = score.Average();
        double variance = score.Select(s => (s - mean) * (s - mean)).Sum() / (score.Length - 1);
        double se = Math.Sqrt(score.Select(s => Math.Pow((s - mean) * (s - mean) - variance, 2)).Average() / score.Length);
        Assert.InRange(mean, -5 * Math.Sqrt(information / score.Length), 5 * Math.Sqrt(information / score.Length)); // E[s] = 0
        Assert.InRange(variance, information - 5 * se, information + 5 * se);
    }
}

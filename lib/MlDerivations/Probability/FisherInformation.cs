using MlDerivations.Validation;
namespace MlDerivations.Probability;

/// <summary>
/// Fisher information of one observation, I(θ) = E[s(θ; X)²] = −E[∂² ln p(X | θ)/∂θ²] (3.25), where
/// s = ∂ ln p/∂θ is the score, with E[s] = 0 (3.24). By Cramér–Rao any unbiased estimator from n independent
/// observations has variance ≥ 1/(n I(θ)) (3.26). Scores are given next to their informations so a
/// notebook can check Var[s] = I by sampling.
/// </summary>
public static class FisherInformation
{
    private const string Type = nameof(FisherInformation);

    /// <summary>I(p) = 1/(p(1 − p)) for Bernoulli(p), p in (0, 1).</summary>
    public static double Bernoulli(double p)
    {
        Guard.OpenUnitInterval(p, Type, nameof(p));
        return 1 / (p * (1 - p));
    }

    /// <summary>s(p; x) = x/p − (1 − x)/(1 − p) for x in {0, 1}.</summary>
    public static double BernoulliScore(double p, int x)
    {
        Guard.OpenUnitInterval(p, Type, nameof(p));
        Guard.InRange(x, Type, nameof(x), 0, 1);
        return x / p - (1 - x) / (1 - p);
    }

    /// <summary>I(λ) = 1/λ for Poisson(λ), λ &gt; 0.</summary>
    public static double Poisson(double rate) => 1 / Guard.Positive(rate, Type, nameof(rate));

    /// <summary>s(λ; k) = k/λ − 1 for a count k ≥ 0.</summary>
    public static double PoissonScore(double rate, int k)
    {
        Guard.Positive(rate, Type, nameof(rate));
        Guard.AtLeast(k, Type, nameof(k), 0);
        return k / rate - 1;
    }

    /// <summary>I(μ) = 1/σ² for the mean of N(μ, σ²) with σ² known.</summary>
    public static double GaussianMean(double variance) => 1 / Guard.Positive(variance, Type, nameof(variance));

    /// <summary>s(μ; x) = (x − μ)/σ².</summary>
    public static double GaussianMeanScore(double mean, double variance, double x)
    {
        Guard.Finite(mean, Type, nameof(mean));
        Guard.Positive(variance, Type, nameof(variance));
        return (x - mean) / variance;
    }

    /// <summary>I(σ²) = 1/(2σ⁴) for the variance of N(μ, σ²) with μ known.</summary>
    public static double GaussianVariance(double variance)
    {
        Guard.Positive(variance, Type, nameof(variance));
        return 1 / (2 * variance * variance);
    }

    /// <summary>s(σ²; x) = −1/(2σ²) + (x − μ)²/(2σ⁴).</summary>
    public static double GaussianVarianceScore(double mean, double variance, double x)
    {
        Guard.Finite(mean, Type, nameof(mean));
        Guard.Positive(variance, Type, nameof(variance));
        double d = x - mean;
        return -0.5 / variance + d * d / (2 * variance * variance);
    }

    /// <summary>
    /// I(λ) = 1/λ² for the rate of the exponential p(x | λ) = λe^{−λx}, x ≥ 0 (Gamma(1, λ), (3.6)), λ &gt; 0.
    /// Its MLE λ̂ = 1/x̄ (<see cref="Estimators.ExponentialRate"/>) reaches the bound (3.26) only as n → ∞ (3.27).
    /// </summary>
    public static double ExponentialRate(double rate)
    {
        Guard.Positive(rate, Type, nameof(rate));
        return 1 / (rate * rate);
    }

    /// <summary>s(λ; x) = 1/λ − x for an observation x ≥ 0.</summary>
    public static double ExponentialRateScore(double rate, double x)
    {
        Guard.Positive(rate, Type, nameof(rate));
        Guard.NonNegative(x, Type, nameof(x));
        return 1 / rate - x;
    }

    /// <summary>The Cramér–Rao bound 1/(n I) (3.26) on the variance of an unbiased estimator from n observations; an estimator with
    /// bias b(θ) has the bound (1 + b′(θ))²/(n I) instead, which is this value times (1 + b′)².</summary>
    public static double CramerRaoBound(double information, int n)
    {
        Guard.Positive(information, Type, nameof(information));
        Guard.AtLeast(n, Type, nameof(n), 1);
        return 1 / (n * information);
    }
}

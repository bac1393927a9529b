using MlDerivations.Validation;
namespace MlDerivations.Probability;

/// <summary>
/// Maximum-likelihood estimates for the series' models: each maximises Σ_i ln p(x_i | θ) in closed form.
/// </summary>
public static class Estimators
{
    private const string Type = nameof(Estimators);

    /// <summary>μ̂ = (1/n) Σ x_i (3.13), the Gaussian mean's MLE (the sample mean).</summary>
    public static double GaussianMean(IReadOnlyList<double> x)
    {
        Guard.FiniteSample(x, Type, nameof(x));
        return Sum(x) / x.Count;
    }

    /// <summary>
    /// σ̂² = (1/n) Σ (x_i − μ̂)² (3.14), the Gaussian variance's MLE. Divides by n, not n − 1, so
    /// E[σ̂²] = (n − 1)σ²/n: its bias is −σ²/n (3.19).
    /// </summary>
    /// <remarks>Computed by the corrected two-pass algorithm (<see cref="SampleMoments"/>), so a large mean does not cost digits.</remarks>
    public static double GaussianVariance(IReadOnlyList<double> x)
    {
        Guard.FiniteSample(x, Type, nameof(x));
        return SampleMoments.MeanAndPopulationVariance(x).Variance;
    }

    /// <summary>N(μ̂, σ̂²) fitted by (3.13)–(3.14); needs a sample with positive spread.</summary>
    public static Gaussian Gaussian(IReadOnlyList<double> x)
    {
        double variance = GaussianVariance(x);
        if (!(variance > 0))
            throw new ArgumentException($"{Type}.X must hold at least two distinct values for a Gaussian fit; got a sample of {x.Count} equal values.", nameof(x));
        return new Gaussian(GaussianMean(x), variance);
    }

    /// <summary>p̂ = (1/n) Σ x_i (3.16) for outcomes in {0, 1}.</summary>
    public static Bernoulli Bernoulli(IReadOnlyList<int> outcomes)
    {
        Guard.Outcomes(outcomes, Type, nameof(outcomes), 0, 1);
        return new Bernoulli((double)outcomes.Sum() / outcomes.Count);
    }

    /// <summary>λ̂ = (1/n) Σ k_i (3.18) for counts k_i ≥ 0.</summary>
    public static Poisson Poisson(IReadOnlyList<int> counts)
    {
        Guard.Outcomes(counts, Type, nameof(counts), 0, int.MaxValue);
        return new Poisson(counts.Sum(k => (double)k) / counts.Count);
    }

    /// <summary>
    /// λ̂ = n / Σ x_i = 1/x̄, the MLE of the exponential rate (Gamma(1, λ), (3.6)), for observations x_i ≥ 0 with
    /// a positive sum. Biased for finite n: E[λ̂] = nλ/(n − 1) and Var[λ̂] = n²λ²/((n − 1)²(n − 2)) for n &gt; 2.
    /// </summary>
    public static double ExponentialRate(IReadOnlyList<double> x)
    {
        Guard.FiniteSample(x, Type, nameof(x));
        double sum = 0;
        for (int i = 0; i < x.Count; i++)
        {
            if (x[i] < 0)
                throw new ArgumentOutOfRangeException(nameof(x), x[i], $"{Type}.X must hold observations ≥ 0; got {Formatting.Html.Number(x[i])} at index {i}.");
            sum += x[i];
        }
        if (!(sum > 0))
            throw new ArgumentException($"{Type}.X must have a positive sum for an exponential-rate fit; got {x.Count} zeros.", nameof(x));
        return x.Count / sum;
    }

    /// <summary>π̂_k = n_k / n, n_k the number of outcomes equal to k, for K categories.</summary>
    public static Categorical Categorical(IReadOnlyList<int> outcomes, int categories)
    {
        Guard.AtLeast(categories, Type, nameof(categories), 1);
        var counts = CountOutcomes(outcomes, categories, Type, nameof(outcomes));
        return new Categorical(counts.Select(c => (double)c / outcomes.Count).ToArray());
    }

    /// <summary>n_k for k = 0 … K − 1, after checking every outcome is in range.</summary>
    internal static int[] CountOutcomes(IReadOnlyList<int> outcomes, int categories, string type, string parameter)
    {
        Guard.Outcomes(outcomes, type, parameter, 0, categories - 1);
        var counts = new int[categories];
        foreach (int k in outcomes) counts[k]++;
        return counts;
    }

    private static double Sum(IReadOnlyList<double> x)
    {
        double sum = 0;
        for (int i = 0; i < x.Count; i++) sum += x[i];
        return sum;
    }
}

using MlDerivations.Validation;
namespace MlDerivations.Probability;

/// <summary>
/// The Kolmogorov–Smirnov distance between a sample's empirical distribution function F_n and a
/// continuous distribution function F: D_n = sup_x |F_n(x) − F(x)| (3.9).
/// </summary>
public static class KolmogorovSmirnov
{
    private const string Type = nameof(KolmogorovSmirnov);

    /// <summary>
    /// D_n = max_i max(i/n − F(x₍ᵢ₎), F(x₍ᵢ₎) − (i − 1)/n) over the sorted sample x₍₁₎ ≤ … ≤ x₍ₙ₎
    /// (3.9): the supremum is reached at a jump of F_n, just after it or just before it.
    /// </summary>
    /// <param name="sample">x₁ … x_n, finite, n ≥ 1; not modified.</param>
    /// <param name="cdf">F, a continuous distribution function, e.g. <c>StandardNormal.Cdf</c>.</param>
    public static double Distance(IReadOnlyList<double> sample, Func<double, double> cdf)
    {
        Guard.FiniteSample(sample, Type, nameof(sample));
        Guard.NotNull(cdf, Type, nameof(cdf));
        var sorted = sample.ToArray();
        Array.Sort(sorted);
        double n = sorted.Length, distance = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            double f = cdf(sorted[i]);
            if (!(f >= 0 && f <= 1))
                throw new ArgumentException($"{Type}.Cdf must return values in [0, 1]; got {Formatting.Html.Number(f)} at x = {Formatting.Html.Number(sorted[i])}.", nameof(cdf));
            distance = Math.Max(distance, Math.Max((i + 1) / n - f, f - i / n));
        }
        return distance;
    }
}

namespace MlDerivations.Probability;

/// <summary>
/// The mean and the population variance (1/n) Σ (x_i − x̄)² of a sample, by the corrected two-pass
/// algorithm (Chan, Golub and LeVeque, 1983). The one-pass E[x²] − E[x]² cancels catastrophically when
/// the mean is large against the spread; even the plain two-pass Σ (x_i − m)² is off by n·δ² when the
/// computed mean m misses x̄ by δ. For values near 1e9 δ is at least a fraction of an ulp (1.2e-7), more
/// after a long sum, so with a spread of 1e-3 eight digits or more are lost. The correction removes that term.
/// </summary>
internal static class SampleMoments
{
    /// <summary>(x̄, (1/n) Σ (x_i − x̄)²) for a non-empty, finite sample (callers validate).</summary>
    public static (double Mean, double Variance) MeanAndPopulationVariance(IReadOnlyList<double> x)
    {
        int n = x.Count;
        // 1) A first estimate m of the mean.
        double sum = 0;
        for (int i = 0; i < n; i++) sum += x[i];
        double m = sum / n;

        // 2) The deviations d_i = x_i − m are exact when x_i and m are within a factor 2 (Sterbenz), and
        //    small, so Σ d_i and Σ d_i² carry no cancellation. Σ d_i = n(x̄ − m) is the first estimate's error.
        double sumD = 0, sumD2 = 0, min = x[0], max = x[0];
        for (int i = 0; i < n; i++)
        {
            double d = x[i] - m;
            sumD += d;
            sumD2 += d * d;
            min = Math.Min(min, x[i]);
            max = Math.Max(max, x[i]);
        }
        if (min == max) return (x[0], 0); // a constant sample: exactly its value and no spread

        // 3) Σ (x_i − x̄)² = Σ d_i² − (Σ d_i)²/n: the identity Σ (d_i − c)² = Σ d_i² − n c² with c = x̄ − m.
        double variance = Math.Max(0, sumD2 - sumD * sumD / n) / n;
        return (m + sumD / n, variance);
    }
}

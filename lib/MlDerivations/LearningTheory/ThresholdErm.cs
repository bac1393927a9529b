using MlDerivations.Validation;

namespace MlDerivations.LearningTheory;

/// <summary>
/// Empirical risk minimisation (1.14) over positive rays h_t(x) = 1[x ≥ t] on one feature:
/// t̂ = argmin_t E_in(t), E_in(t) = (1/n) Σ_i 1[h_t(x_i) ≠ y_i], found exactly by exhaustive search.
/// On n points the rays realise at most n + 1 labellings (1.6), so searching one threshold per
/// labelling (below every point, between each pair of consecutive distinct values, above every point)
/// is exhaustive. A finite candidate list instead gives ERM over a finite class H, |H| = its length,
/// the setting of the uniform bound (1.3).
/// </summary>
public static class ThresholdErm
{
    private const string Type = nameof(ThresholdErm);

    /// <summary>
    /// E_in(t_j) = (1/n) (#{i : y_i = 1, x_i &lt; t_j} + #{i : y_i = 0, x_i ≥ t_j}) for every candidate
    /// t_j, by one sort and a binary search per candidate: O((n + m) log n).
    /// </summary>
    /// <param name="x">The feature values x_i, finite, n ≥ 1.</param>
    /// <param name="y">The labels y_i (true = 1), one per x_i.</param>
    /// <param name="thresholds">The candidates t_j; ±∞ are allowed, NaN is not.</param>
    public static double[] Errors(IReadOnlyList<double> x, IReadOnlyList<bool> y, IReadOnlyList<double> thresholds)
    {
        CheckSample(x, y);
        CheckThresholds(thresholds);
        var (sorted, positivesBelow) = SortWithPrefixCounts(x, y);
        int n = x.Count, positives = positivesBelow[n];
        var errors = new double[thresholds.Count];
        for (int j = 0; j < errors.Length; j++)
        {
            int below = CountBelow(sorted, thresholds[j]);                 // points with x < t
            int missedPositives = positivesBelow[below];                   // y = 1 but h = 0
            int falsePositives = (n - below) - (positives - missedPositives); // y = 0 but h = 1
            errors[j] = (double)(missedPositives + falsePositives) / n;
        }
        return errors;
    }

    /// <summary>
    /// ERM over all positive rays: the candidates are −∞, the midpoints between consecutive distinct
    /// values of x, and +∞ (one per realisable labelling); ties go to the smallest threshold.
    /// </summary>
    public static ThresholdRule Fit(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        CheckSample(x, y);
        return Fit(x, y, Candidates(x));
    }

    /// <summary>ERM over the finite class {h_t : t ∈ thresholds}; ties go to the first candidate listed.</summary>
    public static ThresholdRule Fit(IReadOnlyList<double> x, IReadOnlyList<bool> y, IReadOnlyList<double> thresholds)
    {
        var errors = Errors(x, y, thresholds);
        int best = 0;
        for (int j = 1; j < errors.Length; j++)
            if (errors[j] < errors[best]) best = j;
        return new ThresholdRule(thresholds[best], errors[best]);
    }

    /// <summary>−∞, the midpoints of consecutive distinct sorted values, +∞: n + 1 candidates for n distinct values.</summary>
    public static double[] Candidates(IReadOnlyList<double> x)
    {
        Guard.FiniteSample(x, Type, nameof(x));
        var distinct = x.Distinct().Order().ToArray();
        var candidates = new double[distinct.Length + 1];
        candidates[0] = double.NegativeInfinity;
        for (int k = 1; k < distinct.Length; k++) candidates[k] = 0.5 * (distinct[k - 1] + distinct[k]);
        candidates[^1] = double.PositiveInfinity;
        return candidates;
    }

    /// <summary>The values sorted ascending, and positivesBelow[k] = number of label-1 points among the k smallest.</summary>
    private static (double[] Sorted, int[] PositivesBelow) SortWithPrefixCounts(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        var sorted = x.ToArray();
        var order = Enumerable.Range(0, x.Count).ToArray();
        Array.Sort(sorted, order); // sorts the values and carries each point's index along
        var positivesBelow = new int[x.Count + 1];
        for (int k = 0; k < order.Length; k++) positivesBelow[k + 1] = positivesBelow[k] + (y[order[k]] ? 1 : 0);
        return (sorted, positivesBelow);
    }

    /// <summary>Number of sorted values strictly below t (lower bound by bisection).</summary>
    private static int CountBelow(double[] sorted, double t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static void CheckSample(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        Guard.FiniteSample(x, Type, nameof(x));
        Guard.NotNull(y, Type, nameof(y));
        if (y.Count != x.Count)
            throw new ArgumentException($"ThresholdErm.Y must hold one label per x; got {y.Count} labels for {x.Count} values.", nameof(y));
    }

    private static void CheckThresholds(IReadOnlyList<double> thresholds)
    {
        Guard.NotNull(thresholds, Type, nameof(thresholds));
        if (thresholds.Count == 0)
            throw new ArgumentException("ThresholdErm.Thresholds must hold at least one candidate; got none.", nameof(thresholds));
        for (int j = 0; j < thresholds.Count; j++)
            if (double.IsNaN(thresholds[j]))
                throw new ArgumentException($"ThresholdErm.Thresholds must not be NaN; got NaN at index {j}.", nameof(thresholds));
    }
}

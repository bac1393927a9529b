using MlDerivations.Validation;

namespace MlDerivations.LearningTheory;

/// <summary>
/// Concentration bounds for the mean of n independent variables in [0, 1] and their union over a
/// finite hypothesis class. Bounds are returned as computed, not clipped to 1, so a plot shows where
/// they become vacuous.
/// </summary>
public static class Bounds
{
    private const string Type = nameof(Bounds);

    /// <summary>Hoeffding's two-sided bound (1.1): P(|X̄ − μ| ≥ ε) ≤ 2 exp(−2nε²).</summary>
    /// <param name="n">The sample size, ≥ 1.</param>
    /// <param name="epsilon">ε &gt; 0, the deviation.</param>
    public static double Hoeffding(int n, double epsilon)
    {
        Guard.AtLeast(n, Type, nameof(n), 1);
        Guard.Positive(epsilon, Type, nameof(epsilon));
        return 2 * Math.Exp(-2 * n * epsilon * epsilon);
    }

    /// <summary>The union bound (1.3): P(A₁ ∪ … ∪ A_M) ≤ Σ_m P(A_m).</summary>
    public static double Union(IReadOnlyList<double> probabilities)
    {
        Guard.NotNull(probabilities, Type, nameof(probabilities));
        for (int m = 0; m < probabilities.Count; m++)
            Guard.UnitInterval(probabilities[m], Type, nameof(probabilities));
        return probabilities.Sum();
    }

    /// <summary>
    /// Hoeffding for every hypothesis of a finite class at once, by (1.1) and (1.3):
    /// P(∃h ∈ H: |E_in(h) − E_out(h)| ≥ ε) ≤ 2|H| exp(−2nε²).
    /// </summary>
    public static double UniformHoeffding(long hypotheses, int n, double epsilon)
    {
        CheckHypotheses(hypotheses);
        return hypotheses * Hoeffding(n, epsilon);
    }

    /// <summary>
    /// The sample complexity (1.4): the least n with 2|H| exp(−2nε²) ≤ δ, n = ⌈ln(2|H|/δ)/(2ε²)⌉.
    /// </summary>
    public static int SampleComplexity(long hypotheses, double epsilon, double delta)
    {
        CheckHypotheses(hypotheses);
        Guard.Positive(epsilon, Type, nameof(epsilon));
        Guard.OpenUnitInterval(delta, Type, nameof(delta));
        double n = Math.Ceiling(Math.Log(2.0 * hypotheses / delta) / (2 * epsilon * epsilon));
        if (n > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(epsilon), $"Bounds.Epsilon must be large enough that n fits an int; got {Formatting.Html.Number(epsilon)}, which needs n = {Formatting.Html.Number(n)}.");
        return (int)n;
    }

    /// <summary>
    /// The deviation that (1.4) guarantees with probability ≥ 1 − δ at sample size n:
    /// ε = √(ln(2|H|/δ)/(2n)).
    /// </summary>
    public static double Epsilon(long hypotheses, int n, double delta)
    {
        CheckHypotheses(hypotheses);
        Guard.AtLeast(n, Type, nameof(n), 1);
        Guard.OpenUnitInterval(delta, Type, nameof(delta));
        return Math.Sqrt(Math.Log(2.0 * hypotheses / delta) / (2.0 * n));
    }

    private static void CheckHypotheses(long hypotheses)
    {
        if (hypotheses < 1)
            throw new ArgumentOutOfRangeException(nameof(hypotheses), $"Bounds.Hypotheses must be ≥ 1; got {hypotheses}.");
    }
}

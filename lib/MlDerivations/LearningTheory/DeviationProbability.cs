using MlDerivations.Probability;
using MlDerivations.Validation;

namespace MlDerivations.LearningTheory;

/// <summary>
/// P(|X̄ − p| ≥ ε) for the mean X̄ of n Bernoulli(p) variables, the quantity Hoeffding's bound (1.1)
/// controls: exactly, from the binomial distribution of nX̄, and by simulation.
/// </summary>
public static class DeviationProbability
{
    private const string Type = nameof(DeviationProbability);

    /// <summary>
    /// Σ_{k : |k/n − p| ≥ ε} C(n, k) p^k (1 − p)^{n−k}, summed over all k = 0 … n; outcomes with
    /// k/n − p = ±ε exactly are counted (the event is "≥ ε"), however k/n − p rounds.
    /// </summary>
    public static double Exact(int n, double p, double epsilon)
    {
        Check(n, p, epsilon);
        var binomial = new Binomial(n, p);
        double sum = 0;
        for (int k = 0; k <= n; k++)
            if (Deviates(k, n, p, epsilon)) sum += binomial.Probability(k);
        return sum;
    }

    /// <summary>
    /// The fraction of <paramref name="trials"/> simulated samples whose mean deviates from p by at
    /// least ε; each sample's success count is one Binomial(n, p) draw. Standard error √(P(1 − P)/trials).
    /// </summary>
    public static double Simulate(int n, double p, double epsilon, int trials, int seed)
    {
        Check(n, p, epsilon);
        Guard.AtLeast(trials, Type, nameof(trials), 1);
        var counts = new Binomial(n, p).Sample(trials, seed);
        return counts.Count(k => Deviates(k, n, p, epsilon)) / (double)trials;
    }

    /// <summary>
    /// |k/n − p| ≥ ε, decided as |k − np| ≥ nε − n·BoundarySlack. Outcomes exactly on the boundary are
    /// common (p = ½, ε = 0.1, n = 10, k = 4) and belong to the event, but the rounded k/n − p can land
    /// just inside it (0.4 − 0.5 = −0.09999999999999998), which would drop their whole mass. The rounding
    /// of np and nε is a few ulps of n, far below the slack, and far below the gap 1/n between outcomes.
    /// </summary>
    private static bool Deviates(int k, int n, double p, double epsilon) => Math.Abs(k - n * p) >= n * epsilon - n * BoundarySlack;

    private const double BoundarySlack = 1e-12;

    private static void Check(int n, double p, double epsilon)
    {
        Guard.AtLeast(n, Type, nameof(n), 1);
        Guard.UnitInterval(p, Type, nameof(p));
        Guard.Positive(epsilon, Type, nameof(epsilon));
    }
}

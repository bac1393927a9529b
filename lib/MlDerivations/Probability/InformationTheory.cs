using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Entropy, cross-entropy and Kullback–Leibler divergence of discrete distributions given as
/// probability vectors. Logarithms are natural (nats) unless a <c>logBase</c> is given (2 for bits);
/// terms with p_k = 0 contribute 0.
/// </summary>
public static class InformationTheory
{
    private const string Type = nameof(InformationTheory);

    /// <summary>H(p) = −Σ_k p_k log p_k (3.28).</summary>
    public static double Entropy(IReadOnlyList<double> p, double logBase = Math.E)
    {
        Guard.ProbabilityVector(p, Type, nameof(p));
        double nats = 0;
        for (int k = 0; k < p.Count; k++) nats -= LogTerms.XLogY(p[k], p[k]);
        return nats / LogOf(logBase);
    }

    /// <summary>H(p, q) = −Σ_k p_k log q_k (3.29) = H(p) + KL(p ‖ q); +∞ when some q_k = 0 &lt; p_k.</summary>
    public static double CrossEntropy(IReadOnlyList<double> p, IReadOnlyList<double> q, double logBase = Math.E)
    {
        CheckPair(p, q);
        double nats = 0;
        for (int k = 0; k < p.Count; k++) nats -= LogTerms.XLogY(p[k], q[k]);
        return nats / LogOf(logBase);
    }

    /// <summary>
    /// KL(p ‖ q) = Σ_k p_k log(p_k/q_k) (3.30): ≥ 0, and 0 exactly when p = q (Gibbs); +∞ when some
    /// q_k = 0 &lt; p_k.
    /// </summary>
    public static double KullbackLeibler(IReadOnlyList<double> p, IReadOnlyList<double> q, double logBase = Math.E)
    {
        CheckPair(p, q);
        double nats = 0;
        for (int k = 0; k < p.Count; k++)
        {
            if (p[k] == 0) continue;
            if (q[k] == 0) return double.PositiveInfinity;
            nats += p[k] * Math.Log(p[k] / q[k]);
        }
        return Math.Max(0, nats) / LogOf(logBase); // rounding can leave −1e-17 when p = q
    }

    private static double LogOf(double logBase)
    {
        if (!(logBase > 0) || logBase == 1 || double.IsInfinity(logBase))
            throw Guard.OutOfRange(Type, nameof(logBase), "be finite, > 0 and ≠ 1", Html.Number(logBase), logBase);
        return Math.Log(logBase);
    }

    private static void CheckPair(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        Guard.ProbabilityVector(p, Type, nameof(p));
        Guard.ProbabilityVector(q, Type, nameof(q));
        if (p.Count != q.Count)
            throw new ArgumentException($"{Type}.Q must have the length of p, {p.Count}; got length {q.Count}.", nameof(q));
    }
}

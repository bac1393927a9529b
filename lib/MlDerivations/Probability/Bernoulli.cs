using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Bernoulli(p) on {0, 1}: P(X = x) = p^x (1 − p)^{1−x} (3.15), mean p, variance p(1 − p).
/// </summary>
public sealed class Bernoulli
{
    /// <summary>A Bernoulli distribution with success probability p in [0, 1].</summary>
    public Bernoulli(double p) => P = Guard.UnitInterval(p, nameof(Bernoulli), nameof(p));

    /// <summary>p = P(X = 1), in [0, 1].</summary>
    public double P { get; }

    /// <summary>E[X] = p.</summary>
    public double Mean => P;

    /// <summary>Var[X] = p(1 − p).</summary>
    public double Variance => P * (1 - P);

    /// <summary>H = −p ln p − (1 − p) ln(1 − p), in nats (0·ln 0 = 0).</summary>
    public double Entropy => -LogTerms.XLogY(P, P) - LogTerms.XLogY(1 - P, 1 - P);

    /// <summary>ln P(X = x) = x ln p + (1 − x) ln(1 − p) (3.15); x must be 0 or 1.</summary>
    public double LogProbability(int x)
    {
        Guard.InRange(x, nameof(Bernoulli), nameof(x), 0, 1);
        return LogTerms.XLogY(x, P) + LogTerms.XLogY(1 - x, 1 - P);
    }

    /// <summary>P(X = x) = p^x (1 − p)^{1−x} (3.15).</summary>
    public double Probability(int x) => Math.Exp(LogProbability(x));

    /// <summary>One draw: 1 when a uniform u in [0, 1) falls below p.</summary>
    public int Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(Bernoulli), nameof(rng));
        return rng.NextDouble() < P ? 1 : 0;
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public int[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(Bernoulli));

    public override string ToString() => $"Bernoulli(p = {Html.Number(P)})";
}

using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// Categorical(π) on {0, …, K − 1}: P(X = k) = π_k, with π_k ≥ 0 and Σ π_k = 1.
/// </summary>
public sealed class Categorical
{
    private readonly double[] _probabilities;

    /// <summary>
    /// A categorical distribution over K = probabilities.Count outcomes. Each π_k must be in [0, 1]
    /// and their sum must be 1 to within 1e-9 (they are then divided by that sum).
    /// </summary>
    public Categorical(IReadOnlyList<double> probabilities)
    {
        Guard.ProbabilityVector(probabilities, nameof(Categorical), nameof(probabilities));
        double sum = probabilities.Sum();
        _probabilities = probabilities.Select(p => p / sum).ToArray();
    }

    /// <summary>π, length K (read-only).</summary>
    public IReadOnlyList<double> Probabilities => Array.AsReadOnly(_probabilities);

    /// <summary>K, the number of outcomes.</summary>
    public int Count => _probabilities.Length;

    /// <summary>H = −Σ_k π_k ln π_k (3.28), in nats.</summary>
    public double Entropy => InformationTheory.Entropy(_probabilities);

    /// <summary>ln P(X = k) = ln π_k; −∞ for an outcome of probability 0.</summary>
    public double LogProbability(int k)
    {
        Guard.InRange(k, nameof(Categorical), nameof(k), 0, Count - 1);
        return Math.Log(_probabilities[k]);
    }

    /// <summary>P(X = k) = π_k.</summary>
    public double Probability(int k) => Math.Exp(LogProbability(k));

    /// <summary>One draw by inversion: the first k whose cumulative probability exceeds u ~ U[0, 1).</summary>
    public int Sample(Random rng)
    {
        Guard.NotNull(rng, nameof(Categorical), nameof(rng));
        double u = rng.NextDouble(), cumulative = 0;
        for (int k = 0; k < _probabilities.Length; k++)
        {
            cumulative += _probabilities[k];
            if (u < cumulative) return k;
        }
        // rounding left the cumulative sum a hair under 1: take the last outcome of positive probability
        return Array.FindLastIndex(_probabilities, p => p > 0);
    }

    /// <summary><paramref name="count"/> draws from a generator seeded with <paramref name="seed"/>.</summary>
    public int[] Sample(int count, int seed) =>
        Rng.Draws(count, seed, Sample, nameof(Categorical));

    public override string ToString() =>
        $"Categorical(π = [{string.Join(", ", _probabilities.Select(p => Html.Number(p, 6)))}])";
}

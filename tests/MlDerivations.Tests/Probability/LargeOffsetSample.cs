using System.Numerics;

namespace MlDerivations.Tests.Probability;

/// <summary>
/// Values near 1e9 with a spread of about 1e-3, built so that their exact mean and variance are known:
/// x_i = 1e9 + m_i·u with integers |m_i| ≤ 8389 and u = 2⁻²³, the spacing of doubles in [2²⁹, 2³⁰), so
/// every x_i is a double exactly. Then x̄ = 1e9 + u·Σm_i/n and (1/n) Σ (x_i − x̄)² = u²·(nΣm_i² − (Σm_i)²)/n²,
/// both computed here in exact integer arithmetic and rounded once.
/// </summary>
internal static class LargeOffsetSample
{
    private const double Offset = 1e9;
    private static readonly double Unit = Math.ScaleB(1.0, -23);

    /// <summary>n values, from a generator seeded with <paramref name="seed"/>.</summary>
    public static double[] Values(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => Offset + rng.Next(-8389, 8390) * Unit).ToArray();
    }

    /// <summary>The exact mean, rounded once to a double.</summary>
    public static double ExactMean(double[] x)
    {
        var (n, sum, _) = Sums(x);
        return Offset + (double)sum / n * Unit; // |Σm/n| &lt; 8390: the quotient's rounding is far below u
    }

    /// <summary>The exact population variance (divisor n), rounded to a double with a relative error of a few ε.</summary>
    public static double ExactVariance(double[] x)
    {
        var (n, sum, sumSquares) = Sums(x);
        BigInteger numerator = n * sumSquares - sum * sum; // exact
        return (double)numerator / ((double)n * n) * Unit * Unit;
    }

    private static (int N, BigInteger Sum, BigInteger SumSquares) Sums(double[] x)
    {
        BigInteger sum = 0, sumSquares = 0;
        foreach (double v in x)
        {
            var m = new BigInteger(Math.ScaleB(v - Offset, 23)); // exact: v − 1e9 is a multiple of u below 2⁻⁹
            sum += m;
            sumSquares += m * m;
        }
        return (x.Length, sum, sumSquares);
    }
}

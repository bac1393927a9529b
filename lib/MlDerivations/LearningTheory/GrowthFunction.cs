using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.LearningTheory;

/// <summary>
/// The growth function m_H(n) = max over n points of the number of distinct labellings H produces
/// (1.5), counted by brute force (<see cref="Dichotomies"/>) and by its closed form, and the VC
/// dimension, the largest n with m_H(n) = 2ⁿ (1.9).
/// </summary>
public static class GrowthFunction
{
    private const string Type = nameof(GrowthFunction);

    /// <summary>
    /// m_H(n) by enumeration on a canonical set of n points: 0, 1, …, n − 1 on the line, and the
    /// vertices of a regular n-gon in the plane. Any n distinct points on the line give the same count,
    /// and any n points in general position in the plane give the same count for half-planes (Cover,
    /// 1965), which is the maximum, so the count on one such set is m_H(n).
    /// </summary>
    public static long Count(HypothesisClass hypotheses, int n)
    {
        Check(hypotheses, n, Dichotomies.MaxPoints);
        return hypotheses switch
        {
            HypothesisClass.Thresholds => Dichotomies.ThresholdMasks(LinePoints(n)).Count,
            HypothesisClass.Intervals => Dichotomies.IntervalMasks(LinePoints(n)).Count,
            _ => Dichotomies.HalfPlaneMasks(PolygonPoints(n)).Count,
        };
    }

    /// <summary>
    /// The closed forms: thresholds n + 1 (1.6); intervals n(n + 1)/2 + 1 (1.7); half-planes
    /// n² − n + 2 = 2 Σ_{k=0}^{2} C(n − 1, k) (1.8), Cover's count for n ≥ 1 points in general position.
    /// </summary>
    public static long Formula(HypothesisClass hypotheses, int n)
    {
        Check(hypotheses, n, int.MaxValue);
        long m = n;
        return hypotheses switch
        {
            HypothesisClass.Thresholds => m + 1,
            HypothesisClass.Intervals => m * (m + 1) / 2 + 1,
            _ => m * m - m + 2,
        };
    }

    /// <summary>
    /// The VC dimension (1.9): the largest n with m_H(n) = 2ⁿ, found by brute force for n = 1, 2, …
    /// up to <paramref name="maxPoints"/>. Once m_H(n) &lt; 2ⁿ it stays below for larger n (a shattered
    /// set's subsets are shattered), so the search stops at the first failure.
    /// </summary>
    public static int VcDimension(HypothesisClass hypotheses, int maxPoints = 12)
    {
        Check(hypotheses, maxPoints, Dichotomies.MaxPoints - 1, nameof(maxPoints));
        for (int n = 1; n <= maxPoints + 1; n++)
            if (Count(hypotheses, n) < 1L << n) return n - 1;
        throw new InvalidOperationException(
            $"GrowthFunction.VcDimension found every set of up to {maxPoints + 1} points shattered by {hypotheses}; raise maxPoints.");
    }

    private static double[] LinePoints(int n) => Enumerable.Range(0, n).Select(i => (double)i).ToArray();

    private static Matrix<double> PolygonPoints(int n) =>
        Matrix<double>.Build.Dense(n, 2, (i, j) => j == 0 ? Math.Cos(2 * Math.PI * i / n) : Math.Sin(2 * Math.PI * i / n));

    private static void Check(HypothesisClass hypotheses, int n, int max, string parameter = "n")
    {
        if (!Enum.IsDefined(hypotheses))
            throw new ArgumentOutOfRangeException(nameof(hypotheses), $"GrowthFunction.Hypotheses must be a defined HypothesisClass; got {(int)hypotheses}.");
        if (n < 1 || n > max)
            throw new ArgumentOutOfRangeException(parameter,
                $"{Guard.Name(Type, parameter)} must be in [1, {max}]; got {n}.");
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.LearningTheory;

/// <summary>
/// Every labelling (dichotomy) that a hypothesis class produces on a given point set, enumerated
/// exactly: each class is searched over a finite set of representative hypotheses that provably
/// realises every labelling the class can realise. A labelling is a bool per point (true = label 1);
/// the number of distinct labellings on n points is the class's growth function m_H(n) (1.5) when
/// the points are in general position.
/// </summary>
public static class Dichotomies
{
    private const string Type = nameof(Dichotomies);

    /// <summary>The largest point set handled: labellings are kept as 64-bit masks.</summary>
    public const int MaxPoints = 64;

    /// <summary>
    /// Labellings by h_t(x) = 1[x ≥ t]. Exhaustive because {x : x ≥ t} is either empty (t above every
    /// point) or {x : x ≥ v} for v the smallest point value ≥ t; so t ranges over the point values and +∞.
    /// </summary>
    public static IReadOnlyList<bool[]> Thresholds(IReadOnlyList<double> x) => ToLabellings(ThresholdMasks(x), x.Count);

    /// <summary>
    /// Labellings by h(x) = 1[a ≤ x ≤ b]. Exhaustive because a non-empty {x : a ≤ x ≤ b} equals
    /// {x : v ≤ x ≤ w} for v, w the smallest and largest point values inside; so (a, b) ranges over
    /// ordered pairs of point values, plus the empty interval.
    /// </summary>
    public static IReadOnlyList<bool[]> Intervals(IReadOnlyList<double> x) => ToLabellings(IntervalMasks(x), x.Count);

    /// <summary>
    /// Labellings by h(x) = 1[w·x + b ≥ 0] of n points in ℝ² (rows of an n×2 matrix) in general
    /// position (no three collinear, checked). Exhaustive because any line that separates a labelling
    /// with both labels present can be translated until it touches a point and then rotated about it
    /// until it touches a second one without any point changing side; so every such labelling is the
    /// line through some pair (i, j), with the other points labelled by their side, and i and j each
    /// put on either side (a small shift puts both on one side, a small rotation about the midpoint
    /// one on each), or the complement of one. The all-0 and all-1 labellings are added. O(n³).
    /// </summary>
    public static IReadOnlyList<bool[]> HalfPlanes(Matrix<double> points) => ToLabellings(HalfPlaneMasks(points), points.RowCount);

    internal static HashSet<ulong> ThresholdMasks(IReadOnlyList<double> x)
    {
        CheckLine(x);
        var masks = new HashSet<ulong> { 0 };
        foreach (double t in x) masks.Add(MaskOf(x, v => v >= t));
        return masks;
    }

    internal static HashSet<ulong> IntervalMasks(IReadOnlyList<double> x)
    {
        CheckLine(x);
        var masks = new HashSet<ulong> { 0 };
        foreach (double a in x)
            foreach (double b in x)
                if (a <= b) masks.Add(MaskOf(x, v => a <= v && v <= b));
        return masks;
    }

    internal static HashSet<ulong> HalfPlaneMasks(Matrix<double> points)
    {
        CheckPlane(points);
        int n = points.RowCount;
        ulong all = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
        var masks = new HashSet<ulong> { 0, all };
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                ulong left = 0; // points strictly left of the directed line i → j
                for (int k = 0; k < n; k++)
                    if (k != i && k != j && Cross(points, i, j, k) > 0) left |= 1UL << k;
                for (int sides = 0; sides < 4; sides++)
                {
                    ulong mask = left | ((ulong)(sides & 1) << i) | ((ulong)(sides >> 1) << j);
                    masks.Add(mask);
                    masks.Add(~mask & all);
                }
            }
        return masks;
    }

    /// <summary>(p_j − p_i) × (p_k − p_i): positive when k is left of the directed line i → j.</summary>
    private static double Cross(Matrix<double> p, int i, int j, int k) =>
        (p[j, 0] - p[i, 0]) * (p[k, 1] - p[i, 1]) - (p[j, 1] - p[i, 1]) * (p[k, 0] - p[i, 0]);

    private static ulong MaskOf(IReadOnlyList<double> x, Func<double, bool> label)
    {
        ulong mask = 0;
        for (int i = 0; i < x.Count; i++)
            if (label(x[i])) mask |= 1UL << i;
        return mask;
    }

    private static IReadOnlyList<bool[]> ToLabellings(HashSet<ulong> masks, int n) =>
        masks.OrderBy(m => m).Select(m => Enumerable.Range(0, n).Select(i => (m >> i & 1) == 1).ToArray()).ToList();

    private static void CheckLine(IReadOnlyList<double> x)
    {
        Guard.FiniteSample(x, Type, nameof(x));
        if (x.Count > MaxPoints)
            throw new ArgumentOutOfRangeException(nameof(x), $"Dichotomies.X must hold at most {MaxPoints} points; got {x.Count}.");
    }

    private static void CheckPlane(Matrix<double> points)
    {
        Guard.NotNull(points, Type, nameof(points));
        if (points.ColumnCount != 2 || points.RowCount < 1 || points.RowCount > MaxPoints)
            throw new ArgumentException(
                $"Dichotomies.Points must be n×2 with 1 ≤ n ≤ {MaxPoints}; got {points.RowCount}×{points.ColumnCount}.", nameof(points));
        Guard.FiniteSample(points.ToColumnMajorArray(), Type, nameof(points));
        double extent = points.Enumerate().Max(Math.Abs);
        double tolerance = 1e-12 * Math.Max(extent * extent, double.Epsilon);
        int n = points.RowCount;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                if (points[i, 0] == points[j, 0] && points[i, 1] == points[j, 1])
                    throw new ArgumentException($"Dichotomies.Points must be distinct; got rows {i} and {j} equal.", nameof(points));
                for (int k = j + 1; k < n; k++)
                    if (Math.Abs(Cross(points, i, j, k)) <= tolerance)
                        throw new ArgumentException(
                            $"Dichotomies.Points must be in general position (no three collinear); got rows {i}, {j}, {k} collinear within {Html.Number(tolerance, 3)}.",
                            nameof(points));
            }
    }
}

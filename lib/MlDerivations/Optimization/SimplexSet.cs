using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>The scaled simplex {x : x ≥ 0, Σx_i = r}.</summary>
public sealed class SimplexSet : ConvexSet
{
    private SimplexSet(int dimension, double radius) : base(dimension) => Radius = radius;

    /// <summary>r, the sum of the coordinates.</summary>
    public double Radius { get; }

    internal static SimplexSet Create(int dimension, double radius)
    {
        Guard.Satisfies(dimension, nameof(ConvexSet), nameof(dimension), dimension >= 1, "≥ 1");
        Guard.Positive(radius, nameof(ConvexSet), nameof(radius));
        return new SimplexSet(dimension, radius);
    }

    /// <summary>
    /// (4.12) The KKT conditions of min ½‖x − z‖² s.t. x ≥ 0, Σx = r give x_i = max(z_i − τ, 0) for
    /// one threshold τ. Sorting z descending as u_1 ≥ … ≥ u_n, the support is the first ρ entries,
    /// ρ = max{j : u_j − (Σ_{i≤j} u_i − r)/j &gt; 0}, and τ = (Σ_{i≤ρ} u_i − r)/ρ. O(n log n), exact.
    /// </summary>
    private protected override Vector<double> ProjectValid(Vector<double> point)
    {
        var sorted = point.ToArray();
        Array.Sort(sorted, (a, b) => b.CompareTo(a));
        double prefix = 0, tau = 0;
        for (int j = 0; j < sorted.Length; j++)
        {
            prefix += sorted[j];
            double candidate = (prefix - Radius) / (j + 1);
            if (sorted[j] - candidate > 0) tau = candidate; // j + 1 is still inside the support
        }
        return point.Map(z => Math.Max(z - tau, 0));
    }

    private protected override bool ContainsValid(Vector<double> point, double tolerance) =>
        point.Minimum() >= -tolerance && Math.Abs(point.Sum() - Radius) <= tolerance * Math.Max(1, Radius) * Dimension;
}

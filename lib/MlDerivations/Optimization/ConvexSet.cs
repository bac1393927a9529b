using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>
/// A closed convex set C ⊂ ℝⁿ with an exact Euclidean projection (4.10),
/// P_C(z) = argmin_{x∈C} ½‖x − z‖². Build one with <see cref="Box"/>, <see cref="Simplex"/> or <see cref="Ball"/>.
/// </summary>
public abstract class ConvexSet
{
    private protected ConvexSet(int dimension) => Dimension = dimension;

    /// <summary>n, the length of the points of the set.</summary>
    public int Dimension { get; }

    /// <summary>The box {x : l ≤ x ≤ u}, projected by clamping, P(z)_i = min(max(z_i, l_i), u_i).</summary>
    /// <param name="lower">l ∈ ℝⁿ (−∞ allowed, NaN not).</param>
    /// <param name="upper">u ∈ ℝⁿ with u ≥ l (+∞ allowed, NaN not).</param>
    public static ConvexSet Box(Vector<double> lower, Vector<double> upper) => BoxSet.Create(lower, upper);

    /// <summary>
    /// The scaled probability simplex {x : x ≥ 0, Σx_i = r}, projected exactly by sorting (4.12).
    /// </summary>
    /// <param name="dimension">n ≥ 1.</param>
    /// <param name="radius">r &gt; 0 (1 for probability vectors).</param>
    public static ConvexSet Simplex(int dimension, double radius = 1) => SimplexSet.Create(dimension, radius);

    /// <summary>The Euclidean ball {x : ‖x − c‖₂ ≤ r}, P(z) = c + (z − c)·min(1, r/‖z − c‖₂).</summary>
    /// <param name="center">c ∈ ℝⁿ, finite.</param>
    /// <param name="radius">r ≥ 0.</param>
    public static ConvexSet Ball(Vector<double> center, double radius) => BallSet.Create(center, radius);

    /// <summary>P_C(z), the point of C nearest to z (4.10); a new vector.</summary>
    /// <param name="point">z ∈ ℝⁿ, finite, of length <see cref="Dimension"/>.</param>
    public Vector<double> Project(Vector<double> point)
    {
        Guard.FiniteVector(point, GetType().Name, nameof(point));
        Guard.Length(point, GetType().Name, nameof(point), Dimension, $"the set's dimension {Dimension}");
        return ProjectValid(point);
    }

    /// <summary>Whether x ∈ C up to <paramref name="tolerance"/> in each defining inequality.</summary>
    /// <param name="point">x ∈ ℝⁿ of length <see cref="Dimension"/>.</param>
    /// <param name="tolerance">Slack allowed, ≥ 0.</param>
    public bool Contains(Vector<double> point, double tolerance = 1e-12)
    {
        Guard.FiniteVector(point, GetType().Name, nameof(point));
        Guard.Length(point, GetType().Name, nameof(point), Dimension, $"the set's dimension {Dimension}");
        Guard.NonNegative(tolerance, GetType().Name, nameof(tolerance));
        return ContainsValid(point, tolerance);
    }

    /// <summary>P_C(z) for a z already known to be finite and of length n (the optimiser's inner loop).</summary>
    internal Vector<double> ProjectUnchecked(Vector<double> point) => ProjectValid(point);

    private protected abstract Vector<double> ProjectValid(Vector<double> point);

    private protected abstract bool ContainsValid(Vector<double> point, double tolerance);
}

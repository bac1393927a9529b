using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>The box {x : l ≤ x ≤ u}; its projection clamps each coordinate independently.</summary>
public sealed class BoxSet : ConvexSet
{
    private BoxSet(Vector<double> lower, Vector<double> upper) : base(lower.Count) => (Lower, Upper) = (lower, upper);

    /// <summary>l, the lower bounds.</summary>
    public Vector<double> Lower { get; }

    /// <summary>u, the upper bounds.</summary>
    public Vector<double> Upper { get; }

    internal static BoxSet Create(Vector<double> lower, Vector<double> upper)
    {
        Guard.NotNull(lower, nameof(ConvexSet), nameof(lower));
        Guard.NotNull(upper, nameof(ConvexSet), nameof(upper));
        if (lower.Count == 0)
            throw new ArgumentException("ConvexSet.Lower must have at least one entry; got length 0.", nameof(lower));
        Guard.Length(upper, nameof(ConvexSet), nameof(upper), lower.Count, $"lower of length {lower.Count}");
        for (int i = 0; i < lower.Count; i++)
        {
            if (double.IsNaN(lower[i]) || double.IsPositiveInfinity(lower[i]))
                throw new ArgumentException($"ConvexSet.Lower must be a number or −∞; got {Html.Number(lower[i])} at index {i}.", nameof(lower));
            if (!(upper[i] >= lower[i]) || double.IsNegativeInfinity(upper[i]))
                throw new ArgumentException(
                    $"ConvexSet.Upper must be ≥ lower and finite or +∞; got upper {Html.Number(upper[i])} and lower {Html.Number(lower[i])} at index {i}.", nameof(upper));
        }
        return new BoxSet(lower.Clone(), upper.Clone());
    }

    private protected override Vector<double> ProjectValid(Vector<double> point) =>
        Vector<double>.Build.Dense(Dimension, i => Math.Min(Math.Max(point[i], Lower[i]), Upper[i]));

    private protected override bool ContainsValid(Vector<double> point, double tolerance)
    {
        for (int i = 0; i < Dimension; i++)
        {
            if (point[i] < Lower[i] - tolerance || point[i] > Upper[i] + tolerance) return false;
        }
        return true;
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>The Euclidean ball {x : ‖x − c‖₂ ≤ r}.</summary>
public sealed class BallSet : ConvexSet
{
    private BallSet(Vector<double> center, double radius) : base(center.Count) => (Center, Radius) = (center, radius);

    /// <summary>c, the centre.</summary>
    public Vector<double> Center { get; }

    /// <summary>r, the radius.</summary>
    public double Radius { get; }

    internal static BallSet Create(Vector<double> center, double radius)
    {
        Guard.FiniteVector(center, nameof(ConvexSet), nameof(center));
        Guard.NonNegative(radius, nameof(ConvexSet), nameof(radius));
        return new BallSet(center.Clone(), radius);
    }

    /// <summary>P(z) = c + (z − c)·min(1, r/‖z − c‖₂): points outside are pulled radially onto the sphere.</summary>
    private protected override Vector<double> ProjectValid(Vector<double> point)
    {
        var offset = point - Center;
        double distance = offset.L2Norm();
        return distance <= Radius ? point.Clone() : Center + offset * (Radius / distance);
    }

    private protected override bool ContainsValid(Vector<double> point, double tolerance) =>
        (point - Center).L2Norm() <= Radius + tolerance;
}

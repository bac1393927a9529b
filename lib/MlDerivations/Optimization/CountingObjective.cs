using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Optimization;

/// <summary>Wraps an objective and counts its evaluations, for the result's cost report.</summary>
internal sealed class CountingObjective(IObjective inner) : IObjective
{
    public int ValueCount { get; private set; }

    public int GradientCount { get; private set; }

    public int HessianCount { get; private set; }

    public bool HasHessian => inner.HasHessian;

    public double Value(Vector<double> x)
    {
        ValueCount++;
        return inner.Value(x);
    }

    public Vector<double> Gradient(Vector<double> x)
    {
        GradientCount++;
        return inner.Gradient(x) ?? throw new InvalidOperationException("The objective's Gradient returned null.");
    }

    public Matrix<double> Hessian(Vector<double> x)
    {
        HessianCount++;
        return inner.Hessian(x) ?? throw new InvalidOperationException("The objective's Hessian returned null.");
    }
}

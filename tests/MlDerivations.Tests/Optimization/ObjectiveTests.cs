using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

/// <summary>The built-in objectives' derivatives against finite differences and their known minimisers.</summary>
public sealed class ObjectiveTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    [Theory]
    [InlineData(-1.2, 1.0)]
    [InlineData(0.3, -0.4)]
    [InlineData(1.0, 1.0)]
    public void Rosenbrock_GradientAndHessianMatchFiniteDifferences(double x, double y)
    {
        var f = Objective.Rosenbrock();
        var point = V(x, y);
        Assert.True(FiniteDifferences.CheckGradient(f.Value, f.Gradient, point).MaxAbsoluteError <= 1e-6 * (1 + f.Gradient(point).InfinityNorm()));
        Assert.True((FiniteDifferences.Hessian(f.Gradient, point) - f.Hessian(point)).InfinityNorm() <= 1e-5);
    }

    [Fact]
    public void Rosenbrock_IsZeroAtAAndASquared()
    {
        var f = Objective.Rosenbrock(a: 2, b: 10);
        Assert.Equal(0, f.Value(V(2, 4)));
        Assert.Equal(0, f.Gradient(V(2, 4)).InfinityNorm());
        Assert.Equal(24.2, Objective.Rosenbrock().Value(V(-1.2, 1)), 12); // (2.2)² + 100(1 − 1.44)²
    }

    [Fact]
    public void Quadratic_HasGradientQxPlusCAndHessianQ()
    {
        var q = TestProblems.QuadraticWithConditionNumber(3, 1, 10, seed: 1);
        var c = V(1, -2, 0.5);
        var f = Objective.Quadratic(q, c);
        var x = V(0.3, 0.1, -2);
        Assert.True(FiniteDifferences.CheckGradient(f.Value, f.Gradient, x).MaxRelativeError <= 1e-8);
        Assert.Equal(q, f.Hessian(x));
        Assert.Equal(0.5 * x.DotProduct(q * x) + c.DotProduct(x), f.Value(x), 12);
    }

    [Fact]
    public void From_WithoutAHessian_ReportsItAndRefusesNewton()
    {
        var f = Objective.From(x => x.DotProduct(x), x => 2 * x);
        Assert.False(f.HasHessian);
        Assert.Throws<NotSupportedException>(() => f.Hessian(V(1)));
        var thrown = Assert.Throws<ArgumentException>(() => DampedNewton.Minimize(f, V(1)));
        Assert.Equal("objective", thrown.ParamName);
    }
}

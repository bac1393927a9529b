using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Claims;
using MlDerivations.LinearAlgebra;

namespace MlDerivations.Tests.LinearAlgebra;

/// <summary>Central differences against analytic derivatives of functions differentiated by hand.</summary>
public sealed class FiniteDifferencesTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    // f(x) = sin(x₀)·exp(x₁) + x₂³ − x₀x₂
    private static double F(Vector<double> x) => Math.Sin(x[0]) * Math.Exp(x[1]) + Math.Pow(x[2], 3) - x[0] * x[2];

    private static Vector<double> GradF(Vector<double> x) => V(
        Math.Cos(x[0]) * Math.Exp(x[1]) - x[2],
        Math.Sin(x[0]) * Math.Exp(x[1]),
        3 * x[2] * x[2] - x[0]);

    private static Matrix<double> HessF(Vector<double> x) => Matrix<double>.Build.DenseOfArray(new[,]
    {
        { -Math.Sin(x[0]) * Math.Exp(x[1]), Math.Cos(x[0]) * Math.Exp(x[1]), -1 },
        { Math.Cos(x[0]) * Math.Exp(x[1]), Math.Sin(x[0]) * Math.Exp(x[1]), 0 },
        { -1, 0, 6 * x[2] },
    });

    private static readonly Vector<double> X = V(0.7, -0.3, 1.4);

    [Fact]
    public void Gradient_AgreesWithTheHandDerivedGradientToAboutEightDigits()
    {
        var check = FiniteDifferences.CheckGradient(F, GradF, X);
        Assert.True(check.MaxRelativeError <= 1e-8, check.ToString());
        Assert.True((FiniteDifferences.Gradient(F, X) - GradF(X)).InfinityNorm() <= 1e-8);
    }

    [Fact]
    public void Gradient_StaysAccurateForLargeCoordinatesBecauseTheStepScalesWithX()
    {
        // f(x) = x₀⁴ + x₁⁴ at (10⁴, −2·10³), where f ≈ 1e16: rounding error ε|f|/h must stay small against ∂f/∂x_i.
        var x = V(1e4, -2e3);
        var numeric = FiniteDifferences.Gradient(v => Math.Pow(v[0], 4) + Math.Pow(v[1], 4), x);
        Assert.Equal(1.0, numeric[0] / (4 * Math.Pow(1e4, 3)), 7);
        Assert.Equal(1.0, numeric[1] / (4 * Math.Pow(-2e3, 3)), 7);
    }

    [Fact]
    public void Jacobian_AgreesWithTheHandDerivedJacobian()
    {
        // F(x) = (x₀x₁, sin x₀, x₁²x₂, e^{x₂})
        Vector<double> Fv(Vector<double> x) => V(x[0] * x[1], Math.Sin(x[0]), x[1] * x[1] * x[2], Math.Exp(x[2]));
        var expected = Matrix<double>.Build.DenseOfArray(new[,]
        {
            { X[1], X[0], 0 },
            { Math.Cos(X[0]), 0, 0 },
            { 0, 2 * X[1] * X[2], X[1] * X[1] },
            { 0, 0, Math.Exp(X[2]) },
        });
        var jacobian = FiniteDifferences.Jacobian(Fv, X);
        Assert.Equal(4, jacobian.RowCount);
        Assert.True((jacobian - expected).InfinityNorm() <= 1e-8);
    }

    [Fact]
    public void Jacobian_OfAFunctionThatReturnsItsArgument_IsTheIdentity()
    {
        var jacobian = FiniteDifferences.Jacobian(x => x, X);
        Assert.True((jacobian - Matrix<double>.Build.DenseIdentity(3)).InfinityNorm() <= 1e-9);
    }

    [Fact]
    public void Gradient_LeavesThePointUnchanged()
    {
        var point = X.Clone();
        FiniteDifferences.Gradient(F, point);
        Assert.Equal(X, point);
    }

    [Fact]
    public void Hessian_FromTheGradient_AgreesWithTheHandDerivedHessianAndIsExactlySymmetric()
    {
        var hessian = FiniteDifferences.Hessian(GradF, X);
        Assert.True((hessian - HessF(X)).InfinityNorm() <= 1e-7);
        Assert.Equal(hessian, hessian.Transpose());
    }

    [Fact]
    public void DirectionalDerivative_EqualsTheGradientDottedWithTheDirection()
    {
        var d = V(0.2, -1.5, 3);
        Assert.Equal(GradF(X).DotProduct(d), FiniteDifferences.DirectionalDerivative(F, X, d), 8);
    }

    [Fact]
    public void CheckGradient_FindsTheWrongCoordinateOfAFaultyGradient()
    {
        Vector<double> Faulty(Vector<double> x) { var g = GradF(x); g[1] *= 1.01; return g; }
        var check = FiniteDifferences.CheckGradient(F, Faulty, X);
        Assert.Equal(1, check.WorstCoordinate);
        Assert.True(check.MaxAbsoluteError > 1e-3);
        Assert.Throws<ClaimFailedException>(() => Claim.AtMost("(2.x) faulty ∇f", check.MaxRelativeError, 1e-6));
    }

    [Fact]
    public void CheckGradient_OfTheRightGradient_PassesAClaim()
    {
        var check = FiniteDifferences.CheckGradient(F, GradF, X);
        var result = Claim.Close("(2.x) ∇f = finite differences", check.Analytic, check.Numeric, 1e-7);
        Assert.StartsWith("✓", result.ToString());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-3)]
    [InlineData(-7.25)]
    [InlineData(3.3e8)]
    public void Step_IsRepresentableExactlySoXPlusHMinusXIsH(double x)
    {
        double h = FiniteDifferences.Step(x);
        Assert.Equal(h, (x + h) - x);
        Assert.InRange(h / Math.Max(1, Math.Abs(x)), 5e-6, 7.5e-6); // ε^(1/3) ≈ 6.06e-6
    }

    [Theory]
    [InlineData("gradient: null function", typeof(ArgumentNullException), "function")]
    [InlineData("gradient: null point", typeof(ArgumentNullException), "point")]
    [InlineData("gradient: empty point", typeof(ArgumentException), "point")]
    [InlineData("gradient: NaN point", typeof(ArgumentException), "point")]
    [InlineData("jacobian: null function", typeof(ArgumentNullException), "function")]
    [InlineData("jacobian: ragged outputs", typeof(ArgumentException), "function")]
    [InlineData("jacobian: infinite point", typeof(ArgumentException), "point")]
    [InlineData("hessian: null gradient", typeof(ArgumentNullException), "gradient")]
    [InlineData("hessian: gradient of wrong length", typeof(ArgumentException), "gradient")]
    [InlineData("directional: zero direction", typeof(ArgumentOutOfRangeException), "direction")]
    [InlineData("directional: direction of wrong length", typeof(ArgumentException), "direction")]
    [InlineData("directional: NaN direction", typeof(ArgumentException), "direction")]
    [InlineData("check: null gradient", typeof(ArgumentNullException), "gradient")]
    [InlineData("check: gradient of wrong length", typeof(ArgumentException), "gradient")]
    public void InvalidInput_ThrowsNamingTheParameter(string @case, Type exception, string parameter)
    {
        Action call = @case switch
        {
            "gradient: null function" => () => FiniteDifferences.Gradient(null!, X),
            "gradient: null point" => () => FiniteDifferences.Gradient(F, null!),
            "gradient: empty point" => () => FiniteDifferences.Gradient(F, Vector<double>.Build.Dense(0)),
            "gradient: NaN point" => () => FiniteDifferences.Gradient(F, V(1, double.NaN, 0)),
            "jacobian: null function" => () => FiniteDifferences.Jacobian(null!, X),
            "jacobian: ragged outputs" => () => FiniteDifferences.Jacobian(x => Vector<double>.Build.Dense(x[0] > 0.7 ? 2 : 3), X),
            "jacobian: infinite point" => () => FiniteDifferences.Jacobian(x => x, V(double.PositiveInfinity)),
            "hessian: null gradient" => () => FiniteDifferences.Hessian(null!, X),
            "hessian: gradient of wrong length" => () => FiniteDifferences.Hessian(x => V(1, 2), X),
            "directional: zero direction" => () => FiniteDifferences.DirectionalDerivative(F, X, V(0, 0, 0)),
            "directional: direction of wrong length" => () => FiniteDifferences.DirectionalDerivative(F, X, V(1, 0)),
            "directional: NaN direction" => () => FiniteDifferences.DirectionalDerivative(F, X, V(1, double.NaN, 0)),
            "check: null gradient" => () => FiniteDifferences.CheckGradient(F, null!, X),
            "check: gradient of wrong length" => () => FiniteDifferences.CheckGradient(F, x => V(1), X),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "unknown case"),
        };
        var thrown = Assert.Throws(exception, call);
        Assert.Equal(parameter, ((ArgumentException)thrown).ParamName);
        Assert.StartsWith("FiniteDifferences.", thrown.Message);
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

/// <summary>Every public entry of Optimization rejects bad input with the parameter's name and a "{Type}.{Parameter} must be …" message.</summary>
public sealed class InvalidInputTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    private static Matrix<double> M(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    private static readonly IObjective Rosenbrock = Objective.Rosenbrock();
    private static readonly Vector<double> Start = V(-1.2, 1);
    private static readonly Matrix<double> I2 = Matrix<double>.Build.DenseIdentity(2);
    private static readonly Matrix<double> A = M(new double[,] { { 1, 1 } });

    [Theory]
    [InlineData("GD null objective", typeof(ArgumentNullException), "objective", "GradientDescent.")]
    [InlineData("GD null start", typeof(ArgumentNullException), "start", "GradientDescent.")]
    [InlineData("GD empty start", typeof(ArgumentException), "start", "GradientDescent.")]
    [InlineData("GD NaN start", typeof(ArgumentException), "start", "GradientDescent.")]
    [InlineData("GD MaxIterations 0", typeof(ArgumentOutOfRangeException), "MaxIterations", "GradientDescentOptions.")]
    [InlineData("GD Tolerance −1", typeof(ArgumentOutOfRangeException), "Tolerance", "GradientDescentOptions.")]
    [InlineData("GD StepTolerance NaN", typeof(ArgumentOutOfRangeException), "StepTolerance", "GradientDescentOptions.")]
    [InlineData("GD ArmijoC 0", typeof(ArgumentOutOfRangeException), "ArmijoC", "GradientDescentOptions.")]
    [InlineData("GD ArmijoC 1", typeof(ArgumentOutOfRangeException), "ArmijoC", "GradientDescentOptions.")]
    [InlineData("GD Shrink 1", typeof(ArgumentOutOfRangeException), "Shrink", "GradientDescentOptions.")]
    [InlineData("GD MaxBacktracks 0", typeof(ArgumentOutOfRangeException), "MaxBacktracks", "GradientDescentOptions.")]
    [InlineData("GD StepSize 0", typeof(ArgumentOutOfRangeException), "StepSize", "GradientDescentOptions.")]
    [InlineData("HB null options", typeof(ArgumentNullException), "options", "HeavyBall.")]
    [InlineData("HB StepSize −1", typeof(ArgumentOutOfRangeException), "StepSize", "HeavyBallOptions.")]
    [InlineData("HB Momentum 1", typeof(ArgumentOutOfRangeException), "Momentum", "HeavyBallOptions.")]
    [InlineData("NAG StepSize ∞", typeof(ArgumentOutOfRangeException), "StepSize", "NesterovOptions.")]
    [InlineData("NAG Momentum −0.1", typeof(ArgumentOutOfRangeException), "Momentum", "NesterovOptions.")]
    [InlineData("NAG null objective", typeof(ArgumentNullException), "objective", "Nesterov.")]
    [InlineData("Newton InitialDamping 0", typeof(ArgumentOutOfRangeException), "InitialDamping", "DampedNewtonOptions.")]
    [InlineData("Newton no Hessian", typeof(ArgumentException), "objective", "DampedNewton.")]
    [InlineData("L-BFGS Memory 0", typeof(ArgumentOutOfRangeException), "Memory", "LbfgsOptions.")]
    [InlineData("L-BFGS NaN start", typeof(ArgumentException), "start", "Lbfgs.")]
    [InlineData("PG null set", typeof(ArgumentNullException), "set", "ProjectedGradient.")]
    [InlineData("PG start of wrong length", typeof(ArgumentException), "start", "ProjectedGradient.")]
    [InlineData("PG StepSize 0", typeof(ArgumentOutOfRangeException), "StepSize", "ProjectedGradientOptions.")]
    public void Optimisers_RejectBadInput(string @case, Type exception, string parameter, string prefix)
    {
        Action call = @case switch
        {
            "GD null objective" => () => GradientDescent.Minimize(null!, Start),
            "GD null start" => () => GradientDescent.Minimize(Rosenbrock, null!),
            "GD empty start" => () => GradientDescent.Minimize(Rosenbrock, Vector<double>.Build.Dense(0)),
            "GD NaN start" => () => GradientDescent.Minimize(Rosenbrock, V(double.NaN, 1)),
            "GD MaxIterations 0" => () => GradientDescent.Minimize(Rosenbrock, Start, new GradientDescentOptions { MaxIterations = 0 }),
            "GD Tolerance −1" => () => GradientDescent.Minimize(Rosenbrock, Start, new GradientDescentOptions { Tolerance = -1 }),
            "GD StepTolerance NaN" => () => GradientDescent.Minimize(Rosenbrock, Start, new GradientDescentOptions { StepTolerance = double.NaN }),
            "GD ArmijoC 0" => () => GradientDescent.Minimize(Rosenbrock, Start, new GradientDescentOptions { ArmijoC = 0 }),
            "GD ArmijoC 1" => () => GradientDescent.Minimize(Rosenbrock, Start, new GradientDescentOptions { ArmijoC = 1 }),
            "GD Shrink 1" => () => GradientDescent.Minimize(Rosenbrock, Start, new GradientDescentOptions { Shrink = 1 }),
            "GD MaxBacktracks 0" => () => GradientDescent.Minimize(Rosenbrock, Start, new GradientDescentOptions { MaxBacktracks = 0 }),
            "GD StepSize 0" => () => GradientDescent.Minimize(Rosenbrock, Start, new GradientDescentOptions { StepSize = 0 }),
            "HB null options" => () => HeavyBall.Minimize(Rosenbrock, Start, null!),
            "HB StepSize −1" => () => HeavyBall.Minimize(Rosenbrock, Start, new HeavyBallOptions { StepSize = -1 }),
            "HB Momentum 1" => () => HeavyBall.Minimize(Rosenbrock, Start, new HeavyBallOptions { StepSize = 1e-3, Momentum = 1 }),
            "NAG StepSize ∞" => () => Nesterov.Minimize(Rosenbrock, Start, new NesterovOptions { StepSize = double.PositiveInfinity }),
            "NAG Momentum −0.1" => () => Nesterov.Minimize(Rosenbrock, Start, new NesterovOptions { StepSize = 1e-3, Momentum = -0.1 }),
            "NAG null objective" => () => Nesterov.Minimize(null!, Start, new NesterovOptions { StepSize = 1e-3 }),
            "Newton InitialDamping 0" => () => DampedNewton.Minimize(Rosenbrock, Start, new DampedNewtonOptions { InitialDamping = 0 }),
            "Newton no Hessian" => () => DampedNewton.Minimize(Objective.From(Rosenbrock.Value, Rosenbrock.Gradient), Start),
            "L-BFGS Memory 0" => () => Lbfgs.Minimize(Rosenbrock, Start, new LbfgsOptions { Memory = 0 }),
            "L-BFGS NaN start" => () => Lbfgs.Minimize(Rosenbrock, V(0, double.NegativeInfinity)),
            "PG null set" => () => ProjectedGradient.Minimize(Rosenbrock, null!, Start),
            "PG start of wrong length" => () => ProjectedGradient.Minimize(Rosenbrock, ConvexSet.Simplex(3), Start),
            "PG StepSize 0" => () => ProjectedGradient.Minimize(Rosenbrock, ConvexSet.Simplex(2), Start, new ProjectedGradientOptions { StepSize = 0 }),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "unknown case"),
        };
        AssertRejected(call, exception, parameter, prefix);
    }

    [Theory]
    [InlineData("box null lower", typeof(ArgumentNullException), "lower")]
    [InlineData("box NaN lower", typeof(ArgumentException), "lower")]
    [InlineData("box upper of wrong length", typeof(ArgumentException), "upper")]
    [InlineData("box upper below lower", typeof(ArgumentException), "upper")]
    [InlineData("simplex dimension 0", typeof(ArgumentOutOfRangeException), "dimension")]
    [InlineData("simplex radius 0", typeof(ArgumentOutOfRangeException), "radius")]
    [InlineData("ball NaN center", typeof(ArgumentException), "center")]
    [InlineData("ball radius −1", typeof(ArgumentOutOfRangeException), "radius")]
    public void ConvexSetFactories_RejectBadInput(string @case, Type exception, string parameter)
    {
        Action call = @case switch
        {
            "box null lower" => () => ConvexSet.Box(null!, V(1)),
            "box NaN lower" => () => ConvexSet.Box(V(double.NaN), V(1)),
            "box upper of wrong length" => () => ConvexSet.Box(V(0, 0), V(1)),
            "box upper below lower" => () => ConvexSet.Box(V(0, 2), V(1, 1)),
            "simplex dimension 0" => () => ConvexSet.Simplex(0),
            "simplex radius 0" => () => ConvexSet.Simplex(2, 0),
            "ball NaN center" => () => ConvexSet.Ball(V(double.NaN), 1),
            "ball radius −1" => () => ConvexSet.Ball(V(0), -1),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "unknown case"),
        };
        AssertRejected(call, exception, parameter, "ConvexSet.");
    }

    [Theory]
    [InlineData("project wrong length", typeof(ArgumentException), "point")]
    [InlineData("project NaN", typeof(ArgumentException), "point")]
    [InlineData("project null", typeof(ArgumentNullException), "point")]
    [InlineData("contains negative tolerance", typeof(ArgumentOutOfRangeException), "tolerance")]
    public void ConvexSetMembers_RejectBadInput(string @case, Type exception, string parameter)
    {
        var set = ConvexSet.Ball(V(0, 0), 1);
        Action call = @case switch
        {
            "project wrong length" => () => set.Project(V(1, 2, 3)),
            "project NaN" => () => set.Project(V(1, double.NaN)),
            "project null" => () => set.Project(null!),
            "contains negative tolerance" => () => set.Contains(V(0, 0), -1),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "unknown case"),
        };
        AssertRejected(call, exception, parameter, "BallSet.");
    }

    [Theory]
    [InlineData("from null value", typeof(ArgumentNullException), "value")]
    [InlineData("from null gradient", typeof(ArgumentNullException), "gradient")]
    [InlineData("quadratic non-square Q", typeof(ArgumentException), "q")]
    [InlineData("quadratic asymmetric Q", typeof(ArgumentException), "q")]
    [InlineData("quadratic c of wrong length", typeof(ArgumentException), "c")]
    [InlineData("rosenbrock b 0", typeof(ArgumentOutOfRangeException), "b")]
    [InlineData("rosenbrock a NaN", typeof(ArgumentOutOfRangeException), "a")]
    public void ObjectiveFactories_RejectBadInput(string @case, Type exception, string parameter)
    {
        Action call = @case switch
        {
            "from null value" => () => Objective.From(null!, x => x),
            "from null gradient" => () => Objective.From(x => 0, null!),
            "quadratic non-square Q" => () => Objective.Quadratic(Matrix<double>.Build.Dense(2, 3), V(0, 0)),
            "quadratic asymmetric Q" => () => Objective.Quadratic(M(new double[,] { { 1, 2 }, { 0, 1 } }), V(0, 0)),
            "quadratic c of wrong length" => () => Objective.Quadratic(I2, V(0, 0, 0)),
            "rosenbrock b 0" => () => Objective.Rosenbrock(b: 0),
            "rosenbrock a NaN" => () => Objective.Rosenbrock(a: double.NaN),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "unknown case"),
        };
        AssertRejected(call, exception, parameter, "Objective.");
    }

    [Theory]
    [InlineData("Q not positive definite", typeof(MlDerivations.LinearAlgebra.NotPositiveDefiniteException), "q", "QuadraticProgram.")]
    [InlineData("Q asymmetric", typeof(ArgumentException), "q", "QuadraticProgram.")]
    [InlineData("Q null", typeof(ArgumentNullException), "q", "QuadraticProgram.")]
    [InlineData("c of wrong length", typeof(ArgumentException), "c", "QuadraticProgram.")]
    [InlineData("A with wrong column count", typeof(ArgumentException), "a", "QuadraticProgram.")]
    [InlineData("A with NaN", typeof(ArgumentException), "a", "QuadraticProgram.")]
    [InlineData("b of wrong length", typeof(ArgumentException), "b", "QuadraticProgram.")]
    [InlineData("E without d", typeof(ArgumentException), "d", "QuadraticProgram.")]
    [InlineData("E with wrong column count", typeof(ArgumentException), "e", "QuadraticProgram.")]
    [InlineData("d of wrong length", typeof(ArgumentException), "d", "QuadraticProgram.")]
    [InlineData("MaxIterations 0", typeof(ArgumentOutOfRangeException), "MaxIterations", "QuadraticProgramOptions.")]
    [InlineData("Tolerance −1", typeof(ArgumentOutOfRangeException), "Tolerance", "QuadraticProgramOptions.")]
    public void QuadraticProgram_RejectsBadInput(string @case, Type exception, string parameter, string prefix)
    {
        var c = V(1, 1);
        var b = V(1);
        Action call = @case switch
        {
            "Q not positive definite" => () => QuadraticProgram.Solve(M(new double[,] { { 1, 2 }, { 2, 1 } }), c, A, b),
            "Q asymmetric" => () => QuadraticProgram.Solve(M(new double[,] { { 1, 0.5 }, { 0, 1 } }), c, A, b),
            "Q null" => () => QuadraticProgram.Solve(null!, c, A, b),
            "c of wrong length" => () => QuadraticProgram.Solve(I2, V(1), A, b),
            "A with wrong column count" => () => QuadraticProgram.Solve(I2, c, M(new double[,] { { 1, 1, 1 } }), b),
            "A with NaN" => () => QuadraticProgram.Solve(I2, c, M(new double[,] { { 1, double.NaN } }), b),
            "b of wrong length" => () => QuadraticProgram.Solve(I2, c, A, V(1, 2)),
            "E without d" => () => QuadraticProgram.Solve(I2, c, A, b, e: A),
            "E with wrong column count" => () => QuadraticProgram.Solve(I2, c, A, b, M(new double[,] { { 1 } }), V(1)),
            "d of wrong length" => () => QuadraticProgram.Solve(I2, c, A, b, A, V(1, 2)),
            "MaxIterations 0" => () => QuadraticProgram.Solve(I2, c, A, b, options: new QuadraticProgramOptions { MaxIterations = 0 }),
            "Tolerance −1" => () => QuadraticProgram.Solve(I2, c, A, b, options: new QuadraticProgramOptions { Tolerance = -1 }),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, "unknown case"),
        };
        AssertRejected(call, exception, parameter, prefix);
    }

    private static void AssertRejected(Action call, Type exception, string parameter, string prefix)
    {
        var thrown = Assert.Throws(exception, call);
        Assert.Equal(parameter, ((ArgumentException)thrown).ParamName);
        Assert.StartsWith(prefix, thrown.Message);
        Assert.Contains("; got ", thrown.Message);
    }
}

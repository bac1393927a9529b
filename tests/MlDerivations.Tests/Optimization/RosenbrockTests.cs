using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Optimization;
using Xunit.Abstractions;

namespace MlDerivations.Tests.Optimization;

/// <summary>The bar of issue 7: every optimiser reaches Rosenbrock's known minimiser (1, 1) to 1e-6 from (−1.2, 1).</summary>
public sealed class RosenbrockTests(ITestOutputHelper output)
{
    private static readonly Vector<double> Start = Vector<double>.Build.DenseOfArray([-1.2, 1.0]);
    private static readonly Vector<double> Optimum = Vector<double>.Build.DenseOfArray([1.0, 1.0]);

    [Fact]
    public void GradientDescentWithArmijo_ReachesTheOptimum() =>
        AssertReachesOptimum(GradientDescent.Minimize(Objective.Rosenbrock(), Start,
            new GradientDescentOptions { MaxIterations = 100_000, RecordPoints = false }));

    [Fact]
    public void HeavyBall_ReachesTheOptimum() =>
        AssertReachesOptimum(HeavyBall.Minimize(Objective.Rosenbrock(), Start,
            new HeavyBallOptions { StepSize = 1e-3, Momentum = 0.9, MaxIterations = 100_000 }));

    [Fact]
    public void Nesterov_ReachesTheOptimum() =>
        AssertReachesOptimum(Nesterov.Minimize(Objective.Rosenbrock(), Start,
            new NesterovOptions { StepSize = 1e-3, Momentum = 0.9, MaxIterations = 100_000 }));

    [Fact]
    public void DampedNewton_ReachesTheOptimum() =>
        AssertReachesOptimum(DampedNewton.Minimize(Objective.Rosenbrock(), Start));

    [Fact]
    public void Lbfgs_ReachesTheOptimum() =>
        AssertReachesOptimum(Lbfgs.Minimize(Objective.Rosenbrock(), Start));

    [Fact]
    public void ProjectedGradient_ReachesTheOptimumInsideABox() =>
        AssertReachesOptimum(ProjectedGradient.Minimize(Objective.Rosenbrock(),
            ConvexSet.Box(Vector<double>.Build.Dense(2, -2), Vector<double>.Build.Dense(2, 2)), Start,
            new ProjectedGradientOptions { StepSize = 2e-3, MaxIterations = 100_000, RecordPoints = false }));

    [Fact]
    public void ProjectedGradient_FollowsTheBoxFaceAndReachesTheOptimumOnTheBoundary()
    {
        // Over [−2, 1] × [0.5, 3] the valley y = x² leaves the box near x = 0, so the iterates must slide
        // along the face y = 0.5; (1, 1) stays the minimiser (it is in the box, on the face x = 1, and
        // minimises over ℝ²).
        var box = ConvexSet.Box(Vector<double>.Build.DenseOfArray([-2.0, 0.5]), Vector<double>.Build.DenseOfArray([1.0, 3.0]));
        var result = ProjectedGradient.Minimize(Objective.Rosenbrock(), box, Start,
            new ProjectedGradientOptions { StepSize = 2e-3, MaxIterations = 100_000 });
        AssertReachesOptimum(result);
        Assert.Contains(result.History, it => it.Point![1] == 0.5);
        Assert.All(result.History, it => Assert.True(box.Contains(it.Point!, 0)));
    }

    private void AssertReachesOptimum(OptimizationResult result)
    {
        output.WriteLine($"{result.Message} f-evals {result.FunctionEvaluations}, ∇f-evals {result.GradientEvaluations}, x = {result.Minimizer}");
        Assert.True(result.Converged, result.Message);
        Assert.Equal(StopReason.GradientTolerance, result.Reason);
        Assert.True((result.Minimizer - Optimum).InfinityNorm() <= 1e-6, $"x = {result.Minimizer}");
        Assert.True(result.Iterations > 0);
        Assert.Equal(result.Iterations + 1, result.History.Count);
    }
}

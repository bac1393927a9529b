using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Optimization;
using Xunit.Abstractions;

namespace MlDerivations.Tests.Optimization;

/// <summary>The bar of issue 7: every optimiser reaches Rosenbrock's known minimiser (1, 1) to 1e-6 from (−1.2, 1).</summary>
public sealed class RosenbrockTests(ITestOutputHelper output)
{
    private static readonly Vector<double> Start = Vector<double>.Build.DenseOfArray([-1.2, 1.0]);
    private static readonly Vector<double> Optimum = Vector<double>.Build.DenseOfArray([1.0, 1.0]);

    // About 2·10⁴ iterations: near (1, 1) the Hessian has κ ≈ 2508. Trial steps start at 1e-2 (a few
    // halvings above 2/λ_max ≈ 2e-3 there), so every line search backtracks, but briefly enough to stay fast.
    [Fact]
    public void GradientDescentWithArmijo_ReachesTheOptimum()
    {
        var result = GradientDescent.Minimize(Objective.Rosenbrock(), Start,
            new GradientDescentOptions { StepSize = 1e-2, MaxIterations = 100_000 });
        AssertReachesOptimum(result);
        Assert.True(result.FunctionEvaluations > 2 * result.Convergence.Iterations, "the line search should have backtracked");
    }

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
            new ProjectedGradientOptions { StepSize = 2e-3, MaxIterations = 100_000 }));

    [Fact]
    public void ProjectedGradient_FindsTheConstrainedMinimiserOnABoxFace()
    {
        // Over [−2, 0.5] × [−2, 2], f ≥ (1 − x)² ≥ 0.25 with equality only at (0.5, 0.25): the minimiser
        // sits on the face x = 0.5, where ∇f = (−1, 0) does not vanish but the gradient mapping does.
        var box = ConvexSet.Box(Vector<double>.Build.DenseOfArray([-2.0, -2.0]), Vector<double>.Build.DenseOfArray([0.5, 2.0]));
        var result = ProjectedGradient.Minimize(Objective.Rosenbrock(), box, Start,
            new ProjectedGradientOptions { StepSize = 2e-3, MaxIterations = 100_000 });
        output.WriteLine(result.Convergence.Message);
        Assert.Equal(StopReason.Tolerance, result.Convergence.Reason);
        Assert.True(Math.Abs(result.Minimizer[0] - 0.5) <= 1e-6 && Math.Abs(result.Minimizer[1] - 0.25) <= 1e-6, $"x = {result.Minimizer}");
        Assert.Equal(1.0, Objective.Rosenbrock().Gradient(result.Minimizer).L2Norm(), 5);
        Assert.All(result.History, it => Assert.True(box.Contains(it.Point!, 0)));
    }

    private void AssertReachesOptimum(OptimizationResult result)
    {
        output.WriteLine($"{result.Convergence.Message} f-evals {result.FunctionEvaluations}, ∇f-evals {result.GradientEvaluations}, x = {result.Minimizer}");
        Assert.True(result.Convergence.Converged, result.Convergence.Message);
        Assert.Equal(StopReason.Tolerance, result.Convergence.Reason);
        Assert.True((result.Minimizer - Optimum).InfinityNorm() <= 1e-6, $"x = {result.Minimizer}");
        Assert.True(result.Convergence.Iterations > 0);
        Assert.Equal(result.Convergence.Iterations + 1, result.History.Count);
    }
}

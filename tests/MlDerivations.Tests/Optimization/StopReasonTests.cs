using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

/// <summary>Every way an optimiser can stop is reported with its reason and what to try, never silently.</summary>
public sealed class StopReasonTests
{
    private static readonly Vector<double> Start = Vector<double>.Build.DenseOfArray([-1.2, 1.0]);

    [Fact]
    public void HittingMaxIterations_IsReportedWithTheCountAndAHint()
    {
        var result = GradientDescent.Minimize(Objective.Rosenbrock(), Start, new GradientDescentOptions { MaxIterations = 5 });
        Assert.Equal(StopReason.MaxIterations, result.Reason);
        Assert.False(result.Converged);
        Assert.Equal(5, result.Iterations);
        Assert.Contains("MaxIterations = 5", result.Message);
        Assert.Contains("raise MaxIterations", result.Message);
    }

    [Fact]
    public void AFixedStepThatIsTooLarge_IsReportedAsDivergence()
    {
        // η = 1 ≫ 2/L on Rosenbrock: the iterates blow up until f overflows.
        var result = GradientDescent.Minimize(Objective.Rosenbrock(), Start, new GradientDescentOptions { Backtracking = false, StepSize = 1 });
        Assert.Equal(StopReason.Diverged, result.Reason);
        Assert.Contains("lower the step size", result.Message);
    }

    [Fact]
    public void AWrongGradient_MakesTheLineSearchFailAndSaysToCheckIt()
    {
        var rosenbrock = Objective.Rosenbrock();
        var wrong = Objective.From(rosenbrock.Value, x => -rosenbrock.Gradient(x)); // points uphill
        var result = GradientDescent.Minimize(wrong, Start);
        Assert.Equal(StopReason.LineSearchFailed, result.Reason);
        Assert.Contains("FiniteDifferences.CheckGradient", result.Message);
        Assert.Equal(0, result.Iterations);
    }

    [Fact]
    public void NewtonWithANegatedHessian_StillDescendsBecauseDampingRestoresPositiveDefiniteness()
    {
        var rosenbrock = Objective.Rosenbrock();
        var wrong = Objective.From(rosenbrock.Value, rosenbrock.Gradient, x => -rosenbrock.Hessian(x));
        // −H is negative definite at the start; damping shifts it until positive definite, so Newton still descends.
        var result = DampedNewton.Minimize(wrong, Start, new DampedNewtonOptions { MaxIterations = 3 });
        Assert.NotEqual(StopReason.Diverged, result.Reason);
        Assert.True(result.History.Zip(result.History.Skip(1)).All(p => p.Second.Value < p.First.Value));
    }

    [Fact]
    public void AStepToleranceStopsTheRunAndCountsAsConvergence()
    {
        var result = GradientDescent.Minimize(Objective.Rosenbrock(), Start,
            new GradientDescentOptions { StepTolerance = 1e-4, GradientTolerance = 0 });
        Assert.Equal(StopReason.StepTolerance, result.Reason);
        Assert.True(result.Converged);
        Assert.True(result.History[^1].StepLength <= 1e-4);
    }

    [Fact]
    public void History_StartsAtTheStartPointAndCountsEvaluations()
    {
        var result = Lbfgs.Minimize(Objective.Rosenbrock(), Start);
        Assert.Equal(Start, result.History[0].Point);
        Assert.Equal(0, result.History[0].StepLength);
        Assert.Equal(24.2, result.History[0].Value, 12);
        Assert.Equal(result.Iterations + 1, result.GradientEvaluations);
        Assert.True(result.FunctionEvaluations >= result.Iterations + 1);
        Assert.Equal(result.Minimizer, result.History[^1].Point);
    }

    [Fact]
    public void RecordPointsOff_KeepsValuesButNotPoints()
    {
        var result = Lbfgs.Minimize(Objective.Rosenbrock(), Start, new LbfgsOptions { RecordPoints = false });
        Assert.All(result.History, it => Assert.Null(it.Point));
        Assert.True(result.History[^1].GradientNorm <= 1e-8);
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
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
        Assert.Equal(StopReason.MaxIterations, result.Convergence.Reason);
        Assert.False(result.Convergence.Converged);
        Assert.Equal(5, result.Convergence.Iterations);
        Assert.Contains("MaxIterations = 5", result.Convergence.Message);
        Assert.Contains("raise MaxIterations", result.Convergence.Message);
    }

    [Fact]
    public void AFixedStepThatIsTooLarge_IsReportedAsDivergence()
    {
        // η = 1 ≫ 2/L on Rosenbrock: the iterates blow up until f overflows.
        var result = GradientDescent.Minimize(Objective.Rosenbrock(), Start, new GradientDescentOptions { Backtracking = false, StepSize = 1 });
        Assert.Equal(StopReason.Diverged, result.Convergence.Reason);
        Assert.Contains("lower the step size", result.Convergence.Message);
    }

    [Fact]
    public void AWrongGradient_MakesTheLineSearchFailAndSaysToCheckIt()
    {
        var rosenbrock = Objective.Rosenbrock();
        var wrong = Objective.From(rosenbrock.Value, x => -rosenbrock.Gradient(x)); // points uphill
        var result = GradientDescent.Minimize(wrong, Start);
        Assert.Equal(StopReason.LineSearchFailed, result.Convergence.Reason);
        Assert.Contains("FiniteDifferences.CheckGradient", result.Convergence.Message);
        Assert.Equal(0, result.Convergence.Iterations);
    }

    [Fact]
    public void NewtonWithANegatedHessian_StillDescendsBecauseDampingRestoresPositiveDefiniteness()
    {
        var rosenbrock = Objective.Rosenbrock();
        var wrong = Objective.From(rosenbrock.Value, rosenbrock.Gradient, x => -rosenbrock.Hessian(x));
        // −H is negative definite at the start; damping shifts it until positive definite, so Newton still descends.
        var result = DampedNewton.Minimize(wrong, Start, new DampedNewtonOptions { MaxIterations = 3 });
        Assert.NotEqual(StopReason.Diverged, result.Convergence.Reason);
        Assert.True(result.History.Zip(result.History.Skip(1)).All(p => p.Second.Value < p.First.Value));
    }

    [Fact]
    public void AStepToleranceStopsTheRunAndCountsAsConvergence()
    {
        var result = GradientDescent.Minimize(Objective.Rosenbrock(), Start,
            new GradientDescentOptions { StepTolerance = 1e-4, Tolerance = 0 });
        Assert.Equal(StopReason.StepTolerance, result.Convergence.Reason);
        Assert.True(result.Convergence.Converged);
        Assert.True(result.History[^1].StepLength <= 1e-4);
    }

    [Fact]
    public void History_StartsAtTheStartPointAndCountsEvaluations()
    {
        var result = Lbfgs.Minimize(Objective.Rosenbrock(), Start);
        Assert.Equal(Start, result.History[0].Point);
        Assert.Equal(0, result.History[0].StepLength);
        Assert.Equal(24.2, result.History[0].Value, 12);
        Assert.Equal(result.Convergence.Iterations + 1, result.GradientEvaluations);
        Assert.True(result.FunctionEvaluations >= result.Convergence.Iterations + 1);
        Assert.Equal(result.Minimizer, result.History[^1].Point);
    }

    [Fact]
    public void KeepTraceOff_KeepsTheFinalStateAndCountsButNoHistory()
    {
        var traced = Lbfgs.Minimize(Objective.Rosenbrock(), Start);
        var result = Lbfgs.Minimize(Objective.Rosenbrock(), Start, new LbfgsOptions { KeepTrace = false });
        Assert.Empty(result.History);
        Assert.Empty(result.Convergence.Trace);
        Assert.Equal(traced.Convergence.Iterations, result.Convergence.Iterations);
        Assert.Equal(traced.Minimizer, result.Minimizer);
        Assert.True(result.GradientNorm <= 1e-8);
        Assert.Equal(traced.History.Select(it => it.GradientNorm), traced.Convergence.Trace);
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Optimization;
using MlDerivations.Regression;
using MlDerivations.Tests.Regression;

namespace MlDerivations.Tests.Iterative;

/// <summary>A caller or a claim can refuse an unconverged result, and is told why.</summary>
public sealed class RequireConvergedTests
{
    [Fact]
    public void AConvergedResult_IsReturnedAsItIs()
    {
        var model = Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y, new LassoOptions { Lambda = 0.05 });
        Assert.Same(model, model.RequireConverged());
    }

    [Fact]
    public void AnUnconvergedModel_ThrowsWithTheMethodsOwnMessage()
    {
        var model = Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y, new LassoOptions { Lambda = 0.05, MaxIterations = 1 });
        var thrown = Assert.Throws<NotConvergedException>(() => model.RequireConverged());
        Assert.IsAssignableFrom<InvalidOperationException>(thrown);
        Assert.Same(model.Convergence, thrown.Convergence);
        Assert.StartsWith("The iteration did not converge, so its result is only the last iterate: NOT converged (MaxIterations): lasso: stopped at MaxIterations = 1 sweeps", thrown.Message);
        Assert.Contains("raise MaxIterations or loosen Tolerance", thrown.Message);
    }

    [Fact]
    public void AnOptimiserThatDiverged_ThrowsNamingTheReason()
    {
        // η = 1 ≫ 2/L on Rosenbrock: the iterates blow up (see StopReasonTests).
        var result = GradientDescent.Minimize(Objective.Rosenbrock(), Vector<double>.Build.DenseOfArray([-1.2, 1.0]),
            new GradientDescentOptions { Backtracking = false, StepSize = 1 });
        var thrown = Assert.Throws<NotConvergedException>(() => result.RequireConverged());
        Assert.Contains("NOT converged (Diverged)", thrown.Message);
        Assert.Contains("lower the step size", thrown.Message);
    }

    [Fact]
    public void Null_IsRejectedByName()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => ((LassoModel)null!).RequireConverged());
        Assert.Equal("result", thrown.ParamName);
        Assert.StartsWith("ConvergenceRequirement.Result must be", thrown.Message);
    }
}

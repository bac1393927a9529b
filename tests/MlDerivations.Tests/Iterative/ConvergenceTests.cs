using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.LinearAlgebra;
using MlDerivations.Optimization;
using MlDerivations.Regression;
using MlDerivations.Tests.Regression;

namespace MlDerivations.Tests.Iterative;

/// <summary>The one convergence record, on runs that converge and on runs that cannot (MaxIterations = 1).</summary>
public sealed class ConvergenceTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    /// <summary>
    /// Power iteration on diag(3, 1) from v₀ ∝ (1, 1): v_k ∝ (1, t) with t = 3^−k, so by hand
    /// λ_k = (3 + t²)/(1 + t²), ‖Av_k − λ_kv_k‖ = 2t/(1 + t²) and the relative residual is 2t/(3 + t²).
    /// </summary>
    private static double PowerResidual(int k)
    {
        double t = Math.Pow(3, -k);
        return 2 * t / (3 + t * t);
    }

    private static readonly Matrix<double> Diag31 = Matrix<double>.Build.DiagonalOfDiagonalArray([3, 1]);

    [Fact]
    public void PowerIteration_Converged_TraceIsTheHandWorkedRelativeResidual()
    {
        var result = PowerIteration.Dominant(Diag31, new PowerIterationOptions { Start = V(1, 1), Tolerance = 1e-10 });
        var c = result.Convergence;
        Assert.True(c.Converged);
        Assert.Equal(StopReason.Tolerance, c.Reason);
        int first = Enumerable.Range(0, 100).First(k => PowerResidual(k) <= 1e-10);   // 2·3^−k/3 ≤ 1e-10 first at k = 21
        Assert.Equal(first + 1, c.Iterations);
        Assert.Equal(c.Iterations, c.Trace.Count);
        for (int k = 0; k < c.Trace.Count; k++)
            Assert.Equal(PowerResidual(k), c.Trace[k], PowerResidual(k) * 1e-9 + 1e-16);
        Assert.StartsWith("power iteration: relative residual", c.Message);
        Assert.Contains($"after {c.Iterations} products", c.Message);
    }

    [Fact]
    public void PowerIteration_OneProduct_CannotConverge()
    {
        var c = PowerIteration.Dominant(Diag31, new PowerIterationOptions { Start = V(1, 1), MaxIterations = 1 }).Convergence;
        Assert.False(c.Converged);
        Assert.Equal(StopReason.MaxIterations, c.Reason);
        Assert.Equal(1, c.Iterations);
        Assert.Equal([0.5], c.Trace);                           // λ₀ = 2, ‖Av₀ − 2v₀‖ = 1
        Assert.Contains("stopped at MaxIterations = 1 products with relative residual ‖Av − λv‖/|λ| = 0.5 > Tolerance 1E-10", c.Message);
    }

    [Fact]
    public void GradientDescent_TraceIsTheGradientNormOfEachIterate()
    {
        // f = ½‖x‖², ∇f = x, fixed η = ½ from (2, 0): x_k = 2^(1−k)·(1, 0), so ‖∇f(x_k)‖ = 2^(1−k), ≤ 1e-3 first at k = 11.
        var f = Objective.Quadratic(Matrix<double>.Build.DenseIdentity(2), V(0, 0));
        var run = GradientDescent.Minimize(f, V(2, 0), new GradientDescentOptions { Backtracking = false, StepSize = 0.5, Tolerance = 1e-3 });
        Assert.True(run.Convergence.Converged);
        Assert.Equal(11, run.Convergence.Iterations);
        Assert.Equal(Enumerable.Range(0, 12).Select(k => Math.Pow(2, 1 - k)), run.Convergence.Trace);

        var cut = GradientDescent.Minimize(f, V(2, 0), new GradientDescentOptions { Backtracking = false, StepSize = 0.5, MaxIterations = 1 });
        Assert.False(cut.Convergence.Converged);
        Assert.Equal(StopReason.MaxIterations, cut.Convergence.Reason);
        Assert.Equal(1, cut.Convergence.Iterations);
        Assert.Equal([2.0, 1.0], cut.Convergence.Trace);
    }

    [Fact]
    public void Lasso_Converged_LastTraceEntryIsTheRelativeGapComputedFromTheResidual()
    {
        var (x, y) = (RegressionFixtures.X, RegressionFixtures.Y);
        const double lambda = 0.05;
        var model = Lasso.Fit(x, y, new LassoOptions { Lambda = lambda, Tolerance = 1e-10 });
        var c = model.Convergence;
        Assert.True(c.Converged, c.Message);
        Assert.Equal(c.Iterations, c.Trace.Count);
        Assert.True(c.Trace[^1] <= 1e-10);

        // Independently of the Gram form: centre, take r = yc − Xc w, the dual point θ = r·min(1, nλ/‖Xcᵀr‖∞),
        // P = ‖r‖²/(2n) + λ‖w‖₁, D = (‖yc‖² − ‖yc − θ‖²)/(2n); the relative gap is n(P − D)/‖yc‖².
        int n = x.RowCount;
        var xc = x - Matrix<double>.Build.Dense(n, x.ColumnCount, (_, j) => x.Column(j).Average());
        var yc = y - y.Average();
        var r = yc - xc * model.Coefficients;
        var theta = r * Math.Min(1, n * lambda / xc.TransposeThisAndMultiply(r).AbsoluteMaximum());
        double primal = r.DotProduct(r) / (2 * n) + lambda * model.Coefficients.L1Norm();
        double dual = (yc.DotProduct(yc) - (yc - theta).DotProduct(yc - theta)) / (2 * n);
        Assert.Equal(n * (primal - dual) / yc.DotProduct(yc), c.Trace[^1], 1e-12);
    }

    [Fact]
    public void Lasso_OneSweep_CannotConverge()
    {
        var c = Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y, new LassoOptions { Lambda = 0.05, MaxIterations = 1 }).Convergence;
        Assert.False(c.Converged);
        Assert.Equal(StopReason.MaxIterations, c.Reason);
        Assert.Equal(1, c.Iterations);
        Assert.Single(c.Trace);
        Assert.True(c.Trace[0] > 1e-4, $"one sweep left a relative gap of {c.Trace[0]}");
        Assert.Contains("lasso: stopped at MaxIterations = 1 sweeps", c.Message);
        Assert.Contains("raise MaxIterations or loosen Tolerance", c.Message);
    }

    [Fact]
    public void Evidence_TraceIsTheRelativeChangeOfAlphaAndBeta()
    {
        var model = BayesianLinearRegression.FitEvidence(RegressionFixtures.X, RegressionFixtures.Y);
        var c = model.Convergence;
        Assert.True(c.Converged, c.Message);
        Assert.Equal(c.Iterations, c.Trace.Count);
        Assert.Equal(c.Iterations, model.EvidenceTrace.Count);
        Assert.True(c.Trace[^1] <= 1e-10 && c.Trace[^2] > 1e-10);

        var cut = BayesianLinearRegression.FitEvidence(RegressionFixtures.X, RegressionFixtures.Y, new EvidenceOptions { MaxIterations = 1 }).Convergence;
        Assert.False(cut.Converged);
        Assert.Equal((StopReason.MaxIterations, 1), (cut.Reason, cut.Iterations));
        Assert.Equal(c.Trace[0], cut.Trace.Single());
    }

    [Fact]
    public void QuadraticProgram_OneIteration_CannotConverge()
    {
        // min ½‖x‖² s.t. x₁ + x₂ ≥ 1: the answer (½, ½) needs several interior-point steps from x = 0.
        var q = Matrix<double>.Build.DenseIdentity(2);
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { -1, -1 } });
        var solved = QuadraticProgram.Solve(q, V(0, 0), a, V(-1));
        var cut = QuadraticProgram.Solve(q, V(0, 0), a, V(-1), options: new QuadraticProgramOptions { MaxIterations = 1 });
        Assert.True(solved.Convergence.Converged, solved.Convergence.Message);
        Assert.Equal(solved.Convergence.Iterations + 1, solved.Convergence.Trace.Count);
        Assert.False(cut.Convergence.Converged);
        Assert.Equal((StopReason.MaxIterations, 1), (cut.Convergence.Reason, cut.Convergence.Iterations));
        Assert.Equal(solved.Convergence.Trace.Take(2), cut.Convergence.Trace);
    }

    [Fact]
    public void KeepTraceOff_LeavesTheRecordButNoTrace()
    {
        var power = PowerIteration.Dominant(Diag31, new PowerIterationOptions { Start = V(1, 1), KeepTrace = false });
        Assert.Empty(power.Convergence.Trace);
        Assert.Empty(power.Vectors);
        Assert.Equal(PowerIteration.Dominant(Diag31, new PowerIterationOptions { Start = V(1, 1) }).Convergence.Iterations, power.Convergence.Iterations);
        var lasso = Lasso.Fit(RegressionFixtures.X, RegressionFixtures.Y, new LassoOptions { Lambda = 0.05, KeepTrace = false });
        Assert.Empty(lasso.Convergence.Trace);
        Assert.True(lasso.Convergence.Converged);
    }

    [Fact]
    public void AClosedFormFit_IsExactWithNoIterations()
    {
        var c = BayesianLinearRegression.Fit(RegressionFixtures.X, RegressionFixtures.Y).Convergence;
        Assert.Equal((StopReason.Exact, 0, true), (c.Reason, c.Iterations, c.Converged));
        Assert.Empty(c.Trace);
    }
}

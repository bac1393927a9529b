using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

/// <summary>The interior-point QP against brute-force enumeration of active sets and hand-worked cases.</summary>
public sealed class QuadraticProgramTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    private static Matrix<double> M(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    private static readonly Matrix<double> Q3 = M(new double[,] { { 4, 1, 0 }, { 1, 3, 0.5 }, { 0, 0.5, 2 } });
    private static readonly Vector<double> C3 = V(-8, -3, -3);
    private static readonly Matrix<double> A4 = M(new double[,] { { 1, 1, 1 }, { -1, 0, 0 }, { 0, -1, 0 }, { 1, -1, 2 } });
    private static readonly Vector<double> B4 = V(1.5, 0, 0, 1);

    [Fact]
    public void HandWorkedProjectionOntoAHalfPlane_HasXHalfHalfAndLambdaHalf()
    {
        // min ½(x₁² + x₂²) s.t. x₁ + x₂ ≥ 1: stationarity x = λ(1, 1) and x₁ + x₂ = 1 give x = (½, ½), λ = ½.
        var result = QuadraticProgram.Solve(Matrix<double>.Build.DenseIdentity(2), V(0, 0), M(new double[,] { { -1, -1 } }), V(-1));
        Assert.True(result.Convergence.Converged, result.Convergence.Message);
        Assert.True((result.X - V(0.5, 0.5)).InfinityNorm() <= 1e-9);
        Assert.Equal(0.5, result.Lambda[0], 9);
        Assert.Equal([0], result.ActiveConstraints);
    }

    [Fact]
    public void InequalityQp_MatchesBruteForceActiveSetEnumeration()
    {
        var result = QuadraticProgram.Solve(Q3, C3, A4, B4);
        var (x, lambda, _) = BruteForce(Q3, C3, A4, B4, Matrix<double>.Build.Dense(0, 3), Vector<double>.Build.Dense(0));

        Assert.True(result.Convergence.Converged, result.Convergence.Message);
        Assert.True((result.X - x).InfinityNorm() <= 1e-8, $"{result.X} vs {x}");
        Assert.True((result.Lambda - lambda).InfinityNorm() <= 1e-8, $"{result.Lambda} vs {lambda}");
        AssertKktAndGapVanish(result);
        Assert.Equal(Enumerable.Range(0, 4).Where(i => lambda[i] > 1e-9), result.ActiveConstraints);
    }

    [Fact]
    public void QpWithAnEqualityConstraint_MatchesBruteForceIncludingNu()
    {
        var e = M(new double[,] { { 1, -2, 1 } });
        var d = V(0.2);
        var result = QuadraticProgram.Solve(Q3, C3, A4, B4, e, d);
        var (x, lambda, nu) = BruteForce(Q3, C3, A4, B4, e, d);

        Assert.True(result.Convergence.Converged, result.Convergence.Message);
        Assert.True((result.X - x).InfinityNorm() <= 1e-8);
        Assert.True((result.Lambda - lambda).InfinityNorm() <= 1e-8);
        Assert.True((result.Nu - nu).InfinityNorm() <= 1e-8);
        AssertKktAndGapVanish(result);
    }

    [Fact]
    public void TwoVariableQp_WithInactiveConstraintsOnly_ReturnsTheUnconstrainedMinimiser()
    {
        var q = M(new double[,] { { 2, 0 }, { 0, 1 } });
        var result = QuadraticProgram.Solve(q, V(-2, -1), M(new double[,] { { 1, 0 }, { 0, 1 }, { -1, -1 } }), V(5, 5, 5));
        Assert.True((result.X - V(1, 1)).InfinityNorm() <= 1e-9); // −Q⁻¹c
        Assert.Empty(result.ActiveConstraints);
        Assert.True(result.Lambda.InfinityNorm() <= 1e-9);
    }

    [Fact]
    public void Solve_WithASemiDefiniteQNamesTheZeroPivotAndSuggestsAddingAMultipleOfI()
    {
        // Q = [[1, 1], [1, 1]]: the second Cholesky pivot is 1 − 1² = 0, exactly.
        var thrown = Assert.Throws<MlDerivations.LinearAlgebra.NotPositiveDefiniteException>(
            () => QuadraticProgram.Solve(M(new double[,] { { 1, 1 }, { 1, 1 } }), V(1, 1), M(new double[,] { { 1, 0 } }), V(1)));
        Assert.Equal("q", thrown.ParamName);
        Assert.Equal(1, thrown.Pivot);
        Assert.StartsWith("QuadraticProgram.Q must be positive definite; got pivot j = 1", thrown.Message);
        Assert.Contains("small multiple of I", thrown.Message);
    }

    [Fact]
    public void DualFunction_IsALowerBoundForEveryNonNegativeLambda()
    {
        var optimum = QuadraticProgram.Solve(Q3, C3, A4, B4).Value;
        var random = new Random(5);
        var problem = new QuadraticProgram.Problem(Q3, C3, A4, B4, Matrix<double>.Build.Dense(0, 3), Vector<double>.Build.Dense(0));
        for (int i = 0; i < 100; i++)
        {
            var lambda = Vector<double>.Build.Dense(4, _ => random.NextDouble() * 5);
            Assert.True(QuadraticProgram.DualFunction(problem, lambda, Vector<double>.Build.Dense(0)) <= optimum + 1e-12);
        }
    }

    [Fact]
    public void InfeasibleConstraints_AreReportedAsNotConvergedWithAHint()
    {
        // x ≤ 0 and x ≥ 1 cannot both hold.
        var result = QuadraticProgram.Solve(M(new double[,] { { 1 } }), V(0), M(new double[,] { { 1 }, { -1 } }), V(0, -1),
            options: new QuadraticProgramOptions { MaxIterations = 50 });
        Assert.False(result.Convergence.Converged);
        Assert.Contains("infeasible", result.Convergence.Message);
        Assert.InRange(result.Convergence.Iterations, 1, 50);
        Assert.True(result.Residuals.PrimalFeasibility > 0.1);
    }

    [Fact]
    public void BoxConstrainedQp_AgreesWithProjectedGradientAndSatisfiesKktComputedHere()
    {
        // 8 variables, bounds −0.3 ≤ x ≤ 0.4 written as [I; −I]x ≤ [u; −l]: an independent solver (projected
        // gradient on the box) must find the same x, and the KKT conditions are recomputed here from x, λ.
        const int n = 8;
        var q = TestProblems.QuadraticWithConditionNumber(n, 0.5, 20, seed: 21);
        var c = TestProblems.SeededVector(n, seed: 22) * 5;
        var identity = Matrix<double>.Build.DenseIdentity(n);
        var a = identity.Stack(-identity);
        var b = Vector<double>.Build.Dense(2 * n, i => i < n ? 0.4 : 0.3);

        var qp = QuadraticProgram.Solve(q, c, a, b);
        var box = ConvexSet.Box(Vector<double>.Build.Dense(n, -0.3), Vector<double>.Build.Dense(n, 0.4));
        var pg = ProjectedGradient.Minimize(Objective.Quadratic(q, c), box, Vector<double>.Build.Dense(n),
            new ProjectedGradientOptions { Backtracking = false, StepSize = 1.0 / 20, Tolerance = 1e-11 }); // η = 1/L

        Assert.True(qp.Convergence.Converged && pg.Convergence.Converged, $"{qp.Convergence.Message} / {pg.Convergence.Message}");
        Assert.True((qp.X - pg.Minimizer).InfinityNorm() <= 1e-8, $"{qp.X} vs {pg.Minimizer}");
        Assert.True(qp.ActiveConstraints.Count > 0, "the test needs some bounds active");
        var slack = b - a * qp.X;
        Assert.True((q * qp.X + c + a.TransposeThisAndMultiply(qp.Lambda)).InfinityNorm() <= 1e-8);
        Assert.True(slack.Minimum() >= -1e-10 && qp.Lambda.Minimum() >= 0);
        Assert.True(qp.Lambda.PointwiseMultiply(slack).InfinityNorm() <= 1e-9);
    }

    private static void AssertKktAndGapVanish(QuadraticProgramResult result)
    {
        Assert.True(result.Residuals.Max <= 1e-8, result.Convergence.Message);
        Assert.InRange(result.DualityGap, -1e-9, 1e-8);
    }

    /// <summary>
    /// For every subset W of the inequalities, solves the equality-constrained KKT system
    /// [Q, A_Wᵀ, Eᵀ; A_W, 0, 0; E, 0, 0][x; λ_W; ν] = [−c; b_W; d] and keeps the W whose solution is
    /// primal feasible with λ_W ≥ 0. For positive definite Q exactly one such KKT point exists.
    /// </summary>
    private static (Vector<double> X, Vector<double> Lambda, Vector<double> Nu) BruteForce(
        Matrix<double> q, Vector<double> c, Matrix<double> a, Vector<double> b, Matrix<double> e, Vector<double> d)
    {
        int n = q.RowCount, m = a.RowCount, p = e.RowCount;
        for (int mask = 0; mask < 1 << m; mask++)
        {
            var w = Enumerable.Range(0, m).Where(i => (mask >> i & 1) == 1).ToList();
            int size = n + w.Count + p;
            var k = Matrix<double>.Build.Dense(size, size);
            var rhs = Vector<double>.Build.Dense(size);
            k.SetSubMatrix(0, 0, q);
            for (int j = 0; j < n; j++) rhs[j] = -c[j];
            for (int r = 0; r < w.Count + p; r++)
            {
                var row = r < w.Count ? a.Row(w[r]) : e.Row(r - w.Count);
                k.SetRow(n + r, 0, n, row);
                k.SetColumn(n + r, 0, n, row);
                rhs[n + r] = r < w.Count ? b[w[r]] : d[r - w.Count];
            }
            var solution = k.Solve(rhs);
            var x = solution.SubVector(0, n);
            var lambda = Vector<double>.Build.Dense(m);
            for (int r = 0; r < w.Count; r++) lambda[w[r]] = solution[n + r];
            if ((a * x - b).Maximum() <= 1e-10 && lambda.Minimum() >= -1e-10)
                return (x, lambda, solution.SubVector(n + w.Count, p));
        }
        throw new InvalidOperationException("no active set satisfies the KKT conditions");
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.LinearAlgebra;
using MlDerivations.Optimization;

namespace MlDerivations.Tests.Optimization;

/// <summary>The rates chapter 4 claims: (4.3) for gradient descent, acceleration by momentum, (4.8) for Newton.</summary>
public sealed class ConvergenceRateTests
{
    private const double Mu = 1, L = 100;
    private static readonly Matrix<double> Q = TestProblems.QuadraticWithConditionNumber(6, Mu, L, seed: 7);
    private static readonly Vector<double> C = TestProblems.SeededVector(6, seed: 8);
    private static readonly Vector<double> Minimizer = -Q.Solve(C); // closed form x* = −Q⁻¹c
    private static readonly Vector<double> Start = TestProblems.SeededVector(6, seed: 9) * 10;

    [Fact]
    public void GradientDescentWithStepTwoOverLPlusMu_ContractsAtLeastAsFastAsTheConditionNumberBound()
    {
        var result = GradientDescent.Minimize(Objective.Quadratic(Q, C), Start,
            new GradientDescentOptions { Backtracking = false, StepSize = 2 / (L + Mu), Tolerance = 1e-10 });

        double kappa = L / Mu, rate = (kappa - 1) / (kappa + 1), initial = (Start - Minimizer).L2Norm();
        Assert.True(result.Convergence.Converged, result.Convergence.Message);
        foreach (var it in result.History)
            Assert.True((it.Point! - Minimizer).L2Norm() <= Math.Pow(rate, it.Index) * initial * (1 + 1e-9) + 1e-12, $"iterate {it.Index}");
        // The bound is nearly tight on the extreme eigenvectors, so GD needs on the order of κ iterations.
        Assert.InRange(result.Convergence.Iterations, 100, 2000);
    }

    [Fact]
    public void TunedHeavyBallAndNesterov_NeedFarFewerIterationsThanGradientDescent()
    {
        var objective = Objective.Quadratic(Q, C);
        double sqrtKappa = Math.Sqrt(L / Mu);
        var gd = GradientDescent.Minimize(objective, Start, new GradientDescentOptions { Backtracking = false, StepSize = 2 / (L + Mu) });
        var heavy = HeavyBall.Minimize(objective, Start, new HeavyBallOptions
        {
            StepSize = 4 / Math.Pow(Math.Sqrt(L) + Math.Sqrt(Mu), 2),
            Momentum = Math.Pow((sqrtKappa - 1) / (sqrtKappa + 1), 2),
        });
        var nesterov = Nesterov.Minimize(objective, Start, new NesterovOptions { StepSize = 1 / L, Momentum = (sqrtKappa - 1) / (sqrtKappa + 1) });

        foreach (var result in new[] { gd, heavy, nesterov })
        {
            Assert.True(result.Convergence.Converged, result.Convergence.Message);
            Assert.True((result.Minimizer - Minimizer).InfinityNorm() <= 1e-8, result.Convergence.Message);
        }
        Assert.True(heavy.Convergence.Iterations * 3 < gd.Convergence.Iterations, $"heavy ball {heavy.Convergence.Iterations} vs GD {gd.Convergence.Iterations}");
        Assert.True(nesterov.Convergence.Iterations * 3 < gd.Convergence.Iterations, $"Nesterov {nesterov.Convergence.Iterations} vs GD {gd.Convergence.Iterations}");
    }

    [Fact]
    public void NesterovWithTheConvexSchedule_ReachesTheMinimiser()
    {
        var result = Nesterov.Minimize(Objective.Quadratic(Q, C), Start, new NesterovOptions { StepSize = 1 / L, Tolerance = 1e-9 });
        Assert.True(result.Convergence.Converged, result.Convergence.Message);
        Assert.True((result.Minimizer - Minimizer).InfinityNorm() <= 1e-8);
    }

    [Fact]
    public void DampedNewton_SolvesAQuadraticInOneStep()
    {
        var result = DampedNewton.Minimize(Objective.Quadratic(Q, C), Start);
        Assert.Equal(1, result.Convergence.Iterations);
        Assert.True((result.Minimizer - Minimizer).InfinityNorm() <= 1e-12);
    }

    [Fact]
    public void DampedNewton_ConvergesQuadraticallyWithTheHandDerivedConstantOneHalf()
    {
        // f(x) = Σ exp(x_i) − exp(a_i)·x_i has x* = a. In one coordinate with u = x − a, Newton gives
        // u⁺ = u − 1 + exp(−u) = u²/2 − u³/6 + …, so e_{k+1}/e_k² → ½ in the max norm.
        var a = Vector<double>.Build.DenseOfArray([0.3, -0.2, 0.1]);
        var objective = Objective.From(
            x => x.Sum(Math.Exp) - x.DotProduct(a.Map(Math.Exp)),
            x => x.Map(Math.Exp) - a.Map(Math.Exp),
            x => Matrix<double>.Build.DiagonalOfDiagonalVector(x.Map(Math.Exp)));
        var result = DampedNewton.Minimize(objective, a + Vector<double>.Build.DenseOfArray([1.0, 0.5, -0.4]),
            new DampedNewtonOptions { Tolerance = 1e-14 });

        var errors = result.History.Select(it => (it.Point! - a).InfinityNorm()).ToList();
        var ratios = Enumerable.Range(0, errors.Count - 1)
            .Where(k => errors[k] < 0.05 && errors[k + 1] > 1e-12)
            .Select(k => errors[k + 1] / (errors[k] * errors[k]))
            .ToList();
        Assert.True(ratios.Count >= 2, $"errors: {string.Join(", ", errors)}");
        Assert.All(ratios, r => Assert.InRange(r, 0.45, 0.55));
    }

    [Fact]
    public void LbfgsAndDampedNewton_ReachTheSameOptimumOfARegularisedLogisticLoss()
    {
        var objective = LogisticLoss(out int n);
        var start = Vector<double>.Build.Dense(n);
        var newton = DampedNewton.Minimize(objective, start, new DampedNewtonOptions { Tolerance = 1e-10 });
        var lbfgs = Lbfgs.Minimize(objective, start, new LbfgsOptions { Tolerance = 1e-10 });

        Assert.True(newton.Convergence.Converged && lbfgs.Convergence.Converged, $"{newton.Convergence.Message} / {lbfgs.Convergence.Message}");
        Assert.True((newton.Minimizer - lbfgs.Minimizer).InfinityNorm() <= 1e-8);
        Assert.True(FiniteDifferences.Gradient(objective.Value, newton.Minimizer).InfinityNorm() <= 1e-6);
    }

    [Fact]
    public void LbfgsWithMemoryOne_StillConverges()
    {
        var result = Lbfgs.Minimize(Objective.Quadratic(Q, C), Start, new LbfgsOptions { Memory = 1 });
        Assert.True(result.Convergence.Converged, result.Convergence.Message);
        Assert.True((result.Minimizer - Minimizer).InfinityNorm() <= 1e-8 / Mu); // ‖x − x*‖ ≤ ‖∇f‖/μ
    }

    /// <summary>f(w) = Σ_i log(1 + exp(−y_i z_iᵀw)) + ½‖w‖² on seeded data; Hessian Σ p(1−p) z zᵀ + I.</summary>
    private static IObjective LogisticLoss(out int n)
    {
        var random = new Random(3);
        n = 4;
        int dim = n;
        var z = Matrix<double>.Build.Dense(40, n, (_, _) => random.NextDouble() * 4 - 2);
        var y = Vector<double>.Build.Dense(40, i => z[i, 0] - 0.5 * z[i, 1] + random.NextDouble() - 0.5 > 0 ? 1 : -1);
        Vector<double> Margins(Vector<double> w) => (z * w).PointwiseMultiply(y);
        return Objective.From(
            w => Margins(w).Sum(m => Math.Log(1 + Math.Exp(-m))) + 0.5 * w.DotProduct(w),
            w => z.TransposeThisAndMultiply(Margins(w).Map(m => -1 / (1 + Math.Exp(m))).PointwiseMultiply(y)) + w,
            w =>
            {
                var p = Margins(w).Map(m => 1 / (1 + Math.Exp(-m)));
                var weights = p.PointwiseMultiply(1 - p);
                return z.TransposeThisAndMultiply(z.MapIndexed((i, _, v) => weights[i] * v)) + Matrix<double>.Build.DenseIdentity(dim);
            });
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Options of <see cref="Lbfgs"/>.</summary>
public sealed record LbfgsOptions : LineSearchOptions
{
    /// <summary>m ≥ 1, the number of (s, y) pairs kept; 3–20 is usual, 10 by default.</summary>
    public int Memory { get; init; } = 10;

    internal override void Validate()
    {
        base.Validate();
        Guard.Satisfies(Memory, nameof(LbfgsOptions), nameof(Memory), Memory >= 1, "≥ 1");
    }
}

/// <summary>
/// Limited-memory BFGS (4.9): x_{k+1} = x_k − t_k H_k∇f(x_k), where H_k∇f is computed by the two-loop
/// recursion from the last m pairs s_i = x_{i+1} − x_i, y_i = ∇f_{i+1} − ∇f_i, ρ_i = 1/(y_iᵀs_i), with
/// H⁰ = (sᵀy/yᵀy)I from the newest pair, and t_k from Armijo backtracking (4.4) starting at t = 1
/// (t = min(1, 1/‖∇f‖) on the first step, which has no curvature information yet). A pair with
/// yᵀs ≤ 1e-10‖s‖‖y‖ would make H_k indefinite and is skipped. If a search along H_k∇f fails, the
/// memory is cleared and the step retried along −∇f before failure is reported.
/// </summary>
public static class Lbfgs
{
    /// <summary>Minimises f from x_0 by the update (4.9).</summary>
    /// <param name="objective">f with ∇f.</param>
    /// <param name="start">x_0 ∈ ℝⁿ, finite.</param>
    /// <param name="options">Memory m, line search and stopping rules; null for the defaults.</param>
    public static OptimizationResult Minimize(IObjective objective, Vector<double> start, LbfgsOptions? options = null)
    {
        options ??= new LbfgsOptions();
        IterationDriver.Validate(nameof(Lbfgs), objective, start, options);
        var counted = new CountingObjective(objective);
        var pairs = new LinkedList<CurvaturePair>();
        return IterationDriver.Run("L-BFGS", counted, start, options, (_, g) => g.L2Norm(), at =>
        {
            var outcome = pairs.Count == 0
                ? SteepestStep(counted, at, options)
                : BacktrackingLineSearch.Armijo(counted, at, -TwoLoop(at.Gradient, pairs), 1, options);
            if (outcome.Failure is not null && pairs.Count > 0)
            {
                pairs.Clear();
                outcome = SteepestStep(counted, at, options);
            }
            if (outcome.Failure is null)
                Remember(pairs, outcome.X - at.X, outcome.Gradient - at.Gradient, options.Memory);
            return outcome;
        });
    }

    /// <summary>One pair of the memory: s, y and ρ = 1/(yᵀs).</summary>
    private sealed record CurvaturePair(Vector<double> S, Vector<double> Y, double Rho);

    private static StepOutcome SteepestStep(IObjective objective, IterationState at, LbfgsOptions options) =>
        BacktrackingLineSearch.Armijo(objective, at, -at.Gradient, Math.Min(1, 1 / at.Gradient.L2Norm()), options);

    private static void Remember(LinkedList<CurvaturePair> pairs, Vector<double> s, Vector<double> y, int memory)
    {
        double sy = s.DotProduct(y);
        if (!(sy > 1e-10 * s.L2Norm() * y.L2Norm())) return; // curvature condition fails: keep H positive definite
        pairs.AddLast(new CurvaturePair(s, y, 1 / sy));
        if (pairs.Count > memory) pairs.RemoveFirst();
    }

    /// <summary>The two-loop recursion: returns H_k g for the inverse-Hessian approximation of (4.9).</summary>
    private static Vector<double> TwoLoop(Vector<double> gradient, LinkedList<CurvaturePair> pairs)
    {
        var q = gradient.Clone();
        var alphas = new Stack<double>(pairs.Count);
        for (var node = pairs.Last; node is not null; node = node.Previous) // newest to oldest
        {
            double alpha = node.Value.Rho * node.Value.S.DotProduct(q);
            q.Subtract(alpha * node.Value.Y, q);
            alphas.Push(alpha);
        }
        var newest = pairs.Last!.Value;
        var r = q * (newest.S.DotProduct(newest.Y) / newest.Y.DotProduct(newest.Y)); // H⁰ = γI
        for (var node = pairs.First; node is not null; node = node.Next) // oldest to newest
        {
            double beta = node.Value.Rho * node.Value.Y.DotProduct(r);
            r.Add((alphas.Pop() - beta) * node.Value.S, r);
        }
        return r;
    }
}

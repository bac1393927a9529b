using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Options of <see cref="Lbfgs"/>.</summary>
public sealed record LbfgsOptions : LineSearchOptions
{
    /// <summary>m ≥ 1, the number of (s, y) pairs kept; 3–20 is usual, 10 by default.</summary>
    public int Memory
    {
        get;
        init => field = Guard.AtLeast(value, nameof(LbfgsOptions), nameof(Memory), 1);
    } = 10;
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

    /// <summary>
    /// The two-loop recursion of (4.9) on a given memory: returns H·v, where H is the inverse-Hessian
    /// approximation that BFGS builds from H⁰ = γI, γ = s_newᵀy_new/(y_newᵀy_new), by applying the
    /// update H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, ρ = 1/(yᵀs), once per pair from oldest to newest.
    /// H is never formed: the cost is O(m n). It satisfies the secant condition H y_new = s_new.
    /// </summary>
    /// <param name="pairs">The memory (s_i, y_i), oldest first, m ≥ 1 pairs of vectors in ℝⁿ with y_iᵀs_i &gt; 0.</param>
    /// <param name="v">v ∈ ℝⁿ, the vector to multiply (∇f_k in the method itself).</param>
    public static Vector<double> InverseHessianTimes(IReadOnlyList<(Vector<double> S, Vector<double> Y)> pairs, Vector<double> v)
    {
        const string type = nameof(Lbfgs);
        Guard.NotNull(pairs, type, nameof(pairs));
        Guard.NotNull(v, type, nameof(v));
        if (pairs.Count == 0)
            throw Guard.Invalid(type, nameof(pairs), "hold at least one (s, y) pair", "an empty list");
        var memory = new LinkedList<CurvaturePair>();
        for (int i = 0; i < pairs.Count; i++)
        {
            var (s, y) = pairs[i];
            if (s is null || y is null || s.Count != v.Count || y.Count != v.Count)
                throw Guard.Invalid(type, nameof(pairs), $"hold pairs of vectors of length n = {v.Count} (the length of v)",
                    $"pair {i} with lengths {s?.Count.ToString() ?? "null"} and {y?.Count.ToString() ?? "null"}");
            double sy = s.DotProduct(y);
            if (!(sy > 0))
                throw Guard.Invalid(type, nameof(pairs), "satisfy the curvature condition yᵀs > 0 for every pair",
                    $"yᵀs = {sy.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)} for pair {i}");
            memory.AddLast(new CurvaturePair(s, y, 1 / sy));
        }
        return TwoLoop(v, memory);
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

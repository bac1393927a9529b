using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Options of <see cref="ProjectedGradient"/>.</summary>
public sealed record ProjectedGradientOptions : LineSearchOptions
{
    /// <summary>
    /// η &gt; 0: the fixed step when <see cref="Backtracking"/> is off (1/L is safe), else the first trial
    /// step; also the η of the gradient mapping G_η that is compared with Tolerance.
    /// </summary>
    public double StepSize
    {
        get;
        init => field = Guard.Positive(value, nameof(ProjectedGradientOptions), nameof(StepSize));
    } = 1;

    /// <summary>Backtrack t ← ρt along the projection arc until f(P(x − t∇f)) ≤ f(x) + c·∇fᵀ(P(x − t∇f) − x).</summary>
    public bool Backtracking { get; init; } = true;
}

/// <summary>
/// Projected gradient (4.11): x_{k+1} = P_C(x_k − t_k∇f(x_k)), with t_k = η fixed or from Armijo
/// backtracking along the projection arc. At a constrained minimiser ∇f need not vanish, so the
/// stationarity measure (history, stopping) is the gradient mapping ‖G_η(x)‖ = ‖x − P_C(x − η∇f(x))‖/η,
/// which is zero exactly at the minimisers of f over C. The start is projected onto C first.
/// The line search accepts f(P_C(x − t∇f)) ≤ f(x) + c·∇fᵀ(P_C(x − t∇f) − x); by (4.10) the right-hand
/// side's inner product is at most −‖P_C(x − t∇f) − x‖²/t &lt; 0, so it asks for a guaranteed decrease.
/// </summary>
public static class ProjectedGradient
{
    /// <summary>Minimises f over C from P_C(x_0) by the update (4.11).</summary>
    /// <param name="objective">f with ∇f.</param>
    /// <param name="set">C, e.g. <c>ConvexSet.Box(l, u)</c>, <c>ConvexSet.Simplex(n)</c>, <c>ConvexSet.Ball(c, r)</c>.</param>
    /// <param name="start">x_0 ∈ ℝⁿ, finite, of the set's dimension.</param>
    /// <param name="options">Step rule and stopping rules; null for the defaults.</param>
    public static OptimizationResult Minimize(
        IObjective objective, ConvexSet set, Vector<double> start, ProjectedGradientOptions? options = null)
    {
        options ??= new ProjectedGradientOptions();
        IterationDriver.Validate(nameof(ProjectedGradient), objective, start, options);
        Guard.NotNull(set, nameof(ProjectedGradient), nameof(set));
        Guard.Length(start, nameof(ProjectedGradient), nameof(start), set.Dimension, $"the set's dimension {set.Dimension}");
        var counted = new CountingObjective(objective);
        double eta = options.StepSize;
        string method = options.Backtracking ? "projected gradient (Armijo)" : "projected gradient (fixed step)";
        return IterationDriver.Run(method, counted, set.Project(start), options,
            (x, g) => (x - set.ProjectUnchecked(x - eta * g)).L2Norm() / eta,
            at => options.Backtracking
                ? BacktrackingLineSearch.AlongPath(counted, at, t => set.ProjectUnchecked(at.X - t * at.Gradient), eta, options)
                : FixedStep(counted, set, at, eta),
            "‖G_η(x)‖");
    }

    private static StepOutcome FixedStep(IObjective objective, ConvexSet set, IterationState at, double eta)
    {
        var next = set.ProjectUnchecked(at.X - eta * at.Gradient);
        return StepOutcome.At(objective, next);
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;

namespace MlDerivations.Optimization;

/// <summary>
/// Backtracking line search for the Armijo condition (4.4): starting from t = t₀, shrink t ← ρt until
/// f(x + t d) ≤ f(x) + c·t·∇f(x)ᵀd. Along a descent direction (∇fᵀd &lt; 0) of a smooth f some t &gt; 0
/// always satisfies it, so failure means a wrong gradient or an x already optimal to rounding.
/// </summary>
internal static class BacktrackingLineSearch
{
    /// <summary>Searches along the ray x + t d; returns the accepted point with f and ∇f there, or why none was found.</summary>
    public static StepOutcome Armijo(
        IObjective objective, IterationState at, Vector<double> direction, double initialStep, LineSearchOptions options)
    {
        double slope = at.Gradient.DotProduct(direction);
        if (!(slope < 0))
            return StepOutcome.Failed(StopReason.LineSearchFailed,
                $"the search direction is not a descent direction (∇fᵀd = {Html.Number(slope, 3)} ≥ 0); the gradient or Hessian may be wrong: check them with FiniteDifferences.");
        return AlongPath(objective, at, t => at.X + t * direction, initialStep, options);
    }

    /// <summary>
    /// Searches along a path t ↦ x(t) with x(0) = x, accepting the first t = t₀ρ^j with
    /// f(x(t)) ≤ f(x) + c·∇f(x)ᵀ(x(t) − x). On the ray x(t) = x + t d this is (4.4); on the projection
    /// arc x(t) = P_C(x − t∇f) it is the projected-gradient rule of (4.11).
    /// </summary>
    public static StepOutcome AlongPath(
        IObjective objective, IterationState at, Func<double, Vector<double>> path, double initialStep, LineSearchOptions options)
    {
        double t = initialStep;
        for (int i = 0; i <= options.MaxBacktracks; i++, t *= options.Shrink)
        {
            var candidate = path(t);
            double value = objective.Value(candidate);
            if (value <= at.Value + options.ArmijoC * at.Gradient.DotProduct(candidate - at.X))
                return StepOutcome.At(objective, candidate, value);
        }
        return StepOutcome.Failed(StopReason.LineSearchFailed,
            $"no step t ≥ {Html.Number(t / options.Shrink, 3)} gave f(x(t)) ≤ f(x) + c·∇fᵀ(x(t) − x) (c = {Html.Number(options.ArmijoC)}, {options.MaxBacktracks} shrinks from t = {Html.Number(initialStep)}). " +
            "Either ∇f is wrong (check it with FiniteDifferences.CheckGradient) or x is optimal to rounding: loosen Tolerance.");
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;

namespace MlDerivations.Optimization;

/// <summary>
/// Backtracking line search for the Armijo condition (4.4): starting from t = t₀, shrink t ← ρt until
/// f(x + t d) ≤ f(x) + c·t·∇f(x)ᵀd. Along a descent direction (∇fᵀd &lt; 0) of a smooth f some t &gt; 0
/// always satisfies it, so failure means a wrong gradient or an x already optimal to rounding.
/// </summary>
internal static class BacktrackingLineSearch
{
    /// <summary>Searches along d from x; returns x + t d with its value, or a failure that says why.</summary>
    public static StepOutcome Armijo(
        IObjective objective, IterationState at, Vector<double> direction, double initialStep, LineSearchOptions options)
    {
        double slope = at.Gradient.DotProduct(direction);
        if (!(slope < 0))
            return StepOutcome.Failed(StopReason.LineSearchFailed,
                $"the search direction is not a descent direction (∇fᵀd = {Html.Number(slope, 3)} ≥ 0); the gradient or Hessian may be wrong: check them with FiniteDifferences.");
        double t = initialStep;
        for (int i = 0; i <= options.MaxBacktracks; i++, t *= options.Shrink)
        {
            var candidate = at.X + t * direction;
            double value = objective.Value(candidate);
            if (value <= at.Value + options.ArmijoC * t * slope)
                return new StepOutcome(candidate, value, objective.Gradient(candidate), null, null);
        }
        return StepOutcome.Failed(StopReason.LineSearchFailed,
            $"no step t ≥ {Html.Number(t / options.Shrink, 3)} gave f(x + t d) ≤ f(x) + c·t·∇fᵀd (c = {Html.Number(options.ArmijoC)}, {options.MaxBacktracks} shrinks from t = {Html.Number(initialStep)}). " +
            "Either ∇f is wrong (check it with FiniteDifferences.CheckGradient) or x is optimal to rounding: loosen GradientTolerance.");
    }
}

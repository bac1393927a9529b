using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>The current iterate handed to a method's update: k, x_k, f(x_k), ∇f(x_k).</summary>
internal sealed record IterationState(int K, Vector<double> X, double Value, Vector<double> Gradient);

/// <summary>What one update produced: x_{k+1} with f and ∇f there, or why no update was possible.</summary>
internal readonly record struct StepOutcome(Vector<double> X, double Value, Vector<double> Gradient, StopReason? Failure, string? Why)
{
    /// <summary>A successful update to x, evaluating f(x) and ∇f(x).</summary>
    public static StepOutcome At(IObjective objective, Vector<double> x) => new(x, objective.Value(x), objective.Gradient(x), null, null);

    /// <summary>A successful update to x whose f(x) is already known (a line search computed it).</summary>
    public static StepOutcome At(IObjective objective, Vector<double> x, double value) => new(x, value, objective.Gradient(x), null, null);

    public static StepOutcome Failed(StopReason reason, string why) => new(null!, double.NaN, null!, reason, why);
}

/// <summary>
/// The loop every optimiser shares: check the stopping rules, ask the method for x_{k+1}, record the
/// iterate, count evaluations, and stop with a stated reason. Methods supply only their update.
/// </summary>
internal static class IterationDriver
{
    /// <summary>Validates the arguments every Minimize takes (the options validated themselves when set).</summary>
    public static void Validate(string type, IObjective? objective, Vector<double>? start, OptimizerOptions? options)
    {
        Guard.NotNull(objective, type, nameof(objective));
        Guard.FiniteVector(start, type, nameof(start));
        Guard.NotNull(options, type, nameof(options));
    }

    /// <param name="method">The method's name for messages, e.g. "L-BFGS".</param>
    /// <param name="objective">The counting wrapper the update also evaluates through.</param>
    /// <param name="start">x_0, already valid.</param>
    /// <param name="options">Stopping rules.</param>
    /// <param name="stationarity">(x, ∇f(x)) ↦ the measure compared with Tolerance.</param>
    /// <param name="update">The method's step x_k → x_{k+1}.</param>
    /// <param name="measureName">How messages name the stationarity measure.</param>
    public static OptimizationResult Run(
        string method, CountingObjective objective, Vector<double> start, OptimizerOptions options,
        Func<Vector<double>, Vector<double>, double> stationarity, Func<IterationState, StepOutcome> update,
        string measureName = "‖∇f‖")
    {
        var x = start.Clone();
        double value = objective.Value(x);
        var gradient = objective.Gradient(x);
        var history = new List<Iterate>();
        var trace = options.KeepTrace ? new List<double>() : null;
        double measure = Record(0, 0);
        if (!IsFinite(value, gradient))
            return Stop(0, StopReason.Diverged, $"f or ∇f is not finite at the start (f = {Html.Number(value)}): choose a start where the objective is defined.");

        for (int k = 0; ; k++)
        {
            if (measure <= options.Tolerance)
                return Finish(Convergence.Met(method, measureName, measure, options.Tolerance, k, "iterations", trace));
            if (k == options.MaxIterations)
                return Finish(Convergence.Exhausted(method, measureName, measure, options.Tolerance, k, "iterations",
                    "raise MaxIterations, loosen Tolerance, or use a faster method (L-BFGS, Newton)", trace));
            var outcome = update(new IterationState(k, x, value, gradient));
            if (outcome.Failure is { } failure)
                return Stop(k, failure, $"iteration {k + 1}: {outcome.Why}");
            double stepLength = (outcome.X - x).L2Norm();
            (x, value, gradient) = (outcome.X, outcome.Value, outcome.Gradient);
            if (!IsFinite(value, gradient))
                return Stop(k + 1, StopReason.Diverged, $"f(x_{k + 1}) = {Html.Number(value)} or ∇f is not finite: the iteration diverged; lower the step size (below 2/L for a fixed step) or use a line search.");
            measure = Record(k + 1, stepLength);
            if (stepLength == 0 && measure > options.Tolerance)
                return Stop(k + 1, StopReason.Stalled, $"the update left x unchanged with {measureName} = {Html.Number(measure, 3)} > Tolerance {Html.Number(options.Tolerance, 3)}: f cannot be decreased further in double precision here; loosen Tolerance.");
            if (stepLength <= options.StepTolerance && measure > options.Tolerance)
                return Stop(k + 1, StopReason.StepTolerance, $"‖x_{k + 1} − x_{k}‖ = {Html.Number(stepLength, 3)} ≤ StepTolerance {Html.Number(options.StepTolerance, 3)} with {measureName} = {Html.Number(measure, 3)}.");
        }

        double Record(int k, double stepLength)
        {
            double m = IsFinite(value, gradient) ? stationarity(x, gradient) : double.NaN;
            if (trace is null) return m;
            trace.Add(m);
            history.Add(new Iterate(k, x, value, m, stepLength));
            return m;
        }

        OptimizationResult Finish(Convergence convergence) =>
            new(method, x, value, measure, history, convergence, objective.ValueCount, objective.GradientCount, objective.HessianCount);

        OptimizationResult Stop(int iterations, StopReason reason, string message) =>
            Finish(new Convergence(iterations, reason, $"{method}: {message}", trace));
    }

    private static bool IsFinite(double value, Vector<double> gradient)
    {
        if (!double.IsFinite(value)) return false;
        for (int i = 0; i < gradient.Count; i++)
        {
            if (!double.IsFinite(gradient[i])) return false;
        }
        return true;
    }
}

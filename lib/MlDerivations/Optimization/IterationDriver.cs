using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
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
    /// <summary>Validates the arguments every Minimize takes.</summary>
    public static void Validate(string type, IObjective? objective, Vector<double>? start, IterativeOptions? options)
    {
        Guard.NotNull(objective, type, nameof(objective));
        Guard.FiniteVector(start, type, nameof(start));
        Guard.NotNull(options, type, nameof(options));
        options!.Validate();
    }

    /// <param name="method">The method's name for messages, e.g. "L-BFGS".</param>
    /// <param name="objective">The counting wrapper the update also evaluates through.</param>
    /// <param name="start">x_0, already valid.</param>
    /// <param name="options">Stopping rules.</param>
    /// <param name="stationarity">(x, ∇f(x)) ↦ the measure compared with GradientTolerance.</param>
    /// <param name="update">The method's step x_k → x_{k+1}.</param>
    /// <param name="measureName">How messages name the stationarity measure.</param>
    public static OptimizationResult Run(
        string method, CountingObjective objective, Vector<double> start, IterativeOptions options,
        Func<Vector<double>, Vector<double>, double> stationarity, Func<IterationState, StepOutcome> update,
        string measureName = "‖∇f‖")
    {
        var x = start.Clone();
        double value = objective.Value(x);
        var gradient = objective.Gradient(x);
        var history = new List<Iterate>();
        double measure = Record(history, options, 0, x, value, gradient, stationarity, 0);
        if (!IsFinite(value, gradient))
            return Finish(StopReason.Diverged, $"f or ∇f is not finite at the start (f = {Html.Number(value)}): choose a start where the objective is defined.");

        for (int k = 0; ; k++)
        {
            if (measure <= options.GradientTolerance)
                return Finish(StopReason.GradientTolerance, $"{measureName} = {Html.Number(measure, 3)} ≤ GradientTolerance {Html.Number(options.GradientTolerance, 3)} after {k} iterations.");
            if (k == options.MaxIterations)
                return Finish(StopReason.MaxIterations, $"stopped at MaxIterations = {k} with {measureName} = {Html.Number(measure, 3)} > GradientTolerance {Html.Number(options.GradientTolerance, 3)}: raise MaxIterations, loosen GradientTolerance, or use a faster method (L-BFGS, Newton).");
            var outcome = update(new IterationState(k, x, value, gradient));
            if (outcome.Failure is { } failure)
                return Finish(failure, $"iteration {k + 1}: {outcome.Why}");
            double stepLength = (outcome.X - x).L2Norm();
            (x, value, gradient) = (outcome.X, outcome.Value, outcome.Gradient);
            if (!IsFinite(value, gradient))
                return Finish(StopReason.Diverged, $"f(x_{k + 1}) = {Html.Number(value)} or ∇f is not finite: the iteration diverged; lower the step size (below 2/L for a fixed step) or use a line search.");
            measure = Record(history, options, k + 1, x, value, gradient, stationarity, stepLength);
            if (stepLength == 0 && measure > options.GradientTolerance)
                return Finish(StopReason.Stalled, $"the update left x unchanged with {measureName} = {Html.Number(measure, 3)} > GradientTolerance {Html.Number(options.GradientTolerance, 3)}: f cannot be decreased further in double precision here; loosen GradientTolerance.");
            if (stepLength <= options.StepTolerance && measure > options.GradientTolerance)
                return Finish(StopReason.StepTolerance, $"‖x_{k + 1} − x_{k}‖ = {Html.Number(stepLength, 3)} ≤ StepTolerance {Html.Number(options.StepTolerance, 3)} with {measureName} = {Html.Number(measure, 3)}.");
        }

        OptimizationResult Finish(StopReason reason, string message) =>
            new(method, x, value, measure, history, reason, $"{method}: {message}",
                objective.ValueCount, objective.GradientCount, objective.HessianCount);
    }

    private static double Record(
        List<Iterate> history, IterativeOptions options, int k, Vector<double> x, double value,
        Vector<double> gradient, Func<Vector<double>, Vector<double>, double> stationarity, double stepLength)
    {
        double measure = IsFinite(value, gradient) ? stationarity(x, gradient) : double.NaN;
        history.Add(new Iterate(k, options.RecordPoints ? x : null, value, measure, stepLength));
        return measure;
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

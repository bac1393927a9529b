using MlDerivations.Formatting;

namespace MlDerivations.Iterative;

/// <summary>
/// How an iterative method ended: iterations made, whether it converged, why it stopped, the stop in
/// words (with the numbers and, on failure, what to try) and, when the options kept it, the trace of its
/// convergence measure. Every iterative result and model carries one as <c>Convergence</c>; call
/// <see cref="ConvergenceRequirement.RequireConverged{T}"/> on the result to demand convergence.
/// </summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class Convergence : IRichDisplay
{
    private static readonly IReadOnlyList<double> NoTrace = Array.AsReadOnly(Array.Empty<double>());

    internal Convergence(int iterations, StopReason reason, string message, IReadOnlyList<double>? trace = null)
    {
        Iterations = iterations;
        Reason = reason;
        Message = message;
        Trace = trace is null ? NoTrace : Array.AsReadOnly(trace.ToArray());
    }

    /// <summary>Iterations made (updates, sweeps, matrix–vector products: the unit the method's MaxIterations counts).</summary>
    public int Iterations { get; }

    /// <summary>Why the method stopped.</summary>
    public StopReason Reason { get; }

    /// <summary>True when the method met its tolerance (<see cref="StopReason.Tolerance"/>, <see cref="StopReason.StepTolerance"/>) or had nothing to iterate (<see cref="StopReason.Exact"/>).</summary>
    public bool Converged => Reason is StopReason.Tolerance or StopReason.StepTolerance or StopReason.Exact;

    /// <summary>The stop in words, e.g. "L-BFGS: ‖∇f‖ = 3e-09 ≤ Tolerance 1e-08 after 36 iterations."</summary>
    public string Message { get; }

    /// <summary>
    /// The convergence measure at each iterate the method checked, in order (optimisers and the interior
    /// point check the start too, so theirs has <see cref="Iterations"/> + 1 entries); empty when
    /// <see cref="IterativeOptions.KeepTrace"/> is off.
    /// </summary>
    public IReadOnlyList<double> Trace { get; }

    /// <summary>The message, prefixed "NOT converged (reason): " when the method did not converge.</summary>
    public override string ToString() => Converged ? Message : $"NOT converged ({Reason}): {Message}";

    void IRichDisplay.WriteHtml(TextWriter writer) =>
        writer.Write(Converged
            ? $"<div class=\"ml-convergence ml-converged\" style=\"color:#15803d\">{Html.Escape(ToString())}</div>"
            : $"<div class=\"ml-convergence ml-not-converged\" style=\"color:#b91c1c\"><strong>⚠ {Html.Escape(ToString())}</strong></div>");

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());

    /// <summary>"{method}: {measure} = m ≤ Tolerance t after k {unit}."</summary>
    internal static Convergence Met(string method, string measure, double value, double tolerance, int iterations, string unit, IReadOnlyList<double>? trace) =>
        new(iterations, StopReason.Tolerance,
            $"{method}: {measure} = {Html.Number(value, 3)} ≤ Tolerance {Html.Number(tolerance, 3)} after {iterations} {unit}.", trace);

    /// <summary>"{method}: stopped at MaxIterations = k {unit} with {measure} = m &gt; Tolerance t: {hint}."</summary>
    internal static Convergence Exhausted(
        string method, string measure, double value, double tolerance, int iterations, string unit, string hint, IReadOnlyList<double>? trace) =>
        new(iterations, StopReason.MaxIterations,
            $"{method}: stopped at MaxIterations = {iterations} {unit} with {measure} = {Html.Number(value, 3)} > Tolerance {Html.Number(tolerance, 3)}: {hint}.", trace);

    /// <summary>A result computed in closed form: 0 iterations, converged.</summary>
    internal static Convergence ClosedForm(string method) =>
        new(0, StopReason.Exact, $"{method}: closed form, no iteration.");
}

using MlDerivations.Validation;

namespace MlDerivations.Iterative;

/// <summary>
/// The stopping rules every iterative method shares — optimisers, power iteration, coordinate descent,
/// evidence maximisation, interior point, and the later chapters' IRLS, SMO, EM, CAVI, Baum–Welch,
/// k-means and network training. Each method's options record derives from this one and states, in its
/// summary, which measure it compares with <see cref="Tolerance"/> and its defaults.
/// </summary>
/// <remarks>
/// Every option is checked when it is set (in an object initialiser or a <c>with</c> expression), through
/// <see cref="Guard"/>: a bad value throws an <see cref="ArgumentOutOfRangeException"/> whose ParamName is
/// the option and whose message reads "{OptionsType}.{Option} must be {rule}; got {value}.".
/// </remarks>
public abstract record IterativeOptions
{
    /// <summary>Sets the method's own defaults (they differ: 100 interior-point steps are plenty, gradient descent may need 10⁴).</summary>
    protected IterativeOptions(int maxIterations, double tolerance)
    {
        MaxIterations = maxIterations;
        Tolerance = tolerance;
    }

    /// <summary>The most iterations (updates, sweeps, products) before the method stops unconverged with <see cref="StopReason.MaxIterations"/>. ≥ 1.</summary>
    public int MaxIterations
    {
        get;
        init => field = Guard.AtLeast(value, GetType().Name, nameof(MaxIterations), 1);
    }

    /// <summary>
    /// The method stops, converged (<see cref="StopReason.Tolerance"/>), once its convergence measure is at
    /// most this. Finite and ≥ 0; 0 runs to <see cref="MaxIterations"/> unless the measure reaches exactly 0.
    /// </summary>
    public double Tolerance
    {
        get;
        init => field = Guard.NonNegative(value, GetType().Name, nameof(Tolerance));
    }

    /// <summary>
    /// Keep the per-iteration trace: <see cref="Convergence.Trace"/> and the method's own history
    /// (iterates x_k, v_k, … for plots and animations). Default true; turn it off for long runs on large
    /// problems, and the result keeps only its final state and counts.
    /// </summary>
    public bool KeepTrace { get; init; } = true;
}

using MlDerivations.Iterative;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>
/// Stopping rules of the chapter-4 optimisers: <see cref="IterativeOptions.Tolerance"/> bounds the
/// stationarity measure ‖∇f(x_k)‖₂ (for projected gradient, the gradient mapping (4.11)); defaults
/// MaxIterations 10 000 and Tolerance 1e-8, which puts the iterate within about 1e-8/μ of a μ-strongly
/// convex minimiser. Methods with a line search compare values of f, which stop resolving a decrease once
/// ‖∇f‖² falls near ε·|f|·L (ε = 2^−52); below that they stop with <see cref="StopReason.Stalled"/>.
/// </summary>
public abstract record OptimizerOptions : IterativeOptions
{
    /// <summary>The optimisers' defaults: 10 000 iterations, ‖∇f‖ ≤ 1e-8.</summary>
    protected OptimizerOptions() : base(maxIterations: 10_000, tolerance: 1e-8) { }

    /// <summary>Stop, converged, once ‖x_{k+1} − x_k‖₂ ≤ this. Finite and ≥ 0; the default 0 turns the test off, so a stall is reported, not hidden.</summary>
    public double StepTolerance
    {
        get;
        init => field = Guard.NonNegative(value, GetType().Name, nameof(StepTolerance));
    }
}

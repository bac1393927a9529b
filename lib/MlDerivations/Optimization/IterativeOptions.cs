using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Stopping rules shared by every optimiser; each method's options record derives from this.</summary>
public abstract record IterativeOptions
{
    /// <summary>Largest number of updates x_k → x_{k+1}; reaching it stops with <see cref="StopReason.MaxIterations"/>. ≥ 1.</summary>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>
    /// Stop once ‖∇f(x_k)‖₂ ≤ this (absolute). ≥ 0; 1e-8 puts the iterate within about 1e-8/μ of a
    /// μ-strongly convex minimiser. Methods with a line search compare values of f, which stop resolving a
    /// decrease once ‖∇f‖² falls near ε·|f|·L (ε = 2^−52); below that they stop with <see cref="StopReason.Stalled"/>.
    /// </summary>
    public double GradientTolerance { get; init; } = 1e-8;

    /// <summary>Stop once ‖x_{k+1} − x_k‖₂ ≤ this. ≥ 0; the default 0 turns the test off, so a stall is reported, not hidden.</summary>
    public double StepTolerance { get; init; }

    /// <summary>Keep every x_k in the history (for plots and animations); turn off for large n to save memory.</summary>
    public bool RecordPoints { get; init; } = true;

    /// <summary>Throws when an option is out of range; derived records add their own rules.</summary>
    internal virtual void Validate()
    {
        string type = GetType().Name;
        Guard.Satisfies(MaxIterations, type, nameof(MaxIterations), MaxIterations >= 1, "≥ 1");
        Guard.NonNegative(GradientTolerance, type, nameof(GradientTolerance));
        Guard.NonNegative(StepTolerance, type, nameof(StepTolerance));
    }
}

/// <summary>Options of the methods that search along a direction with backtracking (4.4).</summary>
public abstract record LineSearchOptions : IterativeOptions
{
    /// <summary>Armijo constant c in f(x + t d) ≤ f(x) + c·t·∇f(x)ᵀd (4.4). In (0, 1); 1e-4 accepts almost any decrease.</summary>
    public double ArmijoC { get; init; } = 1e-4;

    /// <summary>Backtracking factor ρ in t ← ρt. In (0, 1).</summary>
    public double Shrink { get; init; } = 0.5;

    /// <summary>Most shrinks per line search before giving up with <see cref="StopReason.LineSearchFailed"/>. ≥ 1; 60 halvings reach t ≈ 1e-18.</summary>
    public int MaxBacktracks { get; init; } = 60;

    internal override void Validate()
    {
        base.Validate();
        string type = GetType().Name;
        Guard.Satisfies(ArmijoC, type, nameof(ArmijoC), ArmijoC > 0 && ArmijoC < 1, "in (0, 1)");
        Guard.Satisfies(Shrink, type, nameof(Shrink), Shrink > 0 && Shrink < 1, "in (0, 1)");
        Guard.Satisfies(MaxBacktracks, type, nameof(MaxBacktracks), MaxBacktracks >= 1, "≥ 1");
    }
}

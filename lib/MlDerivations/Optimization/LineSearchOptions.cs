using MlDerivations.Iterative;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Options of the methods that search along a direction with backtracking (4.4).</summary>
public abstract record LineSearchOptions : OptimizerOptions
{
    /// <summary>Armijo constant c in f(x + t d) ≤ f(x) + c·t·∇f(x)ᵀd (4.4). In (0, 1); 1e-4 accepts almost any decrease.</summary>
    public double ArmijoC
    {
        get;
        init => field = Guard.OpenUnitInterval(value, GetType().Name, nameof(ArmijoC));
    } = 1e-4;

    /// <summary>Backtracking factor ρ in t ← ρt. In (0, 1).</summary>
    public double Shrink
    {
        get;
        init => field = Guard.OpenUnitInterval(value, GetType().Name, nameof(Shrink));
    } = 0.5;

    /// <summary>Most shrinks per line search before giving up with <see cref="StopReason.LineSearchFailed"/>. ≥ 1; 60 halvings reach t ≈ 1e-18.</summary>
    public int MaxBacktracks
    {
        get;
        init => field = Guard.AtLeast(value, GetType().Name, nameof(MaxBacktracks), 1);
    } = 60;
}

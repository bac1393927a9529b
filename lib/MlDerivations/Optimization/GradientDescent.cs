using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Options of <see cref="GradientDescent"/>.</summary>
public sealed record GradientDescentOptions : LineSearchOptions
{
    /// <summary>
    /// η: the fixed step when <see cref="Backtracking"/> is off (converges for 0 &lt; η &lt; 2/L; η = 2/(L + μ)
    /// is optimal on a quadratic (4.3)), else the first trial step of every line search. &gt; 0.
    /// </summary>
    public double StepSize
    {
        get;
        init => field = Guard.Positive(value, nameof(GradientDescentOptions), nameof(StepSize));
    } = 1;

    /// <summary>Choose each step by Armijo backtracking (4.4) from <see cref="StepSize"/>; off means the fixed step η.</summary>
    public bool Backtracking { get; init; } = true;
}

/// <summary>
/// Gradient descent (4.2): x_{k+1} = x_k − η_k∇f(x_k), with a fixed η or η_k from Armijo backtracking (4.4).
/// On a μ-strongly convex, L-smooth quadratic with η = 2/(L + μ) the error contracts by (κ − 1)/(κ + 1)
/// per step (4.3), so it needs about (κ/2)·ln(1/ε) iterations.
/// </summary>
public static class GradientDescent
{
    /// <summary>Minimises f from x_0; see the class summary for the update.</summary>
    /// <param name="objective">f with ∇f.</param>
    /// <param name="start">x_0 ∈ ℝⁿ, finite.</param>
    /// <param name="options">Step rule and stopping rules; null for the defaults (Armijo from η = 1).</param>
    public static OptimizationResult Minimize(IObjective objective, Vector<double> start, GradientDescentOptions? options = null)
    {
        options ??= new GradientDescentOptions();
        IterationDriver.Validate(nameof(GradientDescent), objective, start, options);
        var counted = new CountingObjective(objective);
        string method = options.Backtracking ? "gradient descent (Armijo)" : "gradient descent (fixed step)";
        return IterationDriver.Run(method, counted, start, options, (_, g) => g.L2Norm(), at =>
        {
            var direction = -at.Gradient;
            if (options.Backtracking)
                return BacktrackingLineSearch.Armijo(counted, at, direction, options.StepSize, options);
            var next = at.X + options.StepSize * direction;
            return StepOutcome.At(counted, next);
        });
    }
}

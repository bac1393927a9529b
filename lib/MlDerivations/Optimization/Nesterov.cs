using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Options of <see cref="Nesterov"/>.</summary>
public sealed record NesterovOptions : OptimizerOptions
{
    /// <summary>η &gt; 0, fixed; 1/L is the textbook choice.</summary>
    public required double StepSize
    {
        get;
        init => field = Guard.Positive(value, nameof(NesterovOptions), nameof(StepSize));
    }

    /// <summary>
    /// A constant β in [0, 1) (for μ-strongly convex f, β = (√κ − 1)/(√κ + 1)), or null for the convex
    /// schedule β_k = k/(k + 3) (k = 0, 1, …), which gives f(x_k) − f* = O(1/k²).
    /// </summary>
    public double? Momentum
    {
        get;
        init => field = value is { } beta
            ? Guard.Satisfies(beta, nameof(NesterovOptions), nameof(Momentum), beta >= 0 && beta < 1, "in [0, 1) or null")
            : null;
    }
}

/// <summary>
/// Nesterov's accelerated gradient (4.6): y_k = x_k + β_k(x_k − x_{k−1}), x_{k+1} = y_k − η∇f(y_k),
/// with x_{−1} = x_0. Unlike heavy ball, the gradient is taken at the look-ahead point y_k.
/// The history records x_k with f(x_k) and ‖∇f(x_k)‖, so each step evaluates ∇f twice.
/// </summary>
public static class Nesterov
{
    /// <summary>Minimises f from x_0 by the update (4.6).</summary>
    /// <param name="objective">f with ∇f.</param>
    /// <param name="start">x_0 ∈ ℝⁿ, finite.</param>
    /// <param name="options">η (required), β or the k/(k + 3) schedule, and the stopping rules.</param>
    public static OptimizationResult Minimize(IObjective objective, Vector<double> start, NesterovOptions options)
    {
        IterationDriver.Validate(nameof(Nesterov), objective, start, options);
        var counted = new CountingObjective(objective);
        var previous = start.Clone();
        return IterationDriver.Run("Nesterov", counted, start, options, (_, g) => g.L2Norm(), at =>
        {
            double beta = options.Momentum ?? at.K / (at.K + 3.0);
            var lookAhead = at.X + beta * (at.X - previous);
            var next = lookAhead - options.StepSize * counted.Gradient(lookAhead);
            previous = at.X;
            return StepOutcome.At(counted, next);
        });
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Options of <see cref="HeavyBall"/>.</summary>
public sealed record HeavyBallOptions : OptimizerOptions
{
    /// <summary>η &gt; 0, fixed. On a quadratic the tuned choice is η = 4/(√L + √μ)²; stability needs η·L &lt; 2(1 + β).</summary>
    public required double StepSize
    {
        get;
        init => field = Guard.Positive(value, nameof(HeavyBallOptions), nameof(StepSize));
    }

    /// <summary>β in [0, 1); the tuned choice on a quadratic is β = ((√κ − 1)/(√κ + 1))². Default 0.9.</summary>
    public double Momentum
    {
        get;
        init => field = Guard.Satisfies(value, nameof(HeavyBallOptions), nameof(Momentum), value >= 0 && value < 1, "in [0, 1)");
    } = 0.9;
}

/// <summary>
/// Polyak's heavy-ball method (4.5): x_{k+1} = x_k − η∇f(x_k) + β(x_k − x_{k−1}), with x_{−1} = x_0.
/// With the tuned η and β on a quadratic the error contracts by about (√κ − 1)/(√κ + 1) per step.
/// </summary>
public static class HeavyBall
{
    /// <summary>Minimises f from x_0 by the update (4.5).</summary>
    /// <param name="objective">f with ∇f.</param>
    /// <param name="start">x_0 ∈ ℝⁿ, finite.</param>
    /// <param name="options">η (required), β and the stopping rules.</param>
    public static OptimizationResult Minimize(IObjective objective, Vector<double> start, HeavyBallOptions options)
    {
        IterationDriver.Validate(nameof(HeavyBall), objective, start, options);
        var counted = new CountingObjective(objective);
        var previous = start.Clone();
        return IterationDriver.Run("heavy ball", counted, start, options, (_, g) => g.L2Norm(), at =>
        {
            var next = at.X - options.StepSize * at.Gradient + options.Momentum * (at.X - previous);
            previous = at.X;
            return StepOutcome.At(counted, next);
        });
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;
using MlDerivations.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>Options of <see cref="DampedNewton"/>.</summary>
public sealed record DampedNewtonOptions : LineSearchOptions
{
    /// <summary>
    /// δ₀ &gt; 0: when ∇²f(x_k) is not positive definite, δ starts at δ₀·max(1, max_i |H_ii|) and grows
    /// tenfold until H + δI has a Cholesky factor. Default 1e-8, small enough that near a strict
    /// minimiser (H positive definite, δ = 0) the pure Newton step and its quadratic rate are kept.
    /// </summary>
    public double InitialDamping
    {
        get;
        init => field = Guard.Positive(value, nameof(DampedNewtonOptions), nameof(InitialDamping));
    } = 1e-8;
}

/// <summary>
/// Damped Newton (4.7): x_{k+1} = x_k − t_k(∇²f(x_k) + δ_k I)⁻¹∇f(x_k), where δ_k = 0 when the Hessian
/// is positive definite (else the smallest tried shift that makes it so) and t_k comes from Armijo
/// backtracking (4.4) starting at t = 1. Near a minimiser with positive definite Hessian the full
/// step is accepted and the error squares each step (4.8).
/// </summary>
public static class DampedNewton
{
    /// <summary>Minimises f from x_0 by the update (4.7).</summary>
    /// <param name="objective">f with ∇f and ∇²f (<see cref="IObjective.HasHessian"/> must be true).</param>
    /// <param name="start">x_0 ∈ ℝⁿ, finite.</param>
    /// <param name="options">Line search, damping and stopping rules; null for the defaults.</param>
    public static OptimizationResult Minimize(IObjective objective, Vector<double> start, DampedNewtonOptions? options = null)
    {
        options ??= new DampedNewtonOptions();
        IterationDriver.Validate(nameof(DampedNewton), objective, start, options);
        if (!objective.HasHessian)
            throw new ArgumentException(
                "DampedNewton.Objective must provide a Hessian (HasHessian = true); got one without: pass it to Objective.From(value, gradient, hessian), or use Lbfgs.",
                nameof(objective));
        var counted = new CountingObjective(objective);
        return IterationDriver.Run("damped Newton", counted, start, options, (_, g) => g.L2Norm(), at =>
        {
            var hessian = counted.Hessian(at.X);
            if (hessian.RowCount != at.X.Count || hessian.ColumnCount != at.X.Count)
                throw new InvalidOperationException(
                    $"The objective's Hessian is {hessian.RowCount}×{hessian.ColumnCount} at a point of length {at.X.Count}; it must be {at.X.Count}×{at.X.Count}.");
            if (hessian.Enumerate().Any(v => !double.IsFinite(v)))
                return StepOutcome.Failed(StopReason.Diverged, "∇²f(x_k) has NaN or ±∞ entries; check the Hessian with FiniteDifferences.Hessian.");
            var factor = ShiftedCholesky(hessian, options.InitialDamping);
            if (factor is null)
                return StepOutcome.Failed(StopReason.LineSearchFailed,
                    $"∇²f(x_k) + δI stayed indefinite up to δ = 1e16·max|H_ii|; the Hessian is likely wrong (check it with FiniteDifferences.Hessian), or use Lbfgs.");
            var direction = -factor.Solve(at.Gradient);
            return BacktrackingLineSearch.Armijo(counted, at, direction, 1, options);
        });
    }

    /// <summary>
    /// The Cholesky factorisation (2.12) of H + δI for the first δ in 0, δ₀s, 10δ₀s, … (s = max(1, max|H_ii|))
    /// that makes the matrix positive definite, or null past δ = 1e16·s.
    /// </summary>
    internal static CholeskyFactorization? ShiftedCholesky(Matrix<double> hessian, double initialDamping)
    {
        double scale = Math.Max(1, hessian.Diagonal().AbsoluteMaximum());
        for (double delta = 0; delta <= 1e16 * scale; delta = delta == 0 ? initialDamping * scale : 10 * delta)
        {
            var shifted = delta == 0 ? hessian : hessian + delta * Matrix<double>.Build.DenseIdentity(hessian.RowCount);
            if (Cholesky.TryFactor(shifted, 0, out _) is { } factor) return factor;
        }
        return null;
    }
}

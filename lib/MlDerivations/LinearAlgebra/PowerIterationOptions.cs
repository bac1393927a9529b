using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// Options of <see cref="PowerIteration.Dominant"/>. The convergence measure compared with Tolerance is the
/// relative residual ‖A v_k − λ_k v_k‖₂/|λ_k|; the default 1e-10 gives λ to about 1e-20 relative for a
/// symmetric A. MaxIterations counts products A v_k (default 1000): with ratio r = |λ₂/λ₁| the vector's
/// error shrinks like r^k, so r = 0.9 needs about 220 products per 10 digits. KeepTrace keeps every v_k,
/// λ_k and residual for plots and animations.
/// </summary>
public sealed record PowerIterationOptions : IterativeOptions
{
    /// <summary>The defaults: 1000 products, relative residual ≤ 1e-10.</summary>
    public PowerIterationOptions() : base(maxIterations: 1000, tolerance: 1e-10) { }

    /// <summary>Seed of the random Gaussian start vector (used when <see cref="Start"/> is null).</summary>
    public int Seed { get; init; }

    /// <summary>A start vector v₀ (finite, non-zero, of A's order), or null for a random one. It must not be orthogonal to the dominant eigenvector.</summary>
    public Vector<double>? Start
    {
        get;
        init
        {
            if (value is not null)
            {
                Guard.FiniteVector(value, nameof(PowerIterationOptions), nameof(Start));
                double size = value.L2Norm();
                Guard.Satisfies(size, nameof(PowerIterationOptions), nameof(Start), size > 0, "non-zero (‖v₀‖ > 0)");
            }
            field = value?.Clone();   // a copy: the caller's vector may change after the options are made
        }
    }

    /// <summary>The start vector's length must be A's order: known only when A is given.</summary>
    internal void ValidateFor(int order)
    {
        if (Start is not null)
            Guard.Length(Start, nameof(PowerIterationOptions), nameof(Start), order, $"A's order {order}");
    }
}

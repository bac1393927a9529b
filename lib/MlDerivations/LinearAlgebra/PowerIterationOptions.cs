using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>Options of <see cref="PowerIteration.Dominant"/>.</summary>
public sealed record PowerIterationOptions
{
    /// <summary>Most products A v_k. ≥ 1; with ratio r = |λ₂/λ₁| the vector's error shrinks like r^k, so r = 0.9 needs about 220 steps per 10 digits.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Stop once the residual ‖A v_k − λ_k v_k‖₂ ≤ Tolerance·|λ_k|. In (0, 1); 1e-10 gives λ to about 1e-20 relative for a symmetric A.</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Seed of the random Gaussian start vector (used when <see cref="Start"/> is null).</summary>
    public int Seed { get; init; }

    /// <summary>A start vector v₀ (finite, non-zero, of A's order), or null for a random one. It must not be orthogonal to the dominant eigenvector.</summary>
    public Vector<double>? Start { get; init; }

    /// <summary>Keep every v_k in <see cref="PowerIterationResult.Vectors"/> (for plots and animations); turn off for large A.</summary>
    public bool RecordVectors { get; init; } = true;

    internal void Validate(int order)
    {
        string type = nameof(PowerIterationOptions);
        Guard.Satisfies(MaxIterations, type, nameof(MaxIterations), MaxIterations >= 1, "≥ 1");
        Guard.Satisfies(Tolerance, type, nameof(Tolerance), Tolerance > 0 && Tolerance < 1, "in (0, 1)");
        if (Start is null) return;
        Guard.FiniteVector(Start, type, nameof(Start));
        Guard.Length(Start, type, nameof(Start), order, $"A's order {order}");
        double size = Start.L2Norm();
        Guard.Satisfies(size, type, nameof(Start), size > 0, "non-zero (‖v₀‖ > 0)");
    }
}

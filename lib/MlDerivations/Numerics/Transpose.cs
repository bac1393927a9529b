namespace MlDerivations.Numerics;

/// <summary>Whether a product uses a matrix as stored (op(A) = A) or its transpose (op(A) = Aᵀ).</summary>
public enum Transpose
{
    /// <summary>op(A) = A.</summary>
    No,

    /// <summary>op(A) = Aᵀ.</summary>
    Yes,
}

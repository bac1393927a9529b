namespace MlDerivations.LinearAlgebra;

/// <summary>
/// Thrown when a matrix that must be symmetric positive definite is not, found where the Cholesky recurrence
/// (2.12) needs the square root of a pivot s_jj − Σ_{k&lt;j} ℓ_jk² that is not positive. The message names the
/// matrix, the pivot and what to try; <see cref="ArgumentException.ParamName"/> is the matrix's parameter.
/// </summary>
public sealed class NotPositiveDefiniteException : ArgumentException
{
    internal NotPositiveDefiniteException(string message, string parameter, int pivot, double pivotValue)
        : base(message, parameter)
    {
        Pivot = pivot;
        PivotValue = pivotValue;
    }

    /// <summary>j, the first (0-based) pivot that was not positive: the leading (j+1)×(j+1) block is not positive definite.</summary>
    public int Pivot { get; }

    /// <summary>The pivot's value s_jj − Σ_{k&lt;j} ℓ_jk², in the matrix's own units (≤ 0, or NaN for non-finite input).</summary>
    public double PivotValue { get; }
}

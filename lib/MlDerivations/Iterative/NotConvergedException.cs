namespace MlDerivations.Iterative;

/// <summary>Thrown by <see cref="ConvergenceRequirement.RequireConverged{T}"/> when a method stopped without converging.</summary>
public sealed class NotConvergedException : InvalidOperationException
{
    internal NotConvergedException(Convergence convergence)
        : base($"The iteration did not converge, so its result is only the last iterate: {convergence}")
    {
        Convergence = convergence;
    }

    /// <summary>How the iteration ended.</summary>
    public Convergence Convergence { get; }
}

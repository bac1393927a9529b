namespace MlDerivations.Iterative;

/// <summary>A result or fitted model of an iterative method: it carries how the iteration ended.</summary>
public interface IIterativeResult
{
    /// <summary>Iterations, whether it converged, why it stopped, the message and the trace.</summary>
    Convergence Convergence { get; }
}

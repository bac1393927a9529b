namespace MlDerivations.Iterative;

/// <summary>Lets a caller, or a claim, refuse a result whose iteration did not converge.</summary>
public static class ConvergenceRequirement
{
    /// <summary>
    /// Returns <paramref name="result"/> when its iteration converged, so a call reads
    /// <c>var fit = Lasso.Fit(x, y, options).RequireConverged();</c>; otherwise throws
    /// <see cref="NotConvergedException"/> with the method's own message (the numbers and what to try).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="NotConvergedException">The method stopped without converging.</exception>
    public static T RequireConverged<T>(this T result) where T : IIterativeResult
    {
        if (result is null)
            throw new ArgumentNullException(nameof(result), "ConvergenceRequirement.Result must be a result of an iterative method; got null.");
        return result.Convergence.Converged ? result : throw new NotConvergedException(result.Convergence);
    }
}

namespace MlDerivations.Optimization;

/// <summary>Why an optimiser stopped. Only the first two mean it converged.</summary>
public enum StopReason
{
    /// <summary>‖∇f(x_k)‖₂ (for projected gradient, the gradient mapping (4.11)) fell to GradientTolerance.</summary>
    GradientTolerance,

    /// <summary>‖x_{k+1} − x_k‖₂ fell to StepTolerance (&gt; 0).</summary>
    StepTolerance,

    /// <summary>MaxIterations updates were made without meeting a tolerance.</summary>
    MaxIterations,

    /// <summary>Backtracking could not find a step satisfying the Armijo condition (4.4).</summary>
    LineSearchFailed,

    /// <summary>An update left x exactly unchanged before a tolerance was met: no progress is possible in double precision.</summary>
    Stalled,

    /// <summary>f or ∇f became NaN or ±∞: the iteration diverged (usually a step size too large).</summary>
    Diverged,
}

namespace MlDerivations.Iterative;

/// <summary>Why an iterative method stopped. <see cref="Tolerance"/>, <see cref="StepTolerance"/> and <see cref="Exact"/> mean it converged.</summary>
public enum StopReason
{
    /// <summary>The method's convergence measure (‖∇f‖, a relative residual, a duality gap, …) fell to <see cref="IterativeOptions.Tolerance"/>.</summary>
    Tolerance,

    /// <summary>Successive iterates came within the method's StepTolerance (&gt; 0) of each other.</summary>
    StepTolerance,

    /// <summary>There was nothing to iterate: the answer was computed in closed form (e.g. Bayesian regression at fixed α, β).</summary>
    Exact,

    /// <summary>MaxIterations iterations were made without meeting the tolerance.</summary>
    MaxIterations,

    /// <summary>Backtracking could not find a step satisfying the Armijo condition (4.4).</summary>
    LineSearchFailed,

    /// <summary>An update left the iterate exactly unchanged before the tolerance was met: no progress is possible in double precision.</summary>
    Stalled,

    /// <summary>A value became NaN or ±∞: the iteration diverged (often a step size too large).</summary>
    Diverged,

    /// <summary>A linear system of an iteration was singular or overflowed (e.g. the interior-point Newton system).</summary>
    SingularSystem,
}

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// The first error of a failed run: the cell, the exception's type as the error output names it
/// (its full name, e.g. <c>MlDerivations.Claims.ClaimFailedException</c>), its message, and, when a
/// claim failed in that cell, the claim's label. Tools that judge a run (the mutation harness) read
/// this instead of parsing <see cref="RunResult.ErrorMessage"/>.
/// </summary>
public sealed record RunError
{
    /// <summary>The type name a compile error is reported under.</summary>
    public const string CompilationErrorType = "Microsoft.CodeAnalysis.Scripting.CompilationErrorException";

    /// <summary>The type name of the library's failed claim.</summary>
    public const string ClaimFailedType = "MlDerivations.Claims.ClaimFailedException";

    /// <summary>The type name a cell stopped at its time limit is reported under (with <see cref="TimedOut"/> set).</summary>
    public const string TimeoutType = "System.TimeoutException";

    /// <summary>The type name reported when the kernel process itself died.</summary>
    public const string KernelCrashedType = "KernelCrashed";

    /// <summary>The index in <see cref="Format.Notebook.Cells"/> of the failing cell.</summary>
    public required int CellIndex { get; init; }

    /// <summary>The cell-relative line of the error, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The full type name of the exception (or one of the constants above).</summary>
    public required string ExceptionType { get; init; }

    /// <summary>The exception's message (for a compile error, the diagnostics).</summary>
    public required string Message { get; init; }

    /// <summary>True when the runner stopped the cell at its time limit.</summary>
    public bool TimedOut { get; init; }

    /// <summary>The label of the last claim that failed in the failing cell; null when none did.</summary>
    public string? FailedClaim { get; init; }

    /// <summary>True when the run failed because a claim did not hold.</summary>
    public bool IsClaimFailure => ExceptionType == ClaimFailedType && !TimedOut;

    /// <summary>True when the cell did not compile.</summary>
    public bool IsCompilationError => ExceptionType == CompilationErrorType;
}

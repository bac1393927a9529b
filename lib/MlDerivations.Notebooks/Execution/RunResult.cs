using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// The outcome of running one notebook: the executed copy (outputs, and timing and claims in
/// metadata), whether it succeeded, and when it did not, a message naming notebook, cell, line and
/// error, followed by the cell's numbered source.
/// </summary>
public sealed record RunResult
{
    /// <summary>The executed copy; the source file is never changed. Write it with <see cref="NotebookWriter.WriteAtomic"/>.</summary>
    public required Notebook Executed { get; init; }

    /// <summary>True when every cell ran without an unexpected error and no claim failed.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>Why the run failed, for stderr; null on success.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The wall time of the whole run, kernel start included.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>The claims checked that held.</summary>
    public required int ClaimsPassed { get; init; }

    /// <summary>The claims checked that did not hold.</summary>
    public required int ClaimsFailed { get; init; }

    /// <summary>The index in <see cref="Notebook.Cells"/> of the cell that failed the run; null on success.</summary>
    public int? FailedCellIndex { get; init; }

    /// <summary>The first error of the run (cell, exception type, message, failed claim); null when no cell failed.</summary>
    public RunError? Error { get; init; }
}

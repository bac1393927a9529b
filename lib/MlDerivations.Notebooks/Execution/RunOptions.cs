using System.Globalization;

namespace MlDerivations.Notebooks.Execution;

/// <summary>How <see cref="NotebookRunner"/> runs a notebook.</summary>
public sealed record RunOptions
{
    private readonly TimeSpan cellTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The wall-clock limit for one cell (default 60 s, the classroom's patience); a cell that runs
    /// longer is stopped by ending the kernel process.
    /// </summary>
    public TimeSpan CellTimeout
    {
        get => cellTimeout;
        init => cellTimeout = value > TimeSpan.Zero && value <= TimeSpan.FromHours(24)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(CellTimeout), value,
                $"RunOptions.CellTimeout must be > 0 s and ≤ 24 h; got {value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
    }

    /// <summary>
    /// Keep going after a cell fails (nbclient's allow_errors). Off by default: the run stops at the
    /// first failing cell unless that cell is tagged <c>raises-exception</c>.
    /// </summary>
    public bool ContinueOnError { get; init; }
}

using System.Globalization;

namespace MlDerivations.Notebooks.Mutation;

/// <summary>How <see cref="MutationTester"/> runs a chapter's mutations.</summary>
public sealed record MutationOptions
{
    private readonly int jobs = Environment.ProcessorCount;
    private readonly TimeSpan cellTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Mutated copies run at once, each in a kernel process of its own (default: the number of cores).</summary>
    public int Jobs
    {
        get => jobs;
        init => jobs = value is >= 1 and <= 64
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Jobs), value, $"MutationOptions.Jobs must be between 1 and 64; got {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>The time limit per cell (default 60 s); a mutation that runs past it is missed as a timeout.</summary>
    public TimeSpan CellTimeout
    {
        get => cellTimeout;
        init => cellTimeout = value > TimeSpan.Zero && value <= TimeSpan.FromHours(24)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(CellTimeout), value,
                $"MutationOptions.CellTimeout must be > 0 s and ≤ 24 h; got {value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
    }

    /// <summary>When set, run only the mutations with these names.</summary>
    public IReadOnlyCollection<string>? Only { get; init; }
}

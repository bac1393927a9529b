using MlDerivations.Notebooks.Execution;

namespace MlDerivations.Notebooks.Mutation;

/// <summary>
/// The mutation run of one notebook: the unmutated baseline (which must pass, or no mutation is run)
/// and one outcome per mutation, in list order.
/// </summary>
public sealed record MutationReport(string NotebookPath, RunResult Baseline, IReadOnlyList<MutationOutcome> Outcomes)
{
    /// <summary>The chapter's slug, e.g. <c>01-learning-theory</c>.</summary>
    public string Slug => Path.GetFileNameWithoutExtension(NotebookPath);

    /// <summary>False when the unmutated notebook failed; <see cref="Outcomes"/> is then empty.</summary>
    public bool BaselinePassed => Baseline.Succeeded;

    public int Caught => Outcomes.Count(o => o.Caught);

    /// <summary>True when the baseline passed and every mutation was caught.</summary>
    public bool AllCaught => BaselinePassed && Caught == Outcomes.Count;

    /// <summary>"01-learning-theory: 9/9 caught".</summary>
    public string Summary => BaselinePassed
        ? $"{Slug}: {Caught}/{Outcomes.Count} caught"
        : $"{Slug}: the unmutated notebook fails, so no mutation was run";
}

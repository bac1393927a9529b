using MlDerivations.Notebooks.Execution;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Mutation;

/// <summary>
/// Runs a chapter's mutation list: reads and validates the list against the notebook (every edit is
/// applied once before anything runs), runs the unmutated notebook as a baseline that must pass, then
/// runs each mutated copy — several at once, each in its own kernel, each stopping at its first
/// error — and classifies it with <see cref="MutationClassifier"/>. The notebook file is never written.
/// </summary>
public static class MutationTester
{
    /// <summary>
    /// Tests the notebook at <paramref name="notebookPath"/> against the list beside it
    /// (<see cref="MutationList.PathFor"/>). Throws <see cref="MutationListException"/> for a missing or
    /// invalid list, <see cref="NotebookFormatException"/> for a notebook that cannot be read.
    /// <paramref name="onOutcome"/>, when given, hears of each mutation as it finishes (from several threads).
    /// </summary>
    public static async Task<MutationReport> RunAsync(string notebookPath, MutationOptions options,
        Action<MutationOutcome>? onOutcome = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        ArgumentNullException.ThrowIfNull(options);
        string listPath = MutationList.PathFor(notebookPath);
        if (!File.Exists(listPath))
            throw new MutationListException(listPath, null, $"no mutation list for {Path.GetFileName(notebookPath)}; write one (notebooks/AUTHORING.md).");
        var list = MutationListReader.Read(listPath);
        return await RunAsync(notebookPath, list, options, onOutcome, cancellation);
    }

    /// <summary>Tests the notebook at <paramref name="notebookPath"/> against <paramref name="list"/>.</summary>
    public static async Task<MutationReport> RunAsync(string notebookPath, MutationList list, MutationOptions options,
        Action<MutationOutcome>? onOutcome = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(options);
        var notebook = NotebookReader.Read(Path.GetFullPath(notebookPath));
        list.Validate(notebook, Path.GetFileName(notebookPath));
        var selected = list.Mutations.Where(m => options.Only is null || options.Only.Contains(m.Name)).ToList();
        var runOptions = new RunOptions { CellTimeout = options.CellTimeout };

        var baseline = await NotebookRunner.RunAsync(notebook, notebookPath, runOptions, cancellation);
        if (!baseline.Succeeded) return new MutationReport(notebookPath, baseline, []);

        var outcomes = new MutationOutcome[selected.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, selected.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellation },
            async (i, token) =>
            {
                var mutant = Mutant.Apply(notebook, selected[i], list.Source);
                var run = await NotebookRunner.RunAsync(mutant, notebookPath, runOptions, token);
                outcomes[i] = MutationClassifier.Classify(selected[i], run);
                onOutcome?.Invoke(outcomes[i]);
            });
        return new MutationReport(notebookPath, baseline, outcomes);
    }
}

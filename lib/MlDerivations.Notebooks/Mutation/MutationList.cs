using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Mutation;

/// <summary>
/// A chapter's mutation list, <c>notebooks/mutations/NN-slug.json</c> beside
/// <c>notebooks/NN-slug.ipynb</c> (format: the <c>notebook</c> file name and an array of
/// <see cref="Mutation"/>s). Read one with <see cref="MutationListReader"/>; check it against its
/// notebook with <see cref="Validate"/> before running anything.
/// </summary>
public sealed record MutationList(string Source, string NotebookFileName, IReadOnlyList<Mutation> Mutations)
{
    /// <summary>The folder, beside the notebooks, that holds the lists.</summary>
    public const string FolderName = "mutations";

    /// <summary>Where the list of the notebook at <paramref name="notebookPath"/> is kept.</summary>
    public static string PathFor(string notebookPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!, FolderName,
            Path.GetFileNameWithoutExtension(notebookPath) + ".json");

    /// <summary>
    /// Throws <see cref="MutationListException"/> unless the list names <paramref name="notebookFileName"/>
    /// and every mutation edits a code cell of <paramref name="notebook"/> whose source holds its
    /// <c>find</c> exactly once.
    /// </summary>
    public void Validate(Notebook notebook, string notebookFileName)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        if (!string.Equals(NotebookFileName, notebookFileName, StringComparison.Ordinal))
            throw new MutationListException(Source, null, $"\"notebook\" must be \"{notebookFileName}\", the notebook it sits beside; got \"{NotebookFileName}\".");
        foreach (var mutation in Mutations) Mutant.Apply(notebook, mutation, Source);
    }
}

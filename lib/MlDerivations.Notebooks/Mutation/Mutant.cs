using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Mutation;

/// <summary>Makes the mutated copy of a notebook: one edit, in memory; the original is left as it was.</summary>
public static class Mutant
{
    /// <summary>
    /// A copy of <paramref name="notebook"/> with <paramref name="mutation"/> applied. Throws
    /// <see cref="MutationListException"/> (naming <paramref name="listSource"/> and the mutation) when
    /// the cell id is unknown or not a code cell, or the text to find is absent or occurs more than once.
    /// </summary>
    public static Notebook Apply(Notebook notebook, Mutation mutation, string listSource)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(mutation);
        int index = notebook.Cells.FindIndex(c => c.Id == mutation.CellId);
        if (index < 0)
            throw new MutationListException(listSource, mutation.Name, $"no cell has the id \"{mutation.CellId}\".");
        var cell = notebook.Cells[index];
        if (cell.Type != CellType.Code)
            throw new MutationListException(listSource, mutation.Name, $"cell \"{mutation.CellId}\" is a {cell.Type.ToString().ToLowerInvariant()} cell; mutations edit code cells.");
        int at = cell.Source.IndexOf(mutation.Find, StringComparison.Ordinal);
        if (at < 0)
            throw new MutationListException(listSource, mutation.Name, $"\"find\" text {Quote(mutation.Find)} does not occur in cell \"{mutation.CellId}\".");
        if (cell.Source.IndexOf(mutation.Find, at + 1, StringComparison.Ordinal) >= 0)
            throw new MutationListException(listSource, mutation.Name, $"\"find\" text {Quote(mutation.Find)} occurs more than once in cell \"{mutation.CellId}\"; make it longer so it is unique.");
        var copy = NotebookReader.Parse(NotebookWriter.Serialize(notebook), listSource);
        copy.Cells[index].Source = string.Concat(cell.Source.AsSpan(0, at), mutation.Replace, cell.Source.AsSpan(at + mutation.Find.Length));
        return copy;
    }

    private static string Quote(string text) => text.Length <= 60 ? $"\"{text}\"" : $"\"{text[..57]}...\"";
}

using System.Text;
using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// The form a notebook is kept in the repository (DESIGN.md): valid nbformat 4.5, a .NET C# notebook
/// with the metadata Polyglot writes, code cells without outputs or execution counts, and
/// normalised JSON. <see cref="Check"/> lists what differs; <see cref="Apply"/> brings a notebook there.
/// </summary>
public static class StoredForm
{
    /// <summary>Every way the file at <paramref name="path"/> departs from the stored form, each "{path}: {where}: {problem}".</summary>
    public static IReadOnlyList<string> Check(string path)
    {
        Notebook notebook;
        try
        {
            notebook = NotebookReader.Read(path);
        }
        catch (NotebookFormatException e)
        {
            return [e.Message];
        }
        var problems = new List<string>();
        void Problem(string where, string what) => problems.Add($"{path}: {where}: {what}");
        CheckMetadata(notebook.Metadata, Problem);
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.Type != CellType.Code) continue;
            if (cell.Outputs.Count > 0) Problem($"$.cells[{i}].outputs", "must be empty in a stored notebook (mlderiv format clears it).");
            if (cell.ExecutionCount is not null) Problem($"$.cells[{i}].execution_count", "must be null in a stored notebook (mlderiv format clears it).");
            if (!JsonNode.DeepEquals(cell.Metadata["dotnet_interactive"], new JsonObject { ["language"] = "csharp" })
                || !JsonNode.DeepEquals(cell.Metadata["polyglot_notebook"], new JsonObject { ["kernelName"] = "csharp" }))
                Problem($"$.cells[{i}].metadata", "must set dotnet_interactive.language and polyglot_notebook.kernelName to \"csharp\".");
        }
        if (problems.Count == 0 && File.ReadAllText(path, Encoding.UTF8) != NotebookWriter.Serialize(notebook))
            Problem("$", "is not normalised JSON (sorted keys, one-space indent, line arrays, trailing newline); mlderiv format fixes it.");
        return problems;
    }

    /// <summary>Clears outputs and execution counts and adds the .NET metadata where it is missing.</summary>
    public static void Apply(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        foreach (var (key, value) in DotNetMetadata.CreateNotebookMetadata())
        {
            if (!notebook.Metadata.ContainsKey(key)) notebook.Metadata[key] = value!.DeepClone();
        }
        foreach (var cell in notebook.Cells.Where(c => c.Type == CellType.Code))
        {
            cell.Outputs.Clear();
            cell.ExecutionCount = null;
            foreach (var (key, value) in DotNetMetadata.CreateCodeCellMetadata())
            {
                if (!cell.Metadata.ContainsKey(key)) cell.Metadata[key] = value!.DeepClone();
            }
        }
    }

    private static void CheckMetadata(JsonObject metadata, Action<string, string> problem)
    {
        if (metadata["kernelspec"]?["name"] is not JsonValue name || !name.ToString().StartsWith(DotNetMetadata.KernelNamePrefix, StringComparison.Ordinal))
            problem("$.metadata.kernelspec.name", $"must start with \"{DotNetMetadata.KernelNamePrefix}\": this is not a .NET notebook.");
        else if (!JsonNode.DeepEquals(metadata["kernelspec"], DotNetMetadata.Kernelspec()))
            problem("$.metadata.kernelspec", "must be {\"display_name\": \".NET (C#)\", \"language\": \"C#\", \"name\": \".net-csharp\"}.");
        if (!JsonNode.DeepEquals(metadata["language_info"], DotNetMetadata.LanguageInfo()))
            problem("$.metadata.language_info", "must be {\"name\": \"polyglot-notebook\"}.");
        if (!JsonNode.DeepEquals(metadata["polyglot_notebook"], DotNetMetadata.PolyglotNotebook()))
            problem("$.metadata.polyglot_notebook", "must name csharp as the default and only kernel, as Polyglot Notebooks writes it.");
    }
}

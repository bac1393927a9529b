using System.Text;
using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// Writes notebooks in the normalised form Jupyter and VS Code both produce: keys sorted, one-space
/// indent, a trailing newline, cell ids kept, sources and text outputs as arrays of lines.
/// </summary>
public static class NotebookWriter
{
    /// <summary>The notebook as normalised nbformat 4.5 JSON text, ending with "\n".</summary>
    public static string Serialize(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var text = new StringBuilder();
        JupyterJson.Write(text, ToJson(notebook), 0);
        return text.Append('\n').ToString();
    }

    /// <summary>
    /// Writes the notebook to <paramref name="path"/> atomically: the text goes to a temporary file in
    /// the same folder, which then replaces the target, so a reader never sees half a notebook and a
    /// failure leaves the old file as it was.
    /// </summary>
    public static void WriteAtomic(Notebook notebook, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes = new UTF8Encoding(false).GetBytes(Serialize(notebook));
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static JsonObject ToJson(Notebook notebook)
    {
        var cells = new JsonArray();
        for (int i = 0; i < notebook.Cells.Count; i++) cells.Add(ToJson(notebook.Cells[i], i));
        return new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = notebook.NbFormat,
            ["nbformat_minor"] = notebook.NbFormatMinor,
        };
    }

    private static JsonObject ToJson(Cell cell, int index)
    {
        if (!CellIds.IsValid(cell.Id))
            throw new ArgumentException(
                $"Cell.Id must be 1–64 characters of letters, digits, '-' and '_'; got \"{cell.Id}\" (cell {index + 1}).", nameof(cell));
        var json = new JsonObject
        {
            ["cell_type"] = cell.Type switch { CellType.Code => "code", CellType.Markdown => "markdown", _ => "raw" },
            ["id"] = cell.Id,
            ["metadata"] = cell.Metadata.DeepClone(),
            ["source"] = MultilineText.ToLines(cell.Source),
        };
        if (cell.Type == CellType.Code)
        {
            json["execution_count"] = cell.ExecutionCount;
            json["outputs"] = new JsonArray(cell.Outputs.Select(o => (JsonNode)ToJson(o)).ToArray());
        }
        else if (cell.Attachments is not null)
        {
            json["attachments"] = cell.Attachments.DeepClone();
        }
        return json;
    }

    private static JsonObject ToJson(Output output) => output.Type switch
    {
        OutputType.Stream => new JsonObject
        {
            ["output_type"] = "stream",
            ["name"] = output.StreamName ?? "stdout",
            ["text"] = MultilineText.ToLines(output.Text ?? ""),
        },
        OutputType.Error => new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = output.EName ?? "",
            ["evalue"] = output.EValue ?? "",
            ["traceback"] = new JsonArray(output.Traceback.Select(t => (JsonNode?)t).ToArray()),
        },
        _ => RichOutput(output),
    };

    private static JsonObject RichOutput(Output output)
    {
        var data = new JsonObject();
        foreach (var (mime, content) in output.Data)
        {
            data[mime] = MultilineText.IsJsonMimeType(mime) ? JsonNode.Parse(content)
                : MultilineText.IsSplitMimeType(mime) ? MultilineText.ToLines(content)
                : content;
        }
        var json = new JsonObject
        {
            ["output_type"] = output.Type == OutputType.ExecuteResult ? "execute_result" : "display_data",
            ["data"] = data,
            ["metadata"] = output.Metadata.DeepClone(),
        };
        if (output.Type == OutputType.ExecuteResult) json["execution_count"] = output.ExecutionCount;
        return json;
    }
}

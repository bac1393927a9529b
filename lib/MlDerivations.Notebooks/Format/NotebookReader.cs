using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// Reads nbformat 4 notebooks. Anything that is not a well-formed nbformat 4 notebook (not JSON, a
/// different major version, a missing or mistyped field) throws <see cref="NotebookFormatException"/>
/// naming the file and the JSON path. Notebooks older than 4.5 are upgraded: cells get ids
/// <c>cell-0</c>, <c>cell-1</c>… and the minor version becomes 5.
/// </summary>
public static class NotebookReader
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>Reads the notebook stored at <paramref name="path"/> (UTF-8).</summary>
    public static Notebook Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException(path, "$", $"cannot be read: {e.Message}", e);
        }
        return Parse(json, path);
    }

    /// <summary>Parses notebook JSON; <paramref name="sourceName"/> names it in error messages.</summary>
    public static Notebook Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var context = new JsonReadContext(sourceName);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Strict);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException(sourceName, "$",
                $"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}", e);
        }
        return ReadNotebook(context, context.Object(root, "$"));
    }

    private static Notebook ReadNotebook(JsonReadContext context, JsonObject root)
    {
        int major = context.Int(context.Required(root, "nbformat", "$"), "$.nbformat");
        if (major != 4) throw context.Error("$.nbformat", $"must be 4 (nbformat 4.x); got {major}.");
        int minor = context.Int(context.Required(root, "nbformat_minor", "$"), "$.nbformat_minor");
        if (minor < 0) throw context.Error("$.nbformat_minor", $"must be ≥ 0; got {minor}.");
        context.OnlyKnownKeys(root, "$", "cells", "metadata", "nbformat", "nbformat_minor");
        var notebook = new Notebook
        {
            NbFormat = 4,
            NbFormatMinor = Math.Max(minor, 5),
            Metadata = (JsonObject)context.Object(context.Required(root, "metadata", "$"), "$.metadata").DeepClone(),
        };
        var cells = context.Array(context.Required(root, "cells", "$"), "$.cells");
        for (int i = 0; i < cells.Count; i++)
            notebook.Cells.Add(CellReader.Read(context, cells[i], $"$.cells[{i}]", i, needsId: minor >= 5));
        EnsureUniqueIds(context, notebook);
        return notebook;
    }

    private static void EnsureUniqueIds(JsonReadContext context, Notebook notebook)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            if (!seen.TryAdd(notebook.Cells[i].Id, i))
                throw context.Error($"$.cells[{i}].id", $"duplicates the id \"{notebook.Cells[i].Id}\" of $.cells[{seen[notebook.Cells[i].Id]}]; cell ids must be unique.");
        }
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

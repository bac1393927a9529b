using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// An nbformat 4.5 notebook: notebook-level metadata and an ordered list of cells. Read one with
/// <see cref="NotebookReader"/>, write one with <see cref="NotebookWriter"/>.
/// </summary>
public sealed class Notebook
{
    /// <summary>The major format version; always 4.</summary>
    public int NbFormat { get; set; } = 4;

    /// <summary>The minor format version; 5 (cells carry ids).</summary>
    public int NbFormatMinor { get; set; } = 5;

    /// <summary>Notebook metadata: kernelspec, language_info, polyglot_notebook, ml_derivations…</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>The cells, in order.</summary>
    public List<Cell> Cells { get; } = [];

    /// <summary>
    /// An empty notebook carrying the metadata Polyglot Notebooks writes for a .NET C# notebook:
    /// the <c>.net-csharp</c> kernelspec, <c>language_info</c> and <c>polyglot_notebook</c>.
    /// </summary>
    public static Notebook CreateDotNet() => new() { Metadata = DotNetMetadata.CreateNotebookMetadata() };
}

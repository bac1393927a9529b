namespace MlDerivations.Notebooks.Format;

/// <summary>The nbformat 4 cell types: <c>"markdown"</c>, <c>"code"</c> and <c>"raw"</c>.</summary>
public enum CellType
{
    /// <summary>Prose in Markdown with LaTeX; no outputs.</summary>
    Markdown,

    /// <summary>C# source that the runner executes; carries outputs and an execution count.</summary>
    Code,

    /// <summary>Text passed through untouched.</summary>
    Raw,
}

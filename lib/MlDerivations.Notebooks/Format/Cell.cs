using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// One notebook cell. <see cref="Source"/> is the joined text (the file stores it as an array of
/// lines); <see cref="Outputs"/> and <see cref="ExecutionCount"/> apply to code cells only.
/// </summary>
public sealed class Cell
{
    /// <summary>The nbformat 4.5 cell id: 1–64 characters of letters, digits, '-' and '_'.</summary>
    public string Id { get; set; } = "";

    /// <summary>Markdown, code or raw.</summary>
    public CellType Type { get; set; }

    /// <summary>The cell's text, lines joined with their line breaks.</summary>
    public string Source { get; set; } = "";

    /// <summary>The cell's metadata (for code cells: the dotnet_interactive and polyglot_notebook language).</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>The outputs of a code cell, in order; empty in a stored notebook.</summary>
    public List<Output> Outputs { get; } = [];

    /// <summary>The execution count of a code cell; null when it has not run.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>The cell's tags (<c>metadata.tags</c>), e.g. <c>solution</c> or <c>raises-exception</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? tags.Select(t => t?.GetValueKind() == System.Text.Json.JsonValueKind.String ? t.GetValue<string>() : null)
                  .OfType<string>().ToList()
            : [];

    /// <summary>Markdown and raw cells may carry attachments (name → mime bundle); kept as read.</summary>
    internal JsonObject? Attachments { get; set; }

    /// <summary>A C# code cell with the metadata Polyglot Notebooks writes and a fresh id.</summary>
    public static Cell CreateCode(string source) => new()
    {
        Id = CellIds.NewId(),
        Type = CellType.Code,
        Source = source,
        Metadata = DotNetMetadata.CreateCodeCellMetadata(),
    };

    /// <summary>A markdown cell with a fresh id.</summary>
    public static Cell CreateMarkdown(string source) => new()
    {
        Id = CellIds.NewId(),
        Type = CellType.Markdown,
        Source = source,
    };
}

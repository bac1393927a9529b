using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// The metadata Polyglot Notebooks writes for a .NET C# notebook (DESIGN.md): the notebook's
/// kernelspec, language_info and polyglot_notebook, and each code cell's language.
/// </summary>
internal static class DotNetMetadata
{
    /// <summary>A notebook is a .NET notebook when its kernelspec name starts with this.</summary>
    public const string KernelNamePrefix = ".net-";

    public static JsonObject CreateNotebookMetadata() => new()
    {
        ["kernelspec"] = Kernelspec(),
        ["language_info"] = LanguageInfo(),
        ["polyglot_notebook"] = PolyglotNotebook(),
    };

    public static JsonObject CreateCodeCellMetadata() => new()
    {
        ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
    };

    public static JsonObject Kernelspec() => new()
    {
        ["display_name"] = ".NET (C#)",
        ["language"] = "C#",
        ["name"] = ".net-csharp",
    };

    public static JsonObject LanguageInfo() => new() { ["name"] = "polyglot-notebook" };

    public static JsonObject PolyglotNotebook() => new()
    {
        ["kernelInfo"] = new JsonObject
        {
            ["defaultKernelName"] = "csharp",
            ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
        },
    };
}

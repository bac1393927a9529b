namespace MlDerivations.Notebooks.Rendering;

/// <summary>Where the book's pages load plotly.js and KaTeX from.</summary>
public enum AssetSource
{
    /// <summary>Public CDNs (needs a network connection to read the book).</summary>
    Cdn,

    /// <summary>Copies in the book's own assets/ folder, taken from the npm packages in node_modules.</summary>
    Offline,
}

/// <summary>How to write the book.</summary>
/// <param name="OutputDirectory">Folder that receives index.html, a page per chapter, notebooks/ and assets/.</param>
/// <param name="Assets">CDN (default) or offline copies of plotly.js and KaTeX.</param>
/// <param name="NodeModulesDirectory">The node_modules folder holding plotly.js-dist-min and katex; used when offline.</param>
/// <param name="Title">The book's title, shown on every page.</param>
public sealed record BookOptions(
    string OutputDirectory,
    AssetSource Assets = AssetSource.Cdn,
    string? NodeModulesDirectory = null,
    string Title = "ML Math Derivations");

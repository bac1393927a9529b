using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// A chapter links its neighbours as notebooks ("02-linear-algebra.ipynb"), which is right in VS Code
/// and Jupyter; in the book the same chapter is the page "02-linear-algebra.html" beside this one.
/// Relative links to a notebook are rewritten to its page, keeping any "#fragment"; absolute links
/// (a scheme or a leading slash) are left alone.
/// </summary>
internal static class NotebookLinks
{
    private const string NotebookExtension = ".ipynb";

    /// <summary>Rewrites every relative "*.ipynb" link of <paramref name="document"/> to "*.html".</summary>
    public static void PointToPages(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
            if (link.Url is { } url && ToPage(url) is { } page)
                link.Url = page;
    }

    /// <summary>"03-probability.ipynb#x" → "03-probability.html#x"; null when the link is not a relative notebook link.</summary>
    internal static string? ToPage(string url)
    {
        if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith('/') || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return null;
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        string path = hash < 0 ? url : url[..hash];
        string fragment = hash < 0 ? string.Empty : url[hash..];
        if (!path.EndsWith(NotebookExtension, StringComparison.OrdinalIgnoreCase))
            return null;
        return path[..^NotebookExtension.Length] + ".html" + fragment;
    }
}

using System.Reflection;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>The URLs a page uses for its style sheets and scripts, relative to the page.</summary>
internal sealed record AssetUrls(string KatexCss, string KatexJs, string PlotlyJs, string BookCss, string BookJs);

/// <summary>
/// The book's front-end assets. plotly.js and KaTeX come from a CDN, or for offline reading are
/// copied from the npm packages pinned in package.json (KaTeX with its fonts, which its style sheet
/// loads relatively). The book's own style sheet and script are always written to assets/.
/// </summary>
internal static class BookAssets
{
    /// <summary>plotly.js version: the same as package.json and the library's Plotly CDN constant.</summary>
    public const string PlotlyVersion = "2.35.2";

    /// <summary>KaTeX version: the same as package.json.</summary>
    public const string KatexVersion = "0.16.47";

    private const string PlotlySource = "plotly.js-dist-min/plotly.min.js";
    private static readonly string[] KatexFiles = ["katex.min.css", "katex.min.js"];

    public static AssetUrls Urls(AssetSource source) => source switch
    {
        AssetSource.Offline => new AssetUrls(
            "assets/katex/katex.min.css", "assets/katex/katex.min.js", "assets/plotly.min.js", "assets/book.css", "assets/book.js"),
        _ => new AssetUrls(
            $"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/katex.min.css",
            $"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/katex.min.js",
            $"https://cdn.plot.ly/plotly-{PlotlyVersion}.min.js",
            "assets/book.css", "assets/book.js"),
    };

    /// <summary>The files offline mode needs that <paramref name="nodeModules"/> lacks (empty when complete).</summary>
    public static IReadOnlyList<string> MissingOfflineFiles(string nodeModules)
    {
        var needed = KatexFiles.Select(f => Path.Combine(nodeModules, "katex", "dist", f))
            .Append(Path.Combine(nodeModules, PlotlySource));
        var missing = needed.Where(f => !File.Exists(f)).ToList();
        if (!Directory.Exists(Path.Combine(nodeModules, "katex", "dist", "fonts")))
            missing.Add(Path.Combine(nodeModules, "katex", "dist", "fonts") + Path.DirectorySeparatorChar);
        return missing;
    }

    /// <summary>Writes assets/book.css and assets/book.js, and for offline mode the copies of KaTeX and plotly.js.</summary>
    public static void Write(string assetsDirectory, AssetSource source, string? nodeModules)
    {
        Directory.CreateDirectory(assetsDirectory);
        WriteResource("book.css", Path.Combine(assetsDirectory, "book.css"));
        WriteResource("book.js", Path.Combine(assetsDirectory, "book.js"));
        if (source != AssetSource.Offline)
            return;
        var katexDirectory = Path.Combine(assetsDirectory, "katex");
        Directory.CreateDirectory(Path.Combine(katexDirectory, "fonts"));
        foreach (var file in KatexFiles)
            File.Copy(Path.Combine(nodeModules!, "katex", "dist", file), Path.Combine(katexDirectory, file), overwrite: true);
        foreach (var font in Directory.EnumerateFiles(Path.Combine(nodeModules!, "katex", "dist", "fonts")))
            File.Copy(font, Path.Combine(katexDirectory, "fonts", Path.GetFileName(font)), overwrite: true);
        File.Copy(Path.Combine(nodeModules!, PlotlySource), Path.Combine(assetsDirectory, "plotly.min.js"), overwrite: true);
    }

    /// <summary>The text of one of the book's own embedded assets (book.css, book.js).</summary>
    public static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(BookAssets).Namespace + ".Assets." + name)
            ?? throw new InvalidOperationException($"The embedded asset '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void WriteResource(string name, string path) => File.WriteAllText(path, ReadResource(name));
}

using System.Globalization;
using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>One figure output of an executed notebook: the output, the figure's plotly.js JSON and its height in pixels.</summary>
public sealed record FigureOutput(Output Output, string Json, int Height);

/// <summary>
/// Static images for the figures of an executed notebook, for viewers that run no script (GitHub,
/// nbviewer, an untrusted notebook), where an interactive figure would be an empty box. A figure
/// output is one whose <c>text/html</c> is the library's plotly fragment (a <c>div.ml-plot</c> and
/// the line <c>var figure = {…};</c>). <see cref="Attach"/> puts a PNG beside the HTML as
/// <c>image/png</c>, and inside the HTML in place of the figure's pending note, so that a viewer that
/// shows the HTML without running it shows the image; where the script runs, plotly.js replaces it.
/// </summary>
public static partial class FigureImages
{
    /// <summary>The width figures are rendered at, in CSS pixels (a notebook column).</summary>
    public const int Width = 800;

    /// <summary>Every figure output of <paramref name="notebook"/>, in order.</summary>
    public static IReadOnlyList<FigureOutput> Find(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var figures = new List<FigureOutput>();
        foreach (var output in notebook.Cells.SelectMany(c => c.Outputs))
        {
            if (!output.Data.TryGetValue("text/html", out var html) || !html.Contains("class=\"ml-plot\"", StringComparison.Ordinal))
                continue;
            var json = FigureLine().Match(html);
            var height = HeightStyle().Match(html);
            if (json.Success && height.Success)
                figures.Add(new FigureOutput(output, json.Groups[1].Value, int.Parse(height.Groups[1].Value, CultureInfo.InvariantCulture)));
        }
        return figures;
    }

    /// <summary>
    /// Adds <paramref name="png"/> to the figure's output: as <c>image/png</c> (base64) and as an
    /// &lt;img&gt; in place of the HTML's pending note. Attaching twice replaces the first image.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="png"/> is not a PNG file.</exception>
    public static void Attach(FigureOutput figure, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < PngSignature.Length || !png.AsSpan(0, PngSignature.Length).SequenceEqual(PngSignature))
            throw new ArgumentException($"FigureImages.Attach: png must be a PNG file (it starts with the PNG signature); got {png.Length} bytes that do not.", nameof(png));
        string base64 = Convert.ToBase64String(png);
        var output = figure.Output;
        output.Data["image/png"] = base64;
        string image = $"<img class=\"ml-plot-static\" alt=\"Static image of this figure (plotly.js draws it interactively where scripts run)\" src=\"data:image/png;base64,{base64}\" style=\"display:block;max-width:100%;max-height:100%\">";
        output.Data["text/html"] = Placeholder().Replace(output.Data["text/html"], image, 1);
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [GeneratedRegex(@"^\s*var figure = (\{.*\});\s*$", RegexOptions.Multiline)]
    private static partial Regex FigureLine();

    [GeneratedRegex(@"class=""ml-plot"" style=""width:100%;height:(\d+)px""")]
    private static partial Regex HeightStyle();

    [GeneratedRegex(@"<p class=""ml-plot-note""[^>]*>[^<]*</p>|<img class=""ml-plot-static""[^>]*>")]
    private static partial Regex Placeholder();
}

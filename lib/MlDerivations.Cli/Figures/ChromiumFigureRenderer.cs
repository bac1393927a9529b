using Microsoft.Playwright;
using MlDerivations.Notebooks.Rendering;

namespace MlDerivations.Cli.Figures;

/// <summary>
/// Renders figures to PNG with plotly.js in headless Chromium (Debian's, driven by Playwright through
/// its executable path; no browser download, no network): each figure is drawn into a div of
/// <see cref="FigureImages.Width"/> by its own height and exported with <c>Plotly.toImage</c>, so the
/// image is what plotly.js draws, not a screenshot of a page.
/// </summary>
internal sealed class ChromiumFigureRenderer : IAsyncDisposable
{
    /// <summary>Debian's Chromium.</summary>
    public const string DefaultExecutable = "/usr/bin/chromium";

    private const string DrawAndExport = """
        async ({json, width, height}) => {
          const figure = JSON.parse(json);
          const div = document.createElement("div");
          div.style.width = width + "px";
          div.style.height = height + "px";
          document.body.appendChild(div);
          try {
            await Plotly.newPlot(div, figure.data, figure.layout, {staticPlot: true});
            return await Plotly.toImage(div, {format: "png", width: width, height: height});
          } finally {
            Plotly.purge(div);
            div.remove();
          }
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private ChromiumFigureRenderer(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _page = page;
    }

    /// <summary>Starts Chromium at <paramref name="executable"/> with plotly.js from <paramref name="plotlyJs"/> loaded in a blank page.</summary>
    public static async Task<ChromiumFigureRenderer> StartAsync(string executable, string plotlyJs)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run"],
            });
            var page = await browser.NewPageAsync();
            page.SetDefaultTimeout(120_000); // a busy 2-core machine can take longer than Playwright's 30 s to load plotly.js
            await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("file:", StringComparison.Ordinal) || route.Request.Url.StartsWith("data:", StringComparison.Ordinal)
                ? route.ContinueAsync()
                : route.AbortAsync());
            await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\"></body></html>");
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = plotlyJs });
            return new ChromiumFigureRenderer(playwright, browser, page);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>The figure drawn by plotly.js as a PNG file's bytes.</summary>
    public async Task<byte[]> RenderAsync(FigureOutput figure)
    {
        string dataUrl = await _page.EvaluateAsync<string>(DrawAndExport, new { json = figure.Json, width = FigureImages.Width, height = figure.Height });
        const string prefix = "data:image/png;base64,";
        if (!dataUrl.StartsWith(prefix, StringComparison.Ordinal))
            throw new InvalidOperationException($"plotly.js returned no PNG for a figure (got '{dataUrl[..Math.Min(40, dataUrl.Length)]}…').");
        return Convert.FromBase64String(dataUrl[prefix.Length..]);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

using System.Globalization;
using MlDerivations.Validation;
using MlDerivations.Formatting;

namespace MlDerivations.Plotting;

/// <summary>
/// The plotly.js release the figures are written for, and the HTML that draws them. The book and
/// package.json pin the same version (npm's plotly.js-dist-min has it).
/// </summary>
public static class PlotlyJs
{
    /// <summary>The plotly.js version, "2.35.2".</summary>
    public const string Version = "2.35.2";

    /// <summary>The minified plotly.js bundle of <see cref="Version"/> on plotly's CDN.</summary>
    public const string CdnUrl = "https://cdn.plot.ly/plotly-" + Version + ".min.js";

    /// <summary>
    /// An HTML fragment: a div and a script that draws <paramref name="json"/> into it. The script
    /// uses <c>window.Plotly</c> when the page has it (the book, a standalone page, a session where
    /// <see cref="Offline"/> ran); else require.js when present (VS Code, Jupyter), which loads plotly.js
    /// as an AMD module; else it adds one &lt;script src=CDN&gt; to the page, shared by every figure.
    /// </summary>
    /// <remarks>
    /// <para>A figure never silently vanishes. Until it is drawn the div holds a one-line note, so a
    /// viewer that runs no script (GitHub, nbviewer, an untrusted notebook) says why the box is empty;
    /// when plotly.js fails to load or is still missing after <see cref="LoadTimeoutMilliseconds"/>, the
    /// note says so and names the offline remedy.</para>
    /// <para>The script checks that what it got is plotly.js (a <c>newPlot</c> function) before drawing:
    /// a host may start loading require.js without waiting for it, and when require.js arrives before
    /// the CDN bundle runs, the bundle registers itself as an anonymous AMD module instead of setting
    /// <c>window.Plotly</c>; the script then loads it through require.js instead.</para>
    /// <para>The id is a hash of the JSON, so the same figure shown twice has two divs of one id; the
    /// script draws into the first such div not yet drawn (plotly marks drawn ones "js-plotly-plot").
    /// The JSON escapes &lt; and &gt;, so it cannot close the script element.</para>
    /// </remarks>
    internal static string Fragment(string id, string json, int height)
    {
        string h = height.ToString(CultureInfo.InvariantCulture);
        string amdPath = CdnUrl[..^".js".Length];
        string timeout = LoadTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture);
        return $$$"""
            <div id="{{{id}}}" class="ml-plot" style="width:100%;height:{{{h}}}px"><p class="ml-plot-note" style="margin:0;padding:8px;color:#666;font:13px system-ui,sans-serif">{{{Html.Escape(PendingNote)}}}</p></div>
            <script type="text/javascript">
            (function () {
              var id = "{{{id}}}";
              var figure = {{{json}}};
              var config = {"responsive": true, "displaylogo": false};
              var drawn = false;
              function target() {
                var all = document.querySelectorAll('[id="' + id + '"]');
                for (var i = 0; i < all.length; i++) {
                  if (!all[i].classList.contains("js-plotly-plot")) return all[i];
                }
                return all.length ? all[all.length - 1] : null;
              }
              function isPlotly(p) { return !!p && typeof p.newPlot === "function"; }
              function draw(Plotly) {
                var el = target();
                if (drawn || !el) return;
                drawn = true;
                el.textContent = "";
                Plotly.newPlot(el, figure.data, figure.layout, config).then(function (gd) {
                  if (figure.frames) return Plotly.addFrames(gd, figure.frames);
                });
              }
              function fail(reason) {
                var el = target();
                if (drawn || !el) return;
                var note = el.querySelector(".ml-plot-note");
                if (note) note.textContent = "Figure not drawn: " + reason + " {{{OfflineRemedy}}}";
              }
              function unreachable() { fail("plotly.js could not be loaded from {{{CdnUrl}}} (offline?)."); }
              function viaRequire() {
                require.config({paths: {plotly: "{{{amdPath}}}"}});
                require(["plotly"], function (Plotly) {
                  if (isPlotly(Plotly)) draw(Plotly); else fail("require.js did not return plotly.js.");
                }, unreachable);
              }
              function afterScript() {
                if (isPlotly(window.Plotly)) draw(window.Plotly);
                else if (typeof require === "function" && typeof require.config === "function") viaRequire();
                else fail("plotly.js loaded but did not define Plotly.");
              }
              setTimeout(function () { fail("plotly.js did not load within {{{LoadTimeoutMilliseconds / 1000}}} s (offline?)."); }, {{{timeout}}});
              if (isPlotly(window.Plotly)) {
                draw(window.Plotly);
              } else if (typeof require === "function" && typeof require.config === "function") {
                viaRequire();
              } else {
                var loader = document.getElementById("ml-plotly-loader");
                if (!loader) {
                  loader = document.createElement("script");
                  loader.id = "ml-plotly-loader";
                  loader.src = "{{{CdnUrl}}}";
                  loader.addEventListener("load", function () { loader.setAttribute("data-state", "loaded"); });
                  loader.addEventListener("error", function () { loader.setAttribute("data-state", "failed"); });
                  document.head.appendChild(loader);
                }
                var state = loader.getAttribute("data-state");
                if (state === "loaded") afterScript();
                else if (state === "failed") unreachable();
                else {
                  loader.addEventListener("load", afterScript);
                  loader.addEventListener("error", unreachable);
                }
              }
            })();
            </script>
            """;
    }

    /// <summary>How long a figure waits for plotly.js before its note says it did not load.</summary>
    internal const int LoadTimeoutMilliseconds = 20_000;

    /// <summary>The note a figure shows until it is drawn (what a viewer that runs no script shows).</summary>
    internal const string PendingNote =
        "Interactive figure: drawn by plotly.js " + Version + " where scripts run (VS Code, Jupyter, the book).";

    /// <summary>What the note suggests when plotly.js cannot be loaded.</summary>
    internal const string OfflineRemedy =
        "Without network, run MlDerivations.Plotting.PlotlyJs.Offline() in a cell once, then re-run this one.";

    /// <summary>
    /// Embeds the pinned plotly.js in the notebook session, so that figures draw without network:
    /// display the result once (<c>PlotlyJs.Offline()</c> as a cell's last line), then run the figure cells.
    /// </summary>
    /// <param name="plotlyJsPath">
    /// The plotly.min.js of <see cref="Version"/>. By default the one npm installs for this repository
    /// (<c>node_modules/plotly.js-dist-min/plotly.min.js</c>), looked for in the folders above this
    /// library's DLL and above the current directory.
    /// </param>
    /// <exception cref="FileNotFoundException">No plotly.min.js was found; the message lists where it looked.</exception>
    /// <exception cref="ArgumentException">The file is not plotly.js <see cref="Version"/>.</exception>
    public static OfflinePlotly Offline(string? plotlyJsPath = null)
    {
        string path = plotlyJsPath is null ? FindBundle() : Guard.Text(plotlyJsPath, nameof(PlotlyJs), nameof(plotlyJsPath));
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"PlotlyJs.Offline: plotlyJsPath must name an existing plotly.min.js; got '{path}', which does not exist.", path);
        string bundle = File.ReadAllText(path);
        string header = bundle[..Math.Min(bundle.Length, 200)];
        if (!header.Contains("plotly.js v" + Version, StringComparison.Ordinal))
            throw new ArgumentException(
                $"PlotlyJs.Offline: plotlyJsPath must be plotly.js {Version} (the version figures are written for); '{path}' does not start with the header 'plotly.js v{Version}'.",
                nameof(plotlyJsPath));
        if (bundle.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"PlotlyJs.Offline: '{path}' contains '</script', so it cannot be inlined in a script element.", nameof(plotlyJsPath));
        return new OfflinePlotly(Path.GetFullPath(path), bundle);
    }

    /// <summary>Where npm puts the pinned bundle, relative to a folder of the repository.</summary>
    private static readonly string NpmBundle = Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js");

    private static string FindBundle()
    {
        var starts = new[] { Path.GetDirectoryName(typeof(PlotlyJs).Assembly.Location), Directory.GetCurrentDirectory() }
            .Where(d => !string.IsNullOrEmpty(d)).Select(d => Path.GetFullPath(d!)).Distinct().ToList();
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, NpmBundle);
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException(
            $"PlotlyJs.Offline: no {NpmBundle} in any folder above {string.Join(" or ", starts)}. " +
            "Run `npm ci` in the repository root (it installs the pinned plotly.js), or pass plotlyJsPath.");
    }

    /// <summary>A standalone page that loads plotly.js from <paramref name="source"/> and shows the fragment.</summary>
    internal static string Page(string title, string source, string fragment) =>
        $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Html.Escape(title)}}</title>
        <script src="{{Html.Escape(source)}}" charset="utf-8"></script>
        </head>
        <body style="margin:0;padding:16px;font-family:system-ui,sans-serif">
        {{fragment}}
        </body>
        </html>

        """;
}

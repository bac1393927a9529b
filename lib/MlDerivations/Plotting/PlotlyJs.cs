using System.Globalization;
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
    /// uses <c>window.Plotly</c> when the page has it (the book, a standalone page); else require.js
    /// when present (VS Code, Jupyter), which loads plotly.js as an AMD module; else it adds one
    /// &lt;script src=CDN&gt; to the page, shared by every figure, and draws once it has loaded.
    /// </summary>
    /// <remarks>
    /// The id is a hash of the JSON, so the same figure shown twice has two divs of one id; the
    /// script draws into the first such div not yet drawn (plotly marks drawn ones "js-plotly-plot").
    /// The JSON escapes &lt; and &gt;, so it cannot close the script element.
    /// </remarks>
    internal static string Fragment(string id, string json, int height)
    {
        string h = height.ToString(CultureInfo.InvariantCulture);
        string amdPath = CdnUrl[..^".js".Length];
        return $$$"""
            <div id="{{{id}}}" class="ml-plot" style="width:100%;height:{{{h}}}px"></div>
            <script type="text/javascript">
            (function () {
              var id = "{{{id}}}";
              var figure = {{{json}}};
              var config = {"responsive": true, "displaylogo": false};
              function target() {
                var all = document.querySelectorAll('[id="' + id + '"]');
                for (var i = 0; i < all.length; i++) {
                  if (!all[i].classList.contains("js-plotly-plot")) return all[i];
                }
                return all.length ? all[all.length - 1] : null;
              }
              function draw(Plotly) {
                var el = target();
                if (!el) return;
                Plotly.newPlot(el, figure.data, figure.layout, config).then(function (gd) {
                  if (figure.frames) return Plotly.addFrames(gd, figure.frames);
                });
              }
              if (window.Plotly) {
                draw(window.Plotly);
              } else if (typeof require === "function" && typeof require.config === "function") {
                require.config({paths: {plotly: "{{{amdPath}}}"}});
                require(["plotly"], function (Plotly) { draw(Plotly); });
              } else {
                var loader = document.getElementById("ml-plotly-loader");
                if (!loader) {
                  loader = document.createElement("script");
                  loader.id = "ml-plotly-loader";
                  loader.src = "{{{CdnUrl}}}";
                  document.head.appendChild(loader);
                }
                loader.addEventListener("load", function () { draw(window.Plotly); });
              }
            })();
            </script>
            """;
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

using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MlDerivations.Notebooks.Format;

namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// A code cell's outputs as HTML. Text (streams, <c>text/plain</c>, errors) is escaped inside
/// &lt;pre&gt;, never interpreted as markup; <c>text/html</c> and <c>image/svg+xml</c> are inserted
/// live so figures draw; images become data URLs. When an output carries several MIME types the
/// richest one is shown, as a notebook front end would.
/// </summary>
internal static partial class OutputRenderer
{
    // Most preferred first.
    private static readonly string[] MimePreference =
        ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/latex", "text/plain"];

    /// <summary>Appends the HTML of every output of a cell to <paramref name="html"/>.</summary>
    public static void Write(StringBuilder html, IEnumerable<Output> outputs)
    {
        foreach (var output in outputs)
        {
            switch (output.Type)
            {
                case OutputType.Stream:
                    var stream = output.StreamName == "stderr" ? "stderr" : "stdout";
                    AppendPre(html, "output stream " + stream, output.Text ?? string.Empty);
                    break;
                case OutputType.Error:
                    WriteError(html, output);
                    break;
                default:
                    WriteData(html, output.Data);
                    break;
            }
        }
    }

    private static void WriteData(StringBuilder html, IReadOnlyDictionary<string, string> data)
    {
        var mime = MimePreference.FirstOrDefault(data.ContainsKey);
        if (mime is null)
            return;
        var content = data[mime];
        switch (mime)
        {
            case "text/html":
            case "image/svg+xml":
                html.Append("<div class=\"output rich\">").Append(content).Append("</div>\n");
                break;
            case "image/png":
            case "image/jpeg":
                html.Append("<div class=\"output rich\"><img alt=\"figure\" src=\"data:").Append(mime).Append(";base64,")
                    .Append(WebUtility.HtmlEncode(Whitespace().Replace(content, string.Empty))).Append("\"></div>\n");
                break;
            case "text/markdown":
                html.Append("<div class=\"output markdown\">").Append(MathMarkdown.ToHtml(MathMarkdown.Parse(content))).Append("</div>\n");
                break;
            case "text/latex":
                html.Append("<div class=\"output latex\"><div class=\"math display\">")
                    .Append(WebUtility.HtmlEncode(content.Trim().Trim('$'))).Append("</div></div>\n");
                break;
            default:
                AppendPre(html, "output text", content);
                break;
        }
    }

    private static void WriteError(StringBuilder html, Output output)
    {
        var text = new StringBuilder();
        text.Append(output.EName).Append(": ").Append(output.EValue);
        foreach (var line in output.Traceback)
        {
            // Tracebacks often start by repeating "EName: EValue"; show it once.
            var clean = StripAnsi(line);
            if (clean.Trim() != text.ToString().Trim())
                text.Append('\n').Append(clean);
        }
        AppendPre(html, "output error", text.ToString());
    }

    private static void AppendPre(StringBuilder html, string cssClass, string text) =>
        html.Append("<pre class=\"").Append(cssClass).Append("\">")
            .Append(WebUtility.HtmlEncode(StripAnsi(text).TrimEnd('\n'))).Append("</pre>\n");

    /// <summary>Removes terminal colour codes (ESC [ … m), which kernels put in tracebacks.</summary>
    internal static string StripAnsi(string text) => Ansi().Replace(text, string.Empty);

    [GeneratedRegex(@"\x1B\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

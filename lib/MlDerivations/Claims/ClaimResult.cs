using MlDerivations.Formatting;

namespace MlDerivations.Claims;

/// <summary>
/// A claim that was checked and holds. It renders as one line, "✓ (5.7) label, detail", in HTML
/// and in plain text, so a claim-check cell shows what was verified and by how much.
/// </summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class ClaimResult : IRichDisplay
{
    internal ClaimResult(string label, string detail)
    {
        Label = label;
        Detail = detail;
    }

    /// <summary>The claim, as the notebook states it.</summary>
    public string Label { get; }

    /// <summary>The evidence: the numbers compared and the tolerance.</summary>
    public string Detail { get; }

    /// <summary>The one-line summary, e.g. "✓ (5.7) normal equations = QR, max |Δ| = 3e-12 ≤ 1e-9".</summary>
    public override string ToString() => Detail.Length == 0 ? $"✓ {Label}" : $"✓ {Label}, {Detail}";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"ml-claim ml-claim-passed\" style=\"font-family:system-ui,sans-serif\">");
        writer.Write("<span style=\"color:#15803d;font-weight:bold\">✓</span> <strong>");
        writer.Write(Html.Escape(Label));
        writer.Write("</strong>");
        if (Detail.Length > 0)
        {
            writer.Write(", <span style=\"font-family:ui-monospace,monospace\">");
            writer.Write(Html.Escape(Detail));
            writer.Write("</span>");
        }
        writer.Write("</div>");
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}

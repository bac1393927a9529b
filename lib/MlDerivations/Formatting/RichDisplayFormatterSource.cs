using System.Collections;

namespace MlDerivations.Formatting;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on every displayable type.
/// The kernel requires a public parameterless constructor and a public <c>CreateTypeFormatters()</c>;
/// each formatter it returns has a public <c>MimeType</c> and exactly one public
/// <c>bool Format(object instance, TextWriter writer)</c> (a second overload would break discovery).
/// </summary>
internal sealed class RichDisplayFormatterSource
{
    public IEnumerable CreateTypeFormatters() =>
        new object[] { new HtmlDisplayFormatter(), new PlainTextDisplayFormatter() };
}

/// <summary>Formats an <see cref="IRichDisplay"/> as <c>text/html</c>.</summary>
internal sealed class HtmlDisplayFormatter
{
    public string MimeType => "text/html";

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not IRichDisplay display) return false;
        display.WriteHtml(writer);
        return true;
    }
}

/// <summary>Formats an <see cref="IRichDisplay"/> as <c>text/plain</c>.</summary>
internal sealed class PlainTextDisplayFormatter
{
    public string MimeType => "text/plain";

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not IRichDisplay display) return false;
        display.WritePlainText(writer);
        return true;
    }
}

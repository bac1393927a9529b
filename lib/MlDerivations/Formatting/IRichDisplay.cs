namespace MlDerivations.Formatting;

/// <summary>
/// A value that knows how to show itself in a notebook: as an HTML fragment (a figure, a table, a
/// claim's ✓ line) and as one line of plain text. Types opt in by implementing this and carrying
/// <c>[TypeFormatterSource(typeof(RichDisplayFormatterSource))]</c>.
/// </summary>
internal interface IRichDisplay
{
    /// <summary>Writes an HTML fragment (no &lt;html&gt; or &lt;body&gt;) that shows the value.</summary>
    void WriteHtml(TextWriter writer);

    /// <summary>Writes a short plain-text summary, for hosts and logs that cannot show HTML.</summary>
    void WritePlainText(TextWriter writer);
}

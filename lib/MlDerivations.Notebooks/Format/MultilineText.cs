using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// nbformat's "multiline string": stored as an array of lines, each keeping its '\n' (the last one
/// without, when the text does not end in a line break); read from a string or such an array.
/// </summary>
internal static class MultilineText
{
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            int next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }
        return lines;
    }

    /// <summary>Which mime types Jupyter stores as line arrays: text/*, JavaScript and SVG.</summary>
    public static bool IsSplitMimeType(string mime) =>
        mime.StartsWith("text/", StringComparison.Ordinal) || mime is "application/javascript" or "image/svg+xml";

    /// <summary>JSON mime types hold a JSON value rather than text.</summary>
    public static bool IsJsonMimeType(string mime) =>
        mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);
}

using System.Globalization;
using System.Net;

namespace MlDerivations.Formatting;

/// <summary>Small helpers for writing HTML and numbers as text, always in the invariant culture.</summary>
internal static class Html
{
    /// <summary>Escapes text for an HTML element or a double-quoted attribute.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A number as text with the invariant culture, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number with <paramref name="significant"/> significant digits, invariant culture.</summary>
    public static string Number(double value, int significant) =>
        value.ToString("G" + significant.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

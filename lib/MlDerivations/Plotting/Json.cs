using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace MlDerivations.Plotting;

/// <summary>
/// Writing plotly.js JSON. Numbers go through <see cref="Utf8JsonWriter"/>, which formats doubles in
/// their shortest round-trip form with no culture; NaN and ±∞ have no JSON form, so they become
/// <c>null</c>, which plotly draws as a gap.
/// </summary>
internal static class Json
{
    /// <summary>
    /// Keeps letters such as λ readable but still escapes &lt;, &gt;, &amp; and quotes, so the JSON
    /// can sit inside an HTML &lt;script&gt; element without closing it.
    /// </summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
            write(writer);
        // Indented output uses Environment.NewLine; pin "\n" so the bytes are the same on every OS.
        string text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return indented ? text.Replace("\r\n", "\n") : text;
    }

    public static void Number(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }

    public static void Number(Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        Number(writer, value);
    }

    public static void Numbers(Utf8JsonWriter writer, string name, IReadOnlyList<double> values)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (double v in values) Number(writer, v);
        writer.WriteEndArray();
    }

    public static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (string v in values) writer.WriteStringValue(v);
        writer.WriteEndArray();
    }

    /// <summary>A grid z[i, j] as plotly's list of rows: row i holds the values at y[i].</summary>
    public static void Rows(Utf8JsonWriter writer, string name, double[,] z)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        for (int i = 0; i < z.GetLength(0); i++)
        {
            writer.WriteStartArray();
            for (int j = 0; j < z.GetLength(1); j++) Number(writer, z[i, j]);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    public static void Range(Utf8JsonWriter writer, string name, (double Min, double Max) range) =>
        Numbers(writer, name, [range.Min, range.Max]);
}

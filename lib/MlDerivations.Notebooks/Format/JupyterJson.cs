using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// Writes JSON exactly as Jupyter (<c>json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)</c>)
/// and VS Code's ipynb serializer do: keys in ordinal order, one space per level, ", " never at line
/// ends, ": " after keys, non-ASCII written as is, and only '"', '\\' and control characters escaped.
/// Numbers read from a file keep their original text, so a round trip changes no byte.
/// </summary>
internal static class JupyterJson
{
    public static void Write(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null: text.Append("null"); break;
            case JsonObject obj: WriteObject(text, obj, depth); break;
            case JsonArray array: WriteArray(text, array, depth); break;
            case JsonValue value: WriteValue(text, value); break;
        }
    }

    private static void WriteObject(StringBuilder text, JsonObject obj, int depth)
    {
        if (obj.Count == 0) { text.Append("{}"); return; }
        text.Append("{\n");
        var keys = obj.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        for (int i = 0; i < keys.Count; i++)
        {
            text.Append(' ', depth + 1);
            WriteString(text, keys[i]);
            text.Append(": ");
            Write(text, obj[keys[i]], depth + 1);
            text.Append(i < keys.Count - 1 ? ",\n" : "\n");
        }
        text.Append(' ', depth).Append('}');
    }

    private static void WriteArray(StringBuilder text, JsonArray array, int depth)
    {
        if (array.Count == 0) { text.Append("[]"); return; }
        text.Append("[\n");
        for (int i = 0; i < array.Count; i++)
        {
            text.Append(' ', depth + 1);
            Write(text, array[i], depth + 1);
            text.Append(i < array.Count - 1 ? ",\n" : "\n");
        }
        text.Append(' ', depth).Append(']');
    }

    private static void WriteValue(StringBuilder text, JsonValue value)
    {
        if (value.TryGetValue(out JsonElement element))
        {
            if (element.ValueKind == JsonValueKind.String) WriteString(text, element.GetString()!);
            else text.Append(element.GetRawText());
            return;
        }
        switch (value.GetValueKind())
        {
            case JsonValueKind.String: WriteString(text, value.GetValue<string>()); break;
            case JsonValueKind.True: text.Append("true"); break;
            case JsonValueKind.False: text.Append("false"); break;
            case JsonValueKind.Number: text.Append(NumberText(value)); break;
            default: text.Append("null"); break;
        }
    }

    /// <summary>Integers as integers; other numbers as Python's repr writes a float (1.5, 2.0, 1e-05).</summary>
    private static string NumberText(JsonValue value)
    {
        if (value.TryGetValue(out int i)) return i.ToString(CultureInfo.InvariantCulture);
        if (value.TryGetValue(out long l)) return l.ToString(CultureInfo.InvariantCulture);
        double d = value.GetValue<double>();
        if (!double.IsFinite(d))
            throw new ArgumentOutOfRangeException(nameof(value), d, $"JupyterJson.Value must be a finite number; got {d.ToString(CultureInfo.InvariantCulture)}.");
        string r = d.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
        return r.Contains('.') || r.Contains('e') ? r : r + ".0";
    }

    public static void WriteString(StringBuilder text, string s)
    {
        text.Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(s, i)) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }

    private static bool IsLoneSurrogate(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        return false;
    }
}

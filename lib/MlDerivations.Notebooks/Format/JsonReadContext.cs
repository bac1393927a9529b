using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// Typed access to a parsed notebook that reports every problem as a
/// <see cref="NotebookFormatException"/> naming the file and the JSON path.
/// </summary>
internal sealed class JsonReadContext(string file)
{
    public NotebookFormatException Error(string path, string problem) => new(file, path, problem);

    public JsonObject Object(JsonNode? node, string path) =>
        node as JsonObject ?? throw Error(path, $"must be an object; got {Describe(node)}.");

    public JsonArray Array(JsonNode? node, string path) =>
        node as JsonArray ?? throw Error(path, $"must be an array; got {Describe(node)}.");

    public JsonNode Required(JsonObject obj, string key, string path) =>
        obj.TryGetPropertyValue(key, out var value) && value is not null
            ? value
            : throw Error(path, obj.ContainsKey(key) ? $"\"{key}\" must not be null." : $"missing required field \"{key}\".");

    public string String(JsonNode? node, string path) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw Error(path, $"must be a string; got {Describe(node)}.");

    public int Int(JsonNode? node, string path)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int i)) return i;
        if (node is JsonValue e && e.TryGetValue(out JsonElement el) && el.ValueKind == JsonValueKind.Number && el.TryGetInt32(out int j)) return j;
        throw Error(path, $"must be an integer; got {Describe(node)}.");
    }

    public int? NullableInt(JsonNode? node, string path) => node is null ? null : Int(node, path);

    /// <summary>A multiline string: a string, or an array of strings that is joined.</summary>
    public string Multiline(JsonNode? node, string path)
    {
        if (node is JsonArray lines)
            return string.Concat(lines.Select((line, i) => String(line, $"{path}[{i}]")));
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String) return v.GetValue<string>();
        throw Error(path, $"must be a string or an array of strings; got {Describe(node)}.");
    }

    public void OnlyKnownKeys(JsonObject obj, string path, params string[] known)
    {
        foreach (var (key, _) in obj)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
                throw Error($"{path}.{key}", $"unknown field \"{key}\"; nbformat 4.5 allows only {string.Join(", ", known.Select(k => $"\"{k}\""))} here.");
        }
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => $"the string \"{Shorten(v.GetValue<string>())}\"",
            JsonValueKind.Number => $"the number {v.ToJsonString()}",
            JsonValueKind.True or JsonValueKind.False => $"the boolean {v.ToJsonString()}",
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}

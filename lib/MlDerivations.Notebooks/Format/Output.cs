using System.Text.Json.Nodes;

namespace MlDerivations.Notebooks.Format;

/// <summary>
/// One output of a code cell. Which members apply depends on <see cref="Type"/>:
/// execute_result and display_data use <see cref="Data"/> and <see cref="Metadata"/> (and
/// execute_result <see cref="ExecutionCount"/>); stream uses <see cref="StreamName"/> and
/// <see cref="Text"/>; error uses <see cref="EName"/>, <see cref="EValue"/> and <see cref="Traceback"/>.
/// </summary>
public sealed class Output
{
    /// <summary>The output type.</summary>
    public OutputType Type { get; set; }

    /// <summary>
    /// The mime bundle: mime type → content as text, ordered by mime type. JSON mime types
    /// (<c>application/json</c>, <c>*+json</c>) hold their JSON as text.
    /// </summary>
    public SortedDictionary<string, string> Data { get; } = new(StringComparer.Ordinal);

    /// <summary>The output's metadata (execute_result and display_data).</summary>
    public JsonObject Metadata { get; set; } = [];

    /// <summary>The execution count of an execute_result.</summary>
    public int? ExecutionCount { get; set; }

    /// <summary>"stdout" or "stderr" for a stream output.</summary>
    public string? StreamName { get; set; }

    /// <summary>The text of a stream output.</summary>
    public string? Text { get; set; }

    /// <summary>The exception type's full name, for an error output.</summary>
    public string? EName { get; set; }

    /// <summary>The exception message, for an error output.</summary>
    public string? EValue { get; set; }

    /// <summary>The traceback lines of an error output.</summary>
    public List<string> Traceback { get; } = [];

    /// <summary>A stream output.</summary>
    public static Output Stream(string name, string text) =>
        new() { Type = OutputType.Stream, StreamName = name, Text = text };

    /// <summary>An error output.</summary>
    public static Output Error(string ename, string evalue, IEnumerable<string> traceback)
    {
        var output = new Output { Type = OutputType.Error, EName = ename, EValue = evalue };
        output.Traceback.AddRange(traceback);
        return output;
    }
}

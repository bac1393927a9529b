using System.Text;

namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// Collects the outputs of the cell that is running, in the order they happen: consecutive writes
/// to one console stream merge into one stream output; display(x) and the result add mime bundles.
/// </summary>
internal sealed class CellOutputCollector
{
    private readonly object gate = new();
    private List<WireOutput> outputs = [];

    /// <summary>Starts a new cell and returns the outputs of the previous one.</summary>
    public List<WireOutput> TakeAll()
    {
        lock (gate)
        {
            var taken = outputs;
            outputs = [];
            return taken;
        }
    }

    public void WriteStream(string name, string text)
    {
        if (text.Length == 0) return;
        lock (gate)
        {
            if (outputs.Count > 0 && outputs[^1] is { Type: "stream" } last && last.Name == name)
                outputs[^1] = last with { Text = last.Text + text };
            else
                outputs.Add(new WireOutput("stream", Name: name, Text: text));
        }
    }

    public void AddDisplay(string type, Dictionary<string, string> data)
    {
        lock (gate) outputs.Add(new WireOutput(type, Data: data));
    }

    public void AddError(WireOutput error)
    {
        lock (gate) outputs.Add(error);
    }
}

/// <summary>A console writer that sends what a cell prints to the collector as a stream output.</summary>
internal sealed class CellConsoleWriter(CellOutputCollector collector, string streamName) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => collector.WriteStream(streamName, value.ToString());

    public override void Write(string? value) => collector.WriteStream(streamName, value ?? "");

    public override void Write(char[] buffer, int index, int count) => collector.WriteStream(streamName, new string(buffer, index, count));

    public override void WriteLine(string? value) => collector.WriteStream(streamName, (value ?? "") + "\n");

}

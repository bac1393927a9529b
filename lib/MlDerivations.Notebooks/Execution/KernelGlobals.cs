namespace MlDerivations.Notebooks.Execution;

/// <summary>
/// The globals every cell sees, as in the .NET Interactive kernel: <c>display(x)</c> shows a value
/// as a display_data output with every mime type its formatters give (or only the mime types named).
/// </summary>
public sealed class KernelGlobals
{
    private readonly CellOutputCollector collector;

    internal KernelGlobals(CellOutputCollector collector) => this.collector = collector;

    /// <summary>Shows <paramref name="value"/> below the cell; returns a handle, never shown itself.</summary>
#pragma warning disable IDE1006 // lower-case on purpose: the kernel's top-level function is display(...)
    public DisplayedValue display(object? value, params string[] mimeTypes)
#pragma warning restore IDE1006
    {
        var data = ValueFormatter.Format(value);
        if (mimeTypes.Length > 0)
            data = data.Where(kv => mimeTypes.Contains(kv.Key, StringComparer.Ordinal)).ToDictionary();
        collector.AddDisplay("display_data", data);
        return new DisplayedValue();
    }
}

/// <summary>What <c>display(x)</c> returns; a trailing <c>display(x)</c> therefore adds no execute_result.</summary>
public sealed class DisplayedValue;

namespace MlDerivations.Plotting;

/// <summary>One axis's settings (<c>layout.xaxis{k}</c>, <c>yaxis{k}</c> or a scene's axis).</summary>
internal sealed record AxisSettings(string? Title, bool Log, (double Min, double Max)? Range);

/// <summary>
/// A shape in <c>layout.shapes</c>: "line", "rect" or "circle" between (X0, Y0) and (X1, Y1) in the
/// data coordinates of subplot <see cref="Cell"/>; a spanning line uses the axis's domain (0 to 1).
/// </summary>
internal sealed record Shape(string Kind, double X0, double Y0, double X1, double Y1, int Cell)
{
    public bool SpansX { get; init; }
    public bool SpansY { get; init; }
    public string? LineColor { get; init; }
    public string? Dash { get; init; }
    public string? FillColor { get; init; }
    public double? Opacity { get; init; }
}

/// <summary>A text note in <c>layout.annotations</c> at (X, Y) of subplot <see cref="Cell"/>, with or without an arrow.</summary>
internal sealed record Annotation(double X, double Y, string Text, bool Arrow, int Cell);

/// <summary>One animation frame: data for traces FirstTrace, FirstTrace + 1, … of the figure, and an optional title.</summary>
internal sealed record AnimationFrame(string Name, IReadOnlyList<Trace> Traces, string? Title, int FirstTrace);

using MlDerivations.Validation;
namespace MlDerivations.Plotting;

// Shapes and annotations (layout.shapes, layout.annotations), in data coordinates of a subplot.
public sealed partial record Figure
{
    /// <summary>Draws a line segment from (x0, y0) to (x1, y1) in subplot (row, column).</summary>
    public Figure Line(double x0, double y0, double x1, double y1, string color = "#444", string dash = "solid", int row = 1, int column = 1)
    {
        FiniteAll((x0, nameof(x0)), (y0, nameof(y0)), (x1, nameof(x1)), (y1, nameof(y1)));
        return AddShape(new Shape("line", x0, y0, x1, y1, CheckedCell(row, column)), color, dash);
    }

    /// <summary>Draws a vertical line x = <paramref name="x"/> across the whole height of subplot (row, column).</summary>
    public Figure VerticalLine(double x, string color = "#444", string dash = "dash", int row = 1, int column = 1)
    {
        Guard.Finite(x, F, nameof(x));
        return AddShape(new Shape("line", x, 0, x, 1, CheckedCell(row, column)) { SpansY = true }, color, dash);
    }

    /// <summary>Draws a horizontal line y = <paramref name="y"/> across the whole width of subplot (row, column).</summary>
    public Figure HorizontalLine(double y, string color = "#444", string dash = "dash", int row = 1, int column = 1)
    {
        Guard.Finite(y, F, nameof(y));
        return AddShape(new Shape("line", 0, y, 1, y, CheckedCell(row, column)) { SpansX = true }, color, dash);
    }

    /// <summary>Shades the rectangle [x0, x1] × [y0, y1] in subplot (row, column).</summary>
    public Figure Rectangle(double x0, double y0, double x1, double y1, string fill = "rgba(100,100,100,0.15)", int row = 1, int column = 1)
    {
        FiniteAll((x0, nameof(x0)), (y0, nameof(y0)), (x1, nameof(x1)), (y1, nameof(y1)));
        var shape = new Shape("rect", x0, y0, x1, y1, CheckedCell(row, column)) { FillColor = Guard.Text(fill, F, nameof(fill)) };
        return this with { Shapes = Shapes.Add(shape) };
    }

    /// <summary>Draws the circle of centre (cx, cy) and radius r in data units (round only with <see cref="EqualAspect"/>).</summary>
    public Figure Circle(double cx, double cy, double r, string color = "#444", string dash = "solid", int row = 1, int column = 1)
    {
        FiniteAll((cx, nameof(cx)), (cy, nameof(cy)));
        Guard.Positive(r, F, nameof(r));
        return AddShape(new Shape("circle", cx - r, cy - r, cx + r, cy + r, CheckedCell(row, column)), color, dash);
    }

    /// <summary>Writes <paramref name="text"/> at (x, y) of subplot (row, column), with an arrow pointing at the point or without.</summary>
    /// <exception cref="ArgumentOutOfRangeException">x or y is not finite, or ≤ 0 on a log axis of that subplot.</exception>
    public Figure Annotate(double x, double y, string text, bool arrow = true, int row = 1, int column = 1)
    {
        FiniteAll((x, nameof(x)), (y, nameof(y)));
        int cell = CheckedCell(row, column);
        PositiveOnLogAxis(x, XAxes.GetValueOrDefault(cell), "x", nameof(x));
        PositiveOnLogAxis(y, YAxes.GetValueOrDefault(cell), "y", nameof(y));
        var note = new Annotation(x, y, Guard.NotNull(text, F, nameof(text)), arrow, cell);
        return this with { Annotations = Annotations.Add(note) };
    }

    // plotly places annotations on a log axis at log₁₀ of the coordinate, which does not exist for ≤ 0.
    private static void PositiveOnLogAxis(double value, AxisSettings? axis, string axisName, string parameter)
    {
        if (axis is { Log: true } && !(value > 0))
            throw Guard.OutOfRange(F, parameter, $"be > 0 on a log {axisName} axis", Formatting.Html.Number(value), value);
    }

    // The same rule when the log axis comes after the annotations: name the annotation that breaks it.
    private void AnnotationsPositive(int cell, bool log, Func<Annotation, double> coordinate, string axisName)
    {
        if (!log) return;
        foreach (Annotation a in Annotations)
            if (a.Cell == cell && !(coordinate(a) > 0))
                throw Guard.OutOfRange(F, nameof(log),
                    $"be false while annotation \"{a.Text}\" sits at {axisName} = {Formatting.Html.Number(coordinate(a))} ≤ 0", "true", log);
    }

    private Figure AddShape(Shape shape, string color, string dash) =>
        this with
        {
            Shapes = Shapes.Add(shape with
            {
                LineColor = Guard.Text(color, F, nameof(color)),
                Dash = Guard.OneOf(dash, F, nameof(dash), Trace.Dashes),
            }),
        };

    private static void FiniteAll(params (double Value, string Name)[] values)
    {
        foreach (var (value, name) in values) Guard.Finite(value, F, name);
    }
}

using MlDerivations.Validation;
namespace MlDerivations.Plotting;

// Layout: title, axes, size, legend, grid of subplots.
public sealed partial record Figure
{
    private static readonly string[] LegendPositions = ["right", "top left", "top right", "bottom left", "bottom right", "below", "hidden"];
    private static readonly string[] BarModes = ["group", "overlay", "stack", "relative"];

    /// <summary>Sets the figure's title (<c>layout.title.text</c>).</summary>
    public Figure Title(string title) => this with { TitleText = Guard.NotNull(title, F, nameof(title)) };

    /// <summary>
    /// Sets the x axis of subplot (row, column): its title, a log₁₀ scale (<c>type = "log"</c>) and
    /// its range in data units (on a log axis, converted to the log₁₀ units plotly expects).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="log"/> is true while an annotation of the subplot sits at a coordinate ≤ 0.</exception>
    public Figure XAxis(string? title = null, bool log = false, (double Min, double Max)? range = null, int row = 1, int column = 1)
    {
        int cell = CheckedCell(row, column);
        AnnotationsPositive(cell, log, a => a.X, "x");
        return this with { XAxes = XAxes.SetItem(cell, Axis(title, log, range)) };
    }

    /// <summary>Sets the y axis of subplot (row, column); see <see cref="XAxis"/>.</summary>
    public Figure YAxis(string? title = null, bool log = false, (double Min, double Max)? range = null, int row = 1, int column = 1)
    {
        int cell = CheckedCell(row, column);
        AnnotationsPositive(cell, log, a => a.Y, "y");
        return this with { YAxes = YAxes.SetItem(cell, Axis(title, log, range)) };
    }

    /// <summary>Sets the z axis of the 3-D scene in subplot (row, column); see <see cref="XAxis"/>.</summary>
    public Figure ZAxis(string? title = null, bool log = false, (double Min, double Max)? range = null, int row = 1, int column = 1) =>
        this with { ZAxes = ZAxes.SetItem(CheckedCell(row, column), Axis(title, log, range)) };

    /// <summary>
    /// Makes one unit on y as long as one unit on x in subplot (row, column)
    /// (<c>yaxis.scaleanchor = "x"</c>, <c>scaleratio = 1</c>), so circles look round.
    /// </summary>
    public Figure EqualAspect(int row = 1, int column = 1) =>
        this with { EqualAspectCells = EqualAspectCells.Add(CheckedCell(row, column)) };

    /// <summary>Sets the height in pixels (default 420, 320 per row for grids, +100 when animated).</summary>
    public Figure Height(int pixels) => this with { HeightPx = Guard.AtLeast(pixels, F, nameof(pixels), 50) };

    /// <summary>Sets a fixed width in pixels (by default the figure fills its container).</summary>
    public Figure Width(int pixels) => this with { WidthPx = Guard.AtLeast(pixels, F, nameof(pixels), 50) };

    /// <summary>
    /// Places the legend: "right" (plotly's default, outside the plot), "top left", "top right",
    /// "bottom left", "bottom right" (inside), "below" (horizontal) or "hidden".
    /// </summary>
    public Figure Legend(string position) =>
        this with { LegendPosition = Guard.OneOf(position, F, nameof(position), LegendPositions) };

    /// <summary>How bars and histograms at one x share it (<c>barmode</c>): "group", "overlay", "stack" or "relative".</summary>
    public Figure BarMode(string mode) => this with { BarModeValue = Guard.OneOf(mode, F, nameof(mode), BarModes) };

    /// <summary>
    /// Splits the figure into rows × columns subplots, cell (1, 1) at the top left, each with its own
    /// axes (<c>xaxis{k}</c>/<c>yaxis{k}</c> with domains, or <c>scene{k}</c> for 3-D traces) and
    /// an optional title per cell, row by row. Place traces with <see cref="Trace.OnSubplot"/>.
    /// </summary>
    public Figure Grid(int rows, int columns, params string[] titles)
    {
        Guard.AtLeast(rows, F, nameof(rows), 1);
        Guard.AtLeast(columns, F, nameof(columns), 1);
        Guard.NotNull(titles, F, nameof(titles));
        if (titles.Length > rows * columns || titles.Any(t => t is null))
            throw new ArgumentException(
                $"Figure.Titles must hold at most one non-null title per cell ({rows * columns}); got {titles.Length} titles{(titles.Any(t => t is null) ? " with a null" : "")}.",
                nameof(titles));
        // Cell numbers depend on the column count, so the grid is fixed once; cell 1 is (1, 1) in any grid.
        if (Rows * Columns > 1)
            throw new InvalidOperationException(
                $"Figure.Grid can be set once; this figure already has a {Rows}×{Columns} grid.");
        return this with { Rows = rows, Columns = columns, SubplotTitles = [.. titles] };
    }

    private static AxisSettings Axis(string? title, bool log, (double Min, double Max)? range)
    {
        if (range is { } r)
        {
            Guard.Interval(r, F, nameof(range));
            if (log && !(r.Min > 0))
                throw new ArgumentOutOfRangeException(nameof(range), r,
                    $"Figure.Range must be positive on a log axis; got ({Formatting.Html.Number(r.Min)}, {Formatting.Html.Number(r.Max)}).");
        }
        return new AxisSettings(title, log, range);
    }

    private int CheckedCell(int row, int column)
    {
        if (row < 1 || row > Rows)
            throw new ArgumentOutOfRangeException(nameof(row), row,
                $"Figure.Row must be between 1 and the grid's {Rows} rows; got {row}. Call Grid(rows, columns) first.");
        if (column < 1 || column > Columns)
            throw new ArgumentOutOfRangeException(nameof(column), column,
                $"Figure.Column must be between 1 and the grid's {Columns} columns; got {column}. Call Grid(rows, columns) first.");
        return Cell(row, column);
    }
}

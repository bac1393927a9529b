using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Plotting;

// Factories: one per kind of trace. Data may be double[], any IEnumerable<double> or a MathNet
// Vector<double> (which is an IEnumerable<double>); it is copied, never kept by reference.
public sealed partial record Trace
{
    private const string T = nameof(Trace);

    /// <summary>Points (x_i, y_i) drawn as markers: a plotly scatter with mode "markers".</summary>
    public static Trace Markers(IEnumerable<double> x, IEnumerable<double> y) => Scatter("markers", x, y);

    /// <summary>Points (x_i, y_i) joined by a line: a plotly scatter with mode "lines".</summary>
    public static Trace Lines(IEnumerable<double> x, IEnumerable<double> y) => Scatter("lines", x, y);

    /// <summary>
    /// Values y_i joined by a line against their index i = 0, 1, …, n−1 (plotly's default x), e.g. a
    /// loss or log-likelihood per iteration.
    /// </summary>
    public static Trace Lines(IEnumerable<double> y) =>
        new Trace("scatter") { Mode = "lines", Y = Guard.Data(y, T, nameof(y)) };

    /// <summary>Points (x_i, y_i) drawn as markers joined by a line: mode "lines+markers".</summary>
    public static Trace LinesAndMarkers(IEnumerable<double> x, IEnumerable<double> y) => Scatter("lines+markers", x, y);

    /// <summary>
    /// A shaded band between lower_i and upper_i over x_i (a confidence or predictive interval): one
    /// closed polygon, x then x reversed, upper then lower reversed, with <c>fill = "toself"</c>.
    /// </summary>
    public static Trace Band(IEnumerable<double> x, IEnumerable<double> lower, IEnumerable<double> upper)
    {
        double[] xs = Guard.Data(x, T, nameof(x));
        double[] lo = Guard.SameLength(lower, T, nameof(lower), xs, nameof(x));
        double[] hi = Guard.SameLength(upper, T, nameof(upper), xs, nameof(x));
        return new Trace("scatter")
        {
            Mode = "lines",
            X = [.. xs, .. Enumerable.Reverse(xs)],
            Y = [.. hi, .. Enumerable.Reverse(lo)],
            FillValue = "toself",
            LineWidth = 0,
            OpacityValue = 0.3,
        };
    }

    /// <summary>Bars of height y_i at positions x_i.</summary>
    public static Trace Bar(IEnumerable<double> x, IEnumerable<double> y)
    {
        double[] xs = Guard.Data(x, T, nameof(x));
        return new Trace("bar") { X = xs, Y = Guard.SameLength(y, T, nameof(y), xs, nameof(x)) };
    }

    /// <summary>Bars of height y_i, one per named category (e.g. feature importances by feature name).</summary>
    public static Trace Bar(IEnumerable<string> categories, IEnumerable<double> y)
    {
        string[] names = Guard.NotNull(categories, T, nameof(categories)).ToArray();
        if (names.Any(n => n is null))
            throw new ArgumentException("Trace.Categories must not contain null; got a null category.", nameof(categories));
        double[] ys = Guard.Data(y, T, nameof(y));
        if (ys.Length != names.Length)
            throw new ArgumentException(
                $"Trace.Y must have as many values as categories; got categories of length {names.Length} and y of length {ys.Length}.",
                nameof(y));
        return new Trace("bar") { Categories = names, Y = ys };
    }

    /// <summary>
    /// A histogram of the values, counted by plotly in about <paramref name="bins"/> equal bins
    /// (<c>nbinsx</c>; plotly may round to a nicer width). Null lets plotly choose.
    /// </summary>
    public static Trace Histogram(IEnumerable<double> values, int? bins = null)
    {
        double[] xs = Guard.Data(values, T, nameof(values));
        if (bins is int b) Guard.AtLeast(b, T, nameof(bins), 1);
        return new Trace("histogram") { X = xs, BinCount = bins };
    }

    /// <summary>A heatmap of z, where z[i, j] is the value at (x_j, y_i); x and y default to indices.</summary>
    public static Trace Heatmap(double[,] z, IEnumerable<double>? x = null, IEnumerable<double>? y = null) =>
        OnGrid("heatmap", z, x, y);

    /// <inheritdoc cref="Heatmap(double[,], IEnumerable{double}?, IEnumerable{double}?)"/>
    public static Trace Heatmap(Matrix<double> z, IEnumerable<double>? x = null, IEnumerable<double>? y = null) =>
        OnGrid("heatmap", ToArray(z), x, y);

    /// <summary>Filled contours of z, where z[i, j] is the value at (x_j, y_i); x and y default to indices.</summary>
    public static Trace Contour(double[,] z, IEnumerable<double>? x = null, IEnumerable<double>? y = null) =>
        OnGrid("contour", z, x, y);

    /// <inheritdoc cref="Contour(double[,], IEnumerable{double}?, IEnumerable{double}?)"/>
    public static Trace Contour(Matrix<double> z, IEnumerable<double>? x = null, IEnumerable<double>? y = null) =>
        OnGrid("contour", ToArray(z), x, y);

    /// <summary>Contours of z = f(x, y) evaluated on the grid x × y, e.g. a loss surface: z[i, j] = f(x_j, y_i).</summary>
    public static Trace Contour(IEnumerable<double> x, IEnumerable<double> y, Func<double, double, double> f) =>
        Evaluated("contour", x, y, f);

    /// <summary>A 3-D surface of z, where z[i, j] is the height at (x_j, y_i); x and y default to indices.</summary>
    public static Trace Surface(double[,] z, IEnumerable<double>? x = null, IEnumerable<double>? y = null) =>
        OnGrid("surface", z, x, y);

    /// <inheritdoc cref="Surface(double[,], IEnumerable{double}?, IEnumerable{double}?)"/>
    public static Trace Surface(Matrix<double> z, IEnumerable<double>? x = null, IEnumerable<double>? y = null) =>
        OnGrid("surface", ToArray(z), x, y);

    /// <summary>The surface z = f(x, y) over the grid x × y: z[i, j] = f(x_j, y_i).</summary>
    public static Trace Surface(IEnumerable<double> x, IEnumerable<double> y, Func<double, double, double> f) =>
        Evaluated("surface", x, y, f);

    /// <summary>Points (x_i, y_i, z_i) in 3-D, drawn as markers: a plotly scatter3d.</summary>
    public static Trace Markers3d(IEnumerable<double> x, IEnumerable<double> y, IEnumerable<double> z) =>
        Scatter3d("markers", x, y, z);

    /// <summary>Points (x_i, y_i, z_i) in 3-D joined by a line (e.g. a descent path over a surface).</summary>
    public static Trace Lines3d(IEnumerable<double> x, IEnumerable<double> y, IEnumerable<double> z) =>
        Scatter3d("lines", x, y, z);

    private static Trace Scatter(string mode, IEnumerable<double> x, IEnumerable<double> y)
    {
        double[] xs = Guard.Data(x, T, nameof(x));
        return new Trace("scatter") { Mode = mode, X = xs, Y = Guard.SameLength(y, T, nameof(y), xs, nameof(x)) };
    }

    private static Trace Scatter3d(string mode, IEnumerable<double> x, IEnumerable<double> y, IEnumerable<double> z)
    {
        double[] xs = Guard.Data(x, T, nameof(x));
        return new Trace("scatter3d")
        {
            Mode = mode,
            X = xs,
            Y = Guard.SameLength(y, T, nameof(y), xs, nameof(x)),
            Z = Guard.SameLength(z, T, nameof(z), xs, nameof(x)),
        };
    }

    private static Trace OnGrid(string type, double[,] z, IEnumerable<double>? x, IEnumerable<double>? y)
    {
        Guard.NotNull(z, T, nameof(z));
        int rows = z.GetLength(0), columns = z.GetLength(1);
        if (rows == 0 || columns == 0)
            throw new ArgumentException($"Trace.Z must have at least one row and one column; got {rows}×{columns}.", nameof(z));
        double[]? xs = x is null ? null : Guard.Data(x, T, nameof(x));
        double[]? ys = y is null ? null : Guard.Data(y, T, nameof(y));
        if (xs is not null && xs.Length != columns)
            throw new ArgumentException(
                $"Trace.X must have one value per column of z; got z of shape {rows}×{columns} and x of length {xs.Length}.", nameof(x));
        if (ys is not null && ys.Length != rows)
            throw new ArgumentException(
                $"Trace.Y must have one value per row of z; got z of shape {rows}×{columns} and y of length {ys.Length}.", nameof(y));
        return new Trace(type) { Grid = (double[,])z.Clone(), X = xs, Y = ys };
    }

    private static Trace Evaluated(string type, IEnumerable<double> x, IEnumerable<double> y, Func<double, double, double> f)
    {
        double[] xs = Guard.Data(x, T, nameof(x));
        double[] ys = Guard.Data(y, T, nameof(y));
        Guard.NotNull(f, T, nameof(f));
        if (xs.Length == 0 || ys.Length == 0)
            throw new ArgumentException(
                $"Trace.X must have at least one value, and so must y; got x of length {xs.Length} and y of length {ys.Length}.",
                xs.Length == 0 ? nameof(x) : nameof(y));
        var z = new double[ys.Length, xs.Length];
        for (int i = 0; i < ys.Length; i++)
            for (int j = 0; j < xs.Length; j++)
                z[i, j] = f(xs[j], ys[i]);
        return OnGrid(type, z, xs, ys);
    }

    private static double[,] ToArray(Matrix<double> z) => Guard.NotNull(z, T, nameof(z)).ToArray();
}

using System.Globalization;

namespace MlDerivations.Plotting;

/// <summary>
/// The plotly names of one subplot's axes: cell k of a grid (1-based, row-major) draws on
/// <c>xaxis{k}</c>/<c>yaxis{k}</c> (referred to by traces as "x{k}", "y{k}") or in <c>scene{k}</c>;
/// cell 1 has no number.
/// </summary>
internal readonly record struct SubplotAxes(int Cell)
{
    public static SubplotAxes Single => new(1);

    private string Suffix => Cell == 1 ? "" : Cell.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reference a trace or shape uses: "x", "x2", ….</summary>
    public string X => "x" + Suffix;

    public string Y => "y" + Suffix;

    public string Scene => "scene" + Suffix;

    /// <summary>The layout key: "xaxis", "xaxis2", ….</summary>
    public string XAxisKey => "xaxis" + Suffix;

    public string YAxisKey => "yaxis" + Suffix;
}

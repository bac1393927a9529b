using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// An analytic gradient compared with its central-difference estimate: the largest absolute error
/// max_i |g_i − ĝ_i|, the relative error ‖g − ĝ‖∞ / max(‖g‖∞, ‖ĝ‖∞) (0 when both vanish) and the worst
/// coordinate. Use it in a claim, e.g.
/// <c>Claim.AtMost("(4.2) ∇f matches finite differences", check.MaxRelativeError, 1e-6)</c>, or compare
/// <see cref="Analytic"/> with <see cref="Numeric"/> by <c>Claim.Close</c>.
/// </summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class GradientCheck : IRichDisplay
{
    private GradientCheck(Vector<double> analytic, Vector<double> numeric, double maxAbs, double maxRel, int worst)
    {
        Analytic = analytic;
        Numeric = numeric;
        MaxAbsoluteError = maxAbs;
        MaxRelativeError = maxRel;
        WorstCoordinate = worst;
    }

    /// <summary>The gradient under test, g = ∇f(x).</summary>
    public Vector<double> Analytic { get; }

    /// <summary>The central-difference estimate ĝ.</summary>
    public Vector<double> Numeric { get; }

    /// <summary>max_i |g_i − ĝ_i|.</summary>
    public double MaxAbsoluteError { get; }

    /// <summary>‖g − ĝ‖∞ / max(‖g‖∞, ‖ĝ‖∞), or 0 when both are zero.</summary>
    public double MaxRelativeError { get; }

    /// <summary>The index i of the largest |g_i − ĝ_i|.</summary>
    public int WorstCoordinate { get; }

    internal static GradientCheck Compare(Vector<double> analytic, Vector<double> numeric)
    {
        double worst = -1, scale = 0;
        int at = 0;
        for (int i = 0; i < analytic.Count; i++)
        {
            double error = Math.Abs(analytic[i] - numeric[i]);
            if (double.IsNaN(error)) error = double.PositiveInfinity;
            if (error > worst) { worst = error; at = i; }
            scale = Math.Max(scale, Math.Max(Math.Abs(analytic[i]), Math.Abs(numeric[i])));
        }
        double relative = worst == 0 ? 0 : worst / scale;
        return new GradientCheck(analytic, numeric, worst, relative, at);
    }

    /// <summary>e.g. "gradient check: max |Δ| = 3.1e-10 (relative 2.4e-11) at coordinate 2 of 5".</summary>
    public override string ToString() =>
        $"gradient check: max |Δ| = {Html.Number(MaxAbsoluteError, 3)} (relative {Html.Number(MaxRelativeError, 3)}) at coordinate {WorstCoordinate} of {Analytic.Count}";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"ml-gradient-check\" style=\"font-family:ui-monospace,monospace\">");
        writer.Write(Html.Escape(ToString()));
        writer.Write("</div>");
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}

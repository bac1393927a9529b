using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;

namespace MlDerivations.LinearAlgebra;

/// <summary>The outcome of <see cref="PowerIteration.Dominant"/> (2.3), with the whole history for plots.</summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class PowerIterationResult : IRichDisplay
{
    internal PowerIterationResult(double eigenvalue, Vector<double> eigenvector, bool converged,
        IReadOnlyList<double> estimates, IReadOnlyList<double> residuals, IReadOnlyList<Vector<double>> vectors)
    {
        Eigenvalue = eigenvalue;
        Eigenvector = eigenvector;
        Converged = converged;
        Estimates = estimates;
        Residuals = residuals;
        Vectors = vectors;
    }

    /// <summary>λ, the last Rayleigh quotient vᵀAv.</summary>
    public double Eigenvalue { get; }

    /// <summary>v, unit length; its sign is whatever the iteration reached.</summary>
    public Vector<double> Eigenvector { get; }

    /// <summary>True when the residual test was met; false when MaxIterations ran out first (|λ₂/λ₁| close to 1, or λ₁ not unique in modulus).</summary>
    public bool Converged { get; }

    /// <summary>Products A v_k computed.</summary>
    public int Iterations => Estimates.Count;

    /// <summary>λ_k = v_kᵀ A v_k for k = 0, 1, …</summary>
    public IReadOnlyList<double> Estimates { get; }

    /// <summary>‖A v_k − λ_k v_k‖₂ for k = 0, 1, …</summary>
    public IReadOnlyList<double> Residuals { get; }

    /// <summary>v₀, v₁, … when <see cref="PowerIterationOptions.RecordVectors"/> is on, else empty.</summary>
    public IReadOnlyList<Vector<double>> Vectors { get; }

    /// <summary>e.g. "power iteration: λ = 3.618034 after 25 products (converged, residual 2.1e-11)".</summary>
    public override string ToString() =>
        $"power iteration: λ = {Html.Number(Eigenvalue, 10)} after {Iterations} products " +
        $"({(Converged ? "converged" : "NOT converged: raise MaxIterations or check that |λ₂| < |λ₁|")}, residual {Html.Number(Residuals[^1], 2)})";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"ml-power-iteration\">");
        writer.Write(Html.Escape(ToString()));
        writer.Write("</div>");
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}

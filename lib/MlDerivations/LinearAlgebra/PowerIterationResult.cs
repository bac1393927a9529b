using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;

namespace MlDerivations.LinearAlgebra;

/// <summary>The outcome of <see cref="PowerIteration.Dominant"/> (2.3), with the whole history for plots.</summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class PowerIterationResult : IRichDisplay, IIterativeResult
{
    internal PowerIterationResult(double eigenvalue, Vector<double> eigenvector, Convergence convergence,
        IReadOnlyList<double> estimates, IReadOnlyList<double> residuals, IReadOnlyList<Vector<double>> vectors)
    {
        Eigenvalue = eigenvalue;
        Eigenvector = eigenvector;
        Convergence = convergence;
        Estimates = estimates;
        Residuals = residuals;
        Vectors = vectors;
    }

    /// <summary>λ, the last Rayleigh quotient vᵀAv.</summary>
    public double Eigenvalue { get; }

    /// <summary>v, unit length; its sign is whatever the iteration reached.</summary>
    public Vector<double> Eigenvector { get; }

    /// <summary>
    /// Products A v_k computed, whether the residual test was met (it fails when |λ₂/λ₁| is close to 1, or
    /// λ₁ is not unique in modulus), the message, and the relative residuals as the trace.
    /// </summary>
    public Convergence Convergence { get; }

    /// <summary>λ_k = v_kᵀ A v_k for k = 0, 1, …; empty when KeepTrace is off.</summary>
    public IReadOnlyList<double> Estimates { get; }

    /// <summary>‖A v_k − λ_k v_k‖₂ for k = 0, 1, …; empty when KeepTrace is off.</summary>
    public IReadOnlyList<double> Residuals { get; }

    /// <summary>v₀, v₁, … when KeepTrace is on, else empty.</summary>
    public IReadOnlyList<Vector<double>> Vectors { get; }

    /// <summary>e.g. "λ = 3.618034; power iteration: relative residual = 2.1e-11 ≤ Tolerance 1e-10 after 25 products."</summary>
    public override string ToString() => $"λ = {Html.Number(Eigenvalue, 10)}; {Convergence}";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<div class=\"ml-power-iteration\">");
        writer.Write(Html.Escape($"λ = {Html.Number(Eigenvalue, 10)}"));
        ((IRichDisplay)Convergence).WriteHtml(writer);
        writer.Write("</div>");
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}

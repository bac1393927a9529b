using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;

namespace MlDerivations.Optimization;

/// <summary>
/// The KKT residuals (4.16) at (x, λ, ν), each in the max norm: stationarity ‖Qx + c + Aᵀλ + Eᵀν‖∞,
/// primal feasibility max(max_i (Ax − b)_i⁺, ‖Ex − d‖∞), dual feasibility max_i (−λ_i)⁺ and
/// complementarity max_i |λ_i (b − Ax)_i|. All four vanish exactly at the solution.
/// </summary>
public sealed record KktResiduals(double Stationarity, double PrimalFeasibility, double DualFeasibility, double Complementarity)
{
    /// <summary>The largest of the four.</summary>
    public double Max => Math.Max(Math.Max(Stationarity, PrimalFeasibility), Math.Max(DualFeasibility, Complementarity));
}

/// <summary>One interior-point iterate: x_k, the average complementarity μ_k = s_kᵀλ_k/m and the residual norms ‖r_p‖∞ (with ‖r_e‖∞) and ‖r_d‖∞.</summary>
public readonly record struct QuadraticProgramIterate(int Index, Vector<double> Point, double Mu, double PrimalResidual, double DualResidual);

/// <summary>The solution of a QP (4.13): primal x, multipliers λ and ν, KKT residuals and duality gap.</summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class QuadraticProgramResult : IRichDisplay, IIterativeResult
{
    internal QuadraticProgramResult(
        Vector<double> x, Vector<double> lambda, Vector<double> nu, double value, double dualValue,
        KktResiduals residuals, IReadOnlyList<int> active, IReadOnlyList<QuadraticProgramIterate> history, Convergence convergence)
    {
        X = x;
        Lambda = lambda;
        Nu = nu;
        Value = value;
        DualValue = dualValue;
        Residuals = residuals;
        ActiveConstraints = active;
        History = history;
        Convergence = convergence;
    }

    /// <summary>The primal solution x ∈ ℝⁿ.</summary>
    public Vector<double> X { get; }

    /// <summary>λ ∈ ℝᵐ, λ ≥ 0, the multipliers of Ax ≤ b.</summary>
    public Vector<double> Lambda { get; }

    /// <summary>ν ∈ ℝᵖ, the multipliers of Ex = d (length 0 without equality constraints).</summary>
    public Vector<double> Nu { get; }

    /// <summary>The primal objective f(x) = ½xᵀQx + cᵀx.</summary>
    public double Value { get; }

    /// <summary>The Lagrange dual function g(λ, ν) (4.15), a lower bound on the optimal value for any λ ≥ 0.</summary>
    public double DualValue { get; }

    /// <summary>f(x) − g(λ, ν); zero at the optimum (strong duality).</summary>
    public double DualityGap => Value - DualValue;

    /// <summary>The KKT residuals (4.16) at (x, λ, ν).</summary>
    public KktResiduals Residuals { get; }

    /// <summary>Indices i of the inequalities the solver judges active (λ_i &gt; b_i − (Ax)_i).</summary>
    public IReadOnlyList<int> ActiveConstraints { get; }

    /// <summary>Every iterate from the start, for plotting the central path; empty when KeepTrace is off.</summary>
    public IReadOnlyList<QuadraticProgramIterate> History { get; }

    /// <summary>Interior-point iterations taken, why the solve stopped, the message, and the trace of the convergence measure.</summary>
    public Convergence Convergence { get; }

    /// <summary>The convergence message with the final KKT residual and duality gap.</summary>
    public override string ToString() =>
        $"{Convergence} Max KKT residual {Html.Number(Residuals.Max, 3)}, duality gap {Html.Number(DualityGap, 3)}.";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        ResultTable.Open(writer, "ml-qp-result", Convergence);
        ResultTable.Row(writer, "iterations", Convergence.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ResultTable.Row(writer, "x", ResultTable.Numbers(X));
        ResultTable.Row(writer, "λ", ResultTable.Numbers(Lambda));
        if (Nu.Count > 0) ResultTable.Row(writer, "ν", ResultTable.Numbers(Nu));
        ResultTable.Row(writer, "f(x), g(λ, ν), gap", $"{Html.Number(Value, 10)}, {Html.Number(DualValue, 10)}, {Html.Number(DualityGap, 3)}");
        ResultTable.Row(writer, "KKT residuals (stat, primal, dual, compl)",
            $"{Html.Number(Residuals.Stationarity, 3)}, {Html.Number(Residuals.PrimalFeasibility, 3)}, {Html.Number(Residuals.DualFeasibility, 3)}, {Html.Number(Residuals.Complementarity, 3)}");
        ResultTable.Close(writer);
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}

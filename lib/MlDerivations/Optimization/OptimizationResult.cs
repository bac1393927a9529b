using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;
using MlDerivations.Iterative;

namespace MlDerivations.Optimization;

/// <summary>
/// What an optimiser returns: the minimiser, why it stopped, what it cost, and every iterate.
/// </summary>
/// <remarks>
/// The Optimization namespace implements chapter 4 (convex optimisation). Its equation labels, used
/// in every doc comment here and meant for the notebook's <c>\tag{4.k}</c>:
/// <list type="table">
/// <item><term>(4.1)</term><description>condition number κ = L/μ, for μI ⪯ ∇²f ⪯ LI</description></item>
/// <item><term>(4.2)</term><description>gradient descent x_{k+1} = x_k − η∇f(x_k)</description></item>
/// <item><term>(4.3)</term><description>on a quadratic with η = 2/(L + μ): ‖x_k − x*‖ ≤ ((κ − 1)/(κ + 1))^k ‖x_0 − x*‖</description></item>
/// <item><term>(4.4)</term><description>Armijo condition f(x + t d) ≤ f(x) + c·t·∇f(x)ᵀd, backtracking t ← ρt</description></item>
/// <item><term>(4.5)</term><description>heavy ball x_{k+1} = x_k − η∇f(x_k) + β(x_k − x_{k−1})</description></item>
/// <item><term>(4.6)</term><description>Nesterov y_k = x_k + β_k(x_k − x_{k−1}), x_{k+1} = y_k − η∇f(y_k)</description></item>
/// <item><term>(4.7)</term><description>damped Newton x_{k+1} = x_k − t_k(∇²f(x_k) + δ_k I)⁻¹∇f(x_k)</description></item>
/// <item><term>(4.8)</term><description>quadratic convergence ‖x_{k+1} − x*‖ ≤ C‖x_k − x*‖² near x*</description></item>
/// <item><term>(4.9)</term><description>L-BFGS: s_k = x_{k+1} − x_k, y_k = ∇f_{k+1} − ∇f_k, ρ_k = 1/(y_kᵀs_k), two-loop recursion for H_k∇f_k with H⁰ = (sᵀy/yᵀy)I</description></item>
/// <item><term>(4.10)</term><description>projection P_C(z) = argmin_{x∈C} ½‖x − z‖², characterised by (z − P_C(z))ᵀ(y − P_C(z)) ≤ 0 ∀y ∈ C</description></item>
/// <item><term>(4.11)</term><description>projected gradient x_{k+1} = P_C(x_k − η∇f(x_k)); gradient mapping G_η(x) = (x − P_C(x − η∇f(x)))/η</description></item>
/// <item><term>(4.12)</term><description>simplex projection P(z) = max(z − τ, 0) with τ from the sorted z</description></item>
/// <item><term>(4.13)</term><description>QP: minimise ½xᵀQx + cᵀx subject to Ax ≤ b, Ex = d</description></item>
/// <item><term>(4.14)</term><description>Lagrangian L(x, λ, ν) = ½xᵀQx + cᵀx + λᵀ(Ax − b) + νᵀ(Ex − d)</description></item>
/// <item><term>(4.15)</term><description>dual function g(λ, ν) = −½(c + Aᵀλ + Eᵀν)ᵀQ⁻¹(c + Aᵀλ + Eᵀν) − bᵀλ − dᵀν; gap f(x) − g(λ, ν) ≥ 0</description></item>
/// <item><term>(4.16)</term><description>KKT: Qx + c + Aᵀλ + Eᵀν = 0, Ax ≤ b, Ex = d, λ ≥ 0, λ_i(b − Ax)_i = 0</description></item>
/// <item><term>(4.17)</term><description>interior-point Newton system on the perturbed KKT conditions s_iλ_i = σμ</description></item>
/// </list>
/// </remarks>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class OptimizationResult : IRichDisplay, IIterativeResult
{
    internal OptimizationResult(
        string method, Vector<double> minimizer, double value, double gradientNorm, IReadOnlyList<Iterate> history,
        Convergence convergence, int functionEvaluations, int gradientEvaluations, int hessianEvaluations)
    {
        Method = method;
        Minimizer = minimizer;
        Value = value;
        GradientNorm = gradientNorm;
        History = history;
        Convergence = convergence;
        FunctionEvaluations = functionEvaluations;
        GradientEvaluations = gradientEvaluations;
        HessianEvaluations = hessianEvaluations;
    }

    /// <summary>The method, e.g. "gradient descent (Armijo)".</summary>
    public string Method { get; }

    /// <summary>The last iterate x_k (the best point found when the method converged).</summary>
    public Vector<double> Minimizer { get; }

    /// <summary>f at <see cref="Minimizer"/>.</summary>
    public double Value { get; }

    /// <summary>The stationarity measure at <see cref="Minimizer"/>: ‖∇f‖₂, or the gradient mapping (4.11).</summary>
    public double GradientNorm { get; }

    /// <summary>Evaluations of f, line searches included.</summary>
    public int FunctionEvaluations { get; }

    /// <summary>Evaluations of ∇f.</summary>
    public int GradientEvaluations { get; }

    /// <summary>Evaluations of ∇²f (Newton only).</summary>
    public int HessianEvaluations { get; }

    /// <summary>Updates made (k of the last iterate), why the method stopped, the message, and the trace of the stationarity measure.</summary>
    public Convergence Convergence { get; }

    /// <summary>x_0, x_1, …, x_k with f, the stationarity measure and the step length, for plots and animations; empty when KeepTrace is off.</summary>
    public IReadOnlyList<Iterate> History { get; }

    /// <summary>The convergence message, e.g. "L-BFGS: ‖∇f‖ = 3e-09 ≤ Tolerance 1e-08 after 36 iterations."</summary>
    public override string ToString() => Convergence.ToString();

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        ResultTable.Open(writer, "ml-optimization-result", Convergence);
        ResultTable.Row(writer, "f(x)", Html.Number(Value, 10));
        ResultTable.Row(writer, "x", ResultTable.Numbers(Minimizer));
        ResultTable.Row(writer, "iterations", Convergence.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ResultTable.Row(writer, "evaluations (f, ∇f, ∇²f)", $"{FunctionEvaluations}, {GradientEvaluations}, {HessianEvaluations}");
        ResultTable.Close(writer);
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());
}

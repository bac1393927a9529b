using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.LinearAlgebra;

/// <summary>
/// Central finite differences: the independent check that every analytic gradient, Jacobian and
/// Hessian in the series is compared against. Coordinate i is perturbed by
/// h_i = ε^(1/3)·max(1, |x_i|), with ε = 2^−52 the machine epsilon, and
/// ∂f/∂x_i ≈ (f(x + h_i e_i) − f(x − h_i e_i)) / (2 h_i).
/// </summary>
/// <remarks>
/// Why that step: the central difference has truncation error (h²/6)·|f‴| and rounding error about
/// ε|f|/h; their sum is smallest at h ∝ ε^(1/3) ≈ 6e-6, leaving an error near ε^(2/3) ≈ 4e-11 relative
/// to the scale of f. The factor max(1, |x_i|) keeps h above the spacing of doubles near x_i (which
/// grows with |x_i|) while never letting it shrink to nothing near 0. The step is then rounded to one
/// that x_i ± h represents exactly, so the divisor is the step the function really saw.
/// Expect agreement with an analytic derivative to about 1e-7 relative, not to machine precision.
/// </remarks>
public static class FiniteDifferences
{
    private static readonly double CubeRootEpsilon = Math.Cbrt(Math.Pow(2, -52));

    /// <summary>
    /// The gradient by central differences, ∇f(x)_i ≈ (f(x + h_i e_i) − f(x − h_i e_i)) / (2 h_i);
    /// 2n evaluations of f.
    /// </summary>
    /// <param name="function">f: ℝⁿ → ℝ.</param>
    /// <param name="point">x ∈ ℝⁿ, finite.</param>
    public static Vector<double> Gradient(Func<Vector<double>, double> function, Vector<double> point)
    {
        Guard.NotNull(function, nameof(FiniteDifferences), nameof(function));
        Guard.FiniteVector(point, nameof(FiniteDifferences), nameof(point));
        var gradient = Vector<double>.Build.Dense(point.Count);
        for (int i = 0; i < point.Count; i++)
        {
            var (forward, backward, h) = EvaluateAround(function, point, i);
            gradient[i] = (forward - backward) / (2 * h);
        }
        return gradient;
    }

    /// <summary>
    /// The Jacobian J_ij = ∂F_i/∂x_j of F: ℝⁿ → ℝᵐ by central differences, column j being
    /// (F(x + h_j e_j) − F(x − h_j e_j)) / (2 h_j); 2n evaluations of F. Shape m×n.
    /// </summary>
    /// <param name="function">F: ℝⁿ → ℝᵐ; every call must return the same length m.</param>
    /// <param name="point">x ∈ ℝⁿ, finite.</param>
    public static Matrix<double> Jacobian(Func<Vector<double>, Vector<double>> function, Vector<double> point)
    {
        Guard.NotNull(function, nameof(FiniteDifferences), nameof(function));
        Guard.FiniteVector(point, nameof(FiniteDifferences), nameof(point));
        Matrix<double>? jacobian = null;
        for (int j = 0; j < point.Count; j++)
        {
            var (forward, backward, h) = EvaluateAround(function, point, j);
            jacobian ??= Matrix<double>.Build.Dense(forward.Count, point.Count);
            if (forward.Count != jacobian.RowCount || backward.Count != jacobian.RowCount)
                throw new ArgumentException(
                    $"FiniteDifferences.Function must return vectors of one length; got {jacobian.RowCount}, then {forward.Count} and {backward.Count}.",
                    nameof(function));
            jacobian.SetColumn(j, (forward - backward) / (2 * h));
        }
        return jacobian!;
    }

    /// <summary>
    /// The Hessian from an analytic gradient: the Jacobian of ∇f by central differences, symmetrised,
    /// H ≈ ½(J + Jᵀ) with J_ij = (∇f(x + h_j e_j)_i − ∇f(x − h_j e_j)_i) / (2 h_j); 2n gradient calls.
    /// </summary>
    /// <param name="gradient">∇f: ℝⁿ → ℝⁿ.</param>
    /// <param name="point">x ∈ ℝⁿ, finite.</param>
    public static Matrix<double> Hessian(Func<Vector<double>, Vector<double>> gradient, Vector<double> point)
    {
        Guard.NotNull(gradient, nameof(FiniteDifferences), nameof(gradient));
        Guard.FiniteVector(point, nameof(FiniteDifferences), nameof(point));
        var jacobian = Jacobian(gradient, point);
        if (jacobian.RowCount != point.Count)
            throw new ArgumentException(
                $"FiniteDifferences.Gradient must return a vector of the point's length {point.Count}; got length {jacobian.RowCount}.",
                nameof(gradient));
        return (jacobian + jacobian.Transpose()) * 0.5;
    }

    /// <summary>
    /// The directional derivative D_d f(x) = ∇f(x)ᵀd ≈ (f(x + h d) − f(x − h d)) / (2h), with
    /// h = ε^(1/3)·max(1, ‖x‖∞) / ‖d‖∞; two evaluations of f.
    /// </summary>
    /// <param name="function">f: ℝⁿ → ℝ.</param>
    /// <param name="point">x ∈ ℝⁿ, finite.</param>
    /// <param name="direction">d ∈ ℝⁿ, finite and non-zero (not normalised: the result scales with d).</param>
    public static double DirectionalDerivative(
        Func<Vector<double>, double> function, Vector<double> point, Vector<double> direction)
    {
        Guard.NotNull(function, nameof(FiniteDifferences), nameof(function));
        Guard.FiniteVector(point, nameof(FiniteDifferences), nameof(point));
        Guard.FiniteVector(direction, nameof(FiniteDifferences), nameof(direction));
        Guard.Length(direction, nameof(FiniteDifferences), nameof(direction), point.Count, $"the point's length {point.Count}");
        double size = direction.InfinityNorm();
        Guard.Satisfies(size, nameof(FiniteDifferences), nameof(direction), size > 0, "non-zero (max |d_i| > 0)");
        double h = CubeRootEpsilon * Math.Max(1, point.InfinityNorm()) / size;
        return (function(point + h * direction) - function(point - h * direction)) / (2 * h);
    }

    /// <summary>
    /// Compares an analytic gradient with the central-difference one at x and reports the largest
    /// absolute and relative errors and the coordinate where the error is largest.
    /// </summary>
    /// <param name="function">f: ℝⁿ → ℝ.</param>
    /// <param name="gradient">The analytic ∇f under test.</param>
    /// <param name="point">x ∈ ℝⁿ, finite.</param>
    public static GradientCheck CheckGradient(
        Func<Vector<double>, double> function, Func<Vector<double>, Vector<double>> gradient, Vector<double> point)
    {
        Guard.NotNull(gradient, nameof(FiniteDifferences), nameof(gradient));
        var numeric = Gradient(function, point);
        var analytic = gradient(point);
        if (analytic is null || analytic.Count != point.Count)
            throw new ArgumentException(
                $"FiniteDifferences.Gradient must return a vector of the point's length {point.Count}; got length {analytic?.Count.ToString() ?? "null"}.",
                nameof(gradient));
        return GradientCheck.Compare(analytic, numeric);
    }

    /// <summary>
    /// F(x + h e_i), F(x − h e_i) and h = Step(x_i). Each call gets its own copy of the point, so a function
    /// that returns or keeps its argument (F(x) = x) cannot see it change afterwards.
    /// </summary>
    private static (T Forward, T Backward, double H) EvaluateAround<T>(Func<Vector<double>, T> function, Vector<double> x, int i)
    {
        double h = Step(x[i]);
        var plus = x.Clone();
        plus[i] += h;
        var minus = x.Clone();
        minus[i] -= h;
        return (function(plus), function(minus), h);
    }

    /// <summary>The step h = ε^(1/3)·max(1, |x|), adjusted so that (x + h) − x == h exactly.</summary>
    internal static double Step(double x)
    {
        double h = CubeRootEpsilon * Math.Max(1, Math.Abs(x));
        double shifted = x + h;
        return shifted - x;
    }
}

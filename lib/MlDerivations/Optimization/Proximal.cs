using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Optimization;

/// <summary>
/// Proximal operators, prox_{t g}(z) = argmin_x ½‖x − z‖² + t·g(x), the step that handles a non-smooth
/// term g in proximal gradient methods (4.22)–(4.23) and in the lasso of chapter 5.
/// </summary>
public static class Proximal
{
    /// <summary>
    /// The soft-thresholding operator S(z, t) = sign(z)·max(|z| − t, 0) = argmin_x ½(x − z)² + t|x| (4.22),
    /// the proximal operator of t|·| (and (5.12) of chapter 5).
    /// </summary>
    /// <param name="z">z ∈ ℝ, the point to shrink.</param>
    /// <param name="t">t ≥ 0, the threshold.</param>
    public static double SoftThreshold(double z, double t) => z > t ? z - t : z < -t ? z + t : 0.0;

    /// <summary>prox_{t‖·‖₁}(z): <see cref="SoftThreshold(double, double)"/> applied to each coordinate (4.22).</summary>
    /// <param name="z">z ∈ ℝⁿ, finite.</param>
    /// <param name="t">t ≥ 0, finite.</param>
    public static Vector<double> L1(Vector<double> z, double t)
    {
        Guard.FiniteVector(z, nameof(Proximal), nameof(z));
        Guard.NonNegative(t, nameof(Proximal), nameof(t));
        return z.Map(v => SoftThreshold(v, t));
    }
}

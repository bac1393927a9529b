using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Validation;

namespace MlDerivations.Probability;

/// <summary>
/// The softmax map from scores (logits) z ∈ ℝᴷ to probabilities, p_k = e^{z_k} / Σ_j e^{z_j}, and the
/// log-sum-exp and cross-entropy built on it, computed without overflow. Derived in chapter 2, (2.18)–(2.19).
/// </summary>
/// <remarks>
/// Every function shifts by m = max_k z_k first, using LSE(z) = m + ln Σ_j e^{z_j − m} (2.19): each exponent is
/// then ≤ 0, so nothing overflows, and the largest term is exactly 1, so the sum lies in [1, K] and its
/// logarithm never meets 0. Written naively, e^{z_k} overflows to ∞ once z_k &gt; 709.78, and every term
/// underflows to 0 once all z_k &lt; −745, giving ∞/∞ or ln 0.
/// </remarks>
public static class Softmax
{
    /// <summary>LSE(z) = ln Σ_k e^{z_k} = m + ln Σ_k e^{z_k − m} with m = max_k z_k (2.19); exact to a few ulps of max(|m|, ln K).</summary>
    /// <param name="logits">z ∈ ℝᴷ, K ≥ 1, finite.</param>
    public static double LogSumExp(Vector<double> logits)
    {
        var (m, sum) = ShiftedSum(logits);
        return m + Math.Log(sum);
    }

    /// <summary>p = softmax(z), p_k = e^{z_k − m} / Σ_j e^{z_j − m} (2.18): positive (unless underflowed), summing to 1.</summary>
    /// <param name="logits">z ∈ ℝᴷ, K ≥ 1, finite.</param>
    public static Vector<double> Probabilities(Vector<double> logits)
    {
        var (m, sum) = ShiftedSum(logits);
        return logits.Map(z => Math.Exp(z - m) / sum);
    }

    /// <summary>ln softmax(z)_k = (z_k − m) − ln Σ_j e^{z_j − m} (2.18), accurate even where p_k itself would underflow.</summary>
    /// <param name="logits">z ∈ ℝᴷ, K ≥ 1, finite.</param>
    public static Vector<double> LogProbabilities(Vector<double> logits)
    {
        var (m, sum) = ShiftedSum(logits);
        double logSum = Math.Log(sum);
        return logits.Map(z => z - m - logSum);
    }

    /// <summary>
    /// The cross-entropy loss of class y, L = −ln softmax(z)_y = LSE(z) − z_y = (m − z_y) + ln Σ_j e^{z_j − m} (2.18), ≥ 0; its gradient is
    /// ∇_z L = softmax(z) − e_y (2.18).
    /// </summary>
    /// <param name="logits">z ∈ ℝᴷ, K ≥ 1, finite.</param>
    /// <param name="label">y ∈ {0, …, K − 1}, the true class.</param>
    public static double CrossEntropy(Vector<double> logits, int label)
    {
        Guard.FiniteVector(logits, nameof(Softmax), nameof(logits));
        Guard.InRange(label, nameof(Softmax), nameof(label), 0, logits.Count - 1);
        var (m, sum) = ShiftedSum(logits);
        return (m - logits[label]) + Math.Log(sum);                    // m − z_y ≥ 0 first: no cancellation between large terms
    }

    /// <summary>m = max_k z_k and Σ_k e^{z_k − m} ∈ [1, K]; z_k − m is exact when z_k is within a factor 2 of m.</summary>
    private static (double Max, double Sum) ShiftedSum(Vector<double> logits)
    {
        Guard.FiniteVector(logits, nameof(Softmax), nameof(logits));
        double m = logits.Maximum(), sum = 0;
        for (int k = 0; k < logits.Count; k++) sum += Math.Exp(logits[k] - m);
        return (m, sum);
    }
}

using MlDerivations.Validation;

namespace MlDerivations.LearningTheory;

/// <summary>A fitted positive ray h_t(x) = 1[x ≥ t], the result of <see cref="ThresholdErm"/> (1.14).</summary>
/// <param name="Threshold">t; −∞ labels every point 1, +∞ labels every point 0.</param>
/// <param name="TrainingError">E_in(t), the fraction of training points it misclassifies.</param>
public sealed record ThresholdRule(double Threshold, double TrainingError)
{
    /// <summary>h_t(x) = 1[x ≥ t].</summary>
    public bool Predict(double x) => x >= Threshold;

    /// <summary>The fraction of (x_i, y_i) that h_t misclassifies: (1/n) Σ 1[h_t(x_i) ≠ y_i].</summary>
    public double Error(IReadOnlyList<double> x, IReadOnlyList<bool> y)
    {
        const string type = nameof(ThresholdRule);
        Guard.FiniteSample(x, type, nameof(x));
        Guard.NotNull(y, type, nameof(y));
        if (y.Count != x.Count)
            throw new ArgumentException($"ThresholdRule.Y must hold one label per x; got {y.Count} labels for {x.Count} values.", nameof(y));
        int wrong = 0;
        for (int i = 0; i < x.Count; i++)
            if (Predict(x[i]) != y[i]) wrong++;
        return (double)wrong / x.Count;
    }
}

namespace MlDerivations.LearningTheory;

/// <summary>The simple hypothesis classes whose growth functions chapter 1 counts.</summary>
public enum HypothesisClass
{
    /// <summary>Positive rays on the line, h_t(x) = 1[x ≥ t]: m(n) = n + 1 (1.6), VC dimension 1.</summary>
    Thresholds,

    /// <summary>Intervals on the line, h(x) = 1[a ≤ x ≤ b]: m(n) = n(n + 1)/2 + 1 (1.7), VC dimension 2.</summary>
    Intervals,

    /// <summary>Half-planes in ℝ², h(x) = 1[w·x + b ≥ 0]: m(n) = n² − n + 2 (1.8), VC dimension 3.</summary>
    HalfPlanes,
}

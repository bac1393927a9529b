namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// The twenty chapters of the series, in order (DESIGN.md's chapter map), so the index shows the
/// whole plan: chapters with a notebook link to their page, the others are listed as not yet written.
/// </summary>
internal static class SeriesChapters
{
    public static IReadOnlyList<string> Titles { get; } =
    [
        "Foundations of learning theory", "Linear algebra", "Probability and inference", "Convex optimisation",
        "Linear regression", "Logistic regression", "Decision trees", "Support vector machines", "Naive Bayes",
        "Semi-naive Bayes and Bayesian networks", "Ensembles: bagging, random forests, boosting", "XGBoost and LightGBM",
        "EM and Gaussian mixtures", "Variational inference", "Hidden Markov models", "Linear-chain CRF",
        "Dimensionality reduction", "Clustering", "Neural networks", "Regularisation and model selection",
    ];

    /// <summary>The series' title of chapter <paramref name="number"/> (1-based), or null outside 1–20.</summary>
    public static string? Title(int number) => number >= 1 && number <= Titles.Count ? Titles[number - 1] : null;
}

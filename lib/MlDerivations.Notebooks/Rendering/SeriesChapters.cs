namespace MlDerivations.Notebooks.Rendering;

/// <summary>
/// The twenty chapters of the series, in order (DESIGN.md's chapter map), with the blog chapter each
/// accompanies, so the index shows the whole plan: chapters with a notebook link to their page, the
/// others are listed as not yet written.
/// </summary>
internal static class SeriesChapters
{
    /// <summary>The blog series the notebooks accompany.</summary>
    public const string SeriesHome = "https://www.chenk.top/en/ml-math-derivations/";

    private static readonly (string Title, string BlogSlug)[] Chapters =
    [
        ("Foundations of learning theory", "01-introduction-and-mathematical-foundations"),
        ("Linear algebra", "02-linear-algebra-and-matrix-theory"),
        ("Probability and inference", "03-probability-theory-and-statistical-inference"),
        ("Convex optimisation", "04-convex-optimization-theory"),
        ("Linear regression", "05-linear-regression"),
        ("Logistic regression", "06-logistic-regression-and-classification"),
        ("Decision trees", "07-decision-trees"),
        ("Support vector machines", "08-support-vector-machines"),
        ("Naive Bayes", "09-naive-bayes"),
        ("Semi-naive Bayes and Bayesian networks", "10-semi-naive-bayes-and-bayesian-networks"),
        ("Ensembles: bagging, random forests, boosting", "11-ensemble-learning"),
        ("XGBoost and LightGBM", "12-xgboost-and-lightgbm"),
        ("EM and Gaussian mixtures", "13-em-algorithm-and-gmm"),
        ("Variational inference", "14-variational-inference-and-variational-em"),
        ("Hidden Markov models", "15-hidden-markov-models"),
        ("Linear-chain CRF", "16-conditional-random-fields"),
        ("Dimensionality reduction", "17-dimensionality-reduction-and-pca"),
        ("Clustering", "18-clustering-algorithms"),
        ("Neural networks", "19-neural-networks-and-backpropagation"),
        ("Regularisation and model selection", "20-regularization-and-model-selection"),
    ];

    public static IReadOnlyList<string> Titles { get; } = Chapters.Select(c => c.Title).ToArray();

    /// <summary>The series' title of chapter <paramref name="number"/> (1-based), or null outside 1–20.</summary>
    public static string? Title(int number) => InRange(number) ? Chapters[number - 1].Title : null;

    /// <summary>The blog chapter that chapter <paramref name="number"/> accompanies, or null outside 1–20.</summary>
    public static string? BlogUrl(int number) => InRange(number) ? SeriesHome + Chapters[number - 1].BlogSlug + "/" : null;

    private static bool InRange(int number) => number >= 1 && number <= Chapters.Length;
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Probability;
using MlDerivations.Validation;

namespace MlDerivations.LearningTheory;

/// <summary>
/// The bias–variance decomposition of a regression learner's expected squared error by Monte Carlo
/// (1.12): for y = f(x) + ε with E ε = 0, Var ε = σ², and ŷ_D trained on a random training set D,
/// E_{D,ε}[(y − ŷ_D(x))²] = (E_D ŷ_D(x) − f(x))² + Var_D ŷ_D(x) + σ², i.e. bias² + variance + noise.
/// </summary>
public static class BiasVariance
{
    private const string Type = nameof(BiasVariance);

    /// <summary>
    /// Trains the learner on T independent training sets of n points (x ~ U[InputMin, InputMax],
    /// y = f(x) + N(0, σ²) noise) and evaluates each fit at the test points.
    /// </summary>
    /// <param name="truth">f, the noise-free target.</param>
    /// <param name="learner">Trains on (x, y) and returns x ↦ ŷ(x); must not keep the arrays it is given.</param>
    /// <param name="testPoints">The fixed x at which bias and variance are measured; averages are over these.</param>
    /// <param name="options">n, T, σ², the input range and the seed.</param>
    public static BiasVarianceDecomposition Estimate(
        Func<double, double> truth, RegressionLearner learner, IReadOnlyList<double> testPoints, BiasVarianceOptions options)
    {
        Guard.NotNull(truth, Type, nameof(truth));
        Guard.NotNull(learner, Type, nameof(learner));
        Guard.FiniteSample(testPoints, Type, nameof(testPoints));
        CheckOptions(options);

        int t = options.Trials, m = testPoints.Count;
        var rng = Rng.Create(options.Seed);
        double sigma = Math.Sqrt(options.NoiseVariance);
        var targets = testPoints.Select(truth).ToArray();
        var predictions = Matrix<double>.Build.Dense(t, m); // row = trial, column = test point
        var trialErrors = new double[t];                     // mean over test points of (y* − ŷ)², fresh y*
        for (int trial = 0; trial < t; trial++)
        {
            // 1) a fresh training set D and the fit ŷ_D
            var x = TrainingInputs(rng, options);
            var y = x.Select(v => truth(v) + sigma * StandardNormal.Sample(rng)).ToArray();
            var predict = learner(x, y) ?? throw new InvalidOperationException($"BiasVariance: the learner returned no predictor in trial {trial}.");
            // 2) its predictions at the test points, against fresh noisy targets y* = f(x) + ε
            double error = 0;
            for (int j = 0; j < m; j++)
            {
                double yHat = predict(testPoints[j]);
                if (!double.IsFinite(yHat))
                    throw new InvalidOperationException(
                        $"BiasVariance: the learner predicted {Formatting.Html.Number(yHat)} at x = {Formatting.Html.Number(testPoints[j])} in trial {trial}; check that it can fit {options.TrainingSize} points.");
                predictions[trial, j] = yHat;
                double fresh = targets[j] + sigma * StandardNormal.Sample(rng);
                error += (fresh - yHat) * (fresh - yHat);
            }
            trialErrors[trial] = error / m;
        }
        return new BiasVarianceDecomposition(testPoints.ToArray(), targets, predictions, options.NoiseVariance, trialErrors);
    }

    private static double[] TrainingInputs(Random rng, BiasVarianceOptions options)
    {
        var x = new double[options.TrainingSize];
        for (int i = 0; i < x.Length; i++) x[i] = options.InputMin + (options.InputMax - options.InputMin) * rng.NextDouble();
        return x;
    }

    private static void CheckOptions(BiasVarianceOptions options)
    {
        Guard.NotNull(options, Type, nameof(options));
        const string optionsType = nameof(BiasVarianceOptions);
        Guard.AtLeast(options.TrainingSize, optionsType, nameof(options.TrainingSize), 1);
        Guard.AtLeast(options.Trials, optionsType, nameof(options.Trials), 2);
        Guard.NonNegative(options.NoiseVariance, optionsType, nameof(options.NoiseVariance));
        Guard.Finite(options.InputMin, optionsType, nameof(options.InputMin));
        Guard.Finite(options.InputMax, optionsType, nameof(options.InputMax));
        if (!(options.InputMax > options.InputMin))
            throw Guard.OutOfRange(optionsType, nameof(options.InputMax),
                $"be > InputMin = {Formatting.Html.Number(options.InputMin)}", Formatting.Html.Number(options.InputMax));
    }
}

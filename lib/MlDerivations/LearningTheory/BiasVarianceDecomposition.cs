using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Formatting;

namespace MlDerivations.LearningTheory;

/// <summary>
/// The result of <see cref="BiasVariance.Estimate"/>. With ŷ_t(x_j) the prediction of trial t at
/// test point j (T trials, m points) and ȳ(x_j) = (1/T) Σ_t ŷ_t(x_j):
/// bias²(x_j) = (ȳ(x_j) − f(x_j))², variance(x_j) = (1/T) Σ_t (ŷ_t(x_j) − ȳ(x_j))², each averaged
/// over the test points. On these same draws bias² + variance = (1/(Tm)) Σ_{t,j} (ŷ_t(x_j) − f(x_j))²
/// holds EXACTLY (up to rounding; <see cref="ErrorAgainstTruth"/>), while bias² + variance + σ² equals
/// the expected error measured against fresh noisy targets (<see cref="ExpectedError"/>) only up to
/// Monte Carlo error (1.12), of the order of <see cref="ExpectedErrorStandardError"/>.
/// </summary>
[TypeFormatterSource(typeof(RichDisplayFormatterSource))]
public sealed class BiasVarianceDecomposition : IRichDisplay
{
    private readonly double[] _testPoints;
    private readonly double[] _targets;
    private readonly double[] _meanPrediction;
    private readonly double[] _biasSquaredAt;
    private readonly double[] _varianceAt;
    private readonly Matrix<double> _predictions;

    internal BiasVarianceDecomposition(double[] testPoints, double[] targets, Matrix<double> predictions, double noise, double[] trialErrors)
    {
        _testPoints = testPoints;
        _targets = targets;
        _predictions = predictions;
        Noise = noise;
        int t = predictions.RowCount, m = predictions.ColumnCount;
        _meanPrediction = new double[m];
        _biasSquaredAt = new double[m];
        _varianceAt = new double[m];
        double againstTruth = 0;
        for (int j = 0; j < m; j++)
        {
            var column = predictions.Column(j);
            double mean = column.Average();
            _meanPrediction[j] = mean;
            _biasSquaredAt[j] = (mean - targets[j]) * (mean - targets[j]);
            _varianceAt[j] = column.Select(v => (v - mean) * (v - mean)).Sum() / t;
            againstTruth += column.Select(v => (v - targets[j]) * (v - targets[j])).Sum();
        }
        ErrorAgainstTruth = againstTruth / (t * m);
        ExpectedError = trialErrors.Average();
        double spread = trialErrors.Select(e => (e - ExpectedError) * (e - ExpectedError)).Sum() / (t - 1);
        ExpectedErrorStandardError = Math.Sqrt(spread / t);
    }

    /// <summary>x_j, the test points.</summary>
    public IReadOnlyList<double> TestPoints => Array.AsReadOnly(_testPoints);

    /// <summary>f(x_j), the noise-free targets.</summary>
    public IReadOnlyList<double> Targets => Array.AsReadOnly(_targets);

    /// <summary>ŷ_t(x_j), T×m, a copy: one row per trial (training set), one column per test point.</summary>
    public Matrix<double> Predictions => _predictions.Clone();

    /// <summary>ȳ(x_j) = (1/T) Σ_t ŷ_t(x_j), the average fit.</summary>
    public IReadOnlyList<double> MeanPrediction => Array.AsReadOnly(_meanPrediction);

    /// <summary>bias²(x_j) = (ȳ(x_j) − f(x_j))².</summary>
    public IReadOnlyList<double> BiasSquaredAt => Array.AsReadOnly(_biasSquaredAt);

    /// <summary>variance(x_j) = (1/T) Σ_t (ŷ_t(x_j) − ȳ(x_j))².</summary>
    public IReadOnlyList<double> VarianceAt => Array.AsReadOnly(_varianceAt);

    /// <summary>bias² averaged over the test points.</summary>
    public double BiasSquared => _biasSquaredAt.Average();

    /// <summary>variance averaged over the test points.</summary>
    public double Variance => _varianceAt.Average();

    /// <summary>
    /// bias² without its Monte Carlo inflation (1.13). The plug-in (ȳ − f)² is biased upward: ȳ is a
    /// mean of T fits, so E(ȳ − f)² = bias² + Var/T. Subtracting the unbiased variance estimate over T,
    /// s²/T = variance/(T − 1), gives an unbiased estimate of bias², averaged over the test points; it
    /// can be slightly negative when the true bias² is below Monte Carlo resolution.
    /// </summary>
    public double BiasSquaredUnbiased => BiasSquared - Variance / (_predictions.RowCount - 1);

    /// <summary>
    /// The unbiased variance s² = (1/(T − 1)) Σ_t (ŷ_t − ȳ)², averaged over the test points (1.13).
    /// <see cref="BiasSquaredUnbiased"/> + <see cref="VarianceUnbiased"/> = <see cref="BiasSquared"/> + <see cref="Variance"/> exactly:
    /// debiasing moves Var/T from the bias² to the variance, it does not change their sum.
    /// </summary>
    public double VarianceUnbiased => Variance * _predictions.RowCount / (_predictions.RowCount - 1);

    /// <summary>σ², the irreducible noise.</summary>
    public double Noise { get; }

    /// <summary>(1/(Tm)) Σ (ŷ_t(x_j) − f(x_j))², equal to <see cref="BiasSquared"/> + <see cref="Variance"/> exactly.</summary>
    public double ErrorAgainstTruth { get; }

    /// <summary>(1/(Tm)) Σ (y*_tj − ŷ_t(x_j))² with fresh y*_tj = f(x_j) + ε: the Monte Carlo expected error.</summary>
    public double ExpectedError { get; }

    /// <summary>The standard error of <see cref="ExpectedError"/> over the T independent trials.</summary>
    public double ExpectedErrorStandardError { get; }

    public override string ToString() =>
        $"bias² = {Html.Number(BiasSquared, 4)}, variance = {Html.Number(Variance, 4)}, noise = {Html.Number(Noise, 4)}, " +
        $"sum = {Html.Number(BiasSquared + Variance + Noise, 4)}; Monte Carlo error = {Html.Number(ExpectedError, 4)} ± {Html.Number(ExpectedErrorStandardError, 2)}";

    void IRichDisplay.WriteHtml(TextWriter writer)
    {
        writer.Write("<table class=\"ml-bias-variance\" style=\"font-family:system-ui,sans-serif\"><tbody>");
        Row(writer, "bias²", BiasSquared);
        Row(writer, "variance", Variance);
        Row(writer, "noise σ²", Noise);
        Row(writer, "bias² + variance + noise", BiasSquared + Variance + Noise);
        writer.Write($"<tr><th style=\"text-align:left\">Monte Carlo expected error</th><td>{Html.Number(ExpectedError, 4)} ± {Html.Number(ExpectedErrorStandardError, 2)}</td></tr>");
        writer.Write("</tbody></table>");
    }

    void IRichDisplay.WritePlainText(TextWriter writer) => writer.Write(ToString());

    private static void Row(TextWriter writer, string name, double value) =>
        writer.Write($"<tr><th style=\"text-align:left\">{Html.Escape(name)}</th><td>{Html.Number(value, 4)}</td></tr>");
}

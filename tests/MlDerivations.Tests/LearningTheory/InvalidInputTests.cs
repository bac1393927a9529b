using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LearningTheory;
using MlDerivations.Tests.Probability;

namespace MlDerivations.Tests.LearningTheory;

/// <summary>Every public entry rejects invalid input with the documented exception type and ParamName.</summary>
public sealed class InvalidInputTests
{
    private static readonly double[] Points = [0, 0.5, 1];
    private static Func<double, double> Mean(double[] x, double[] y) => _ => y.Average();

    private static readonly Dictionary<string, (Action Act, Type Exception, string Param)> Cases = new()
    {
        ["Hoeffding n 0"] = (() => Bounds.Hoeffding(0, 0.1), typeof(ArgumentOutOfRangeException), "n"),
        ["Hoeffding epsilon 0"] = (() => Bounds.Hoeffding(10, 0), typeof(ArgumentOutOfRangeException), "epsilon"),
        ["Union probability > 1"] = (() => Bounds.Union([0.5, 1.5]), typeof(ArgumentOutOfRangeException), "probabilities"),
        ["Union null"] = (() => Bounds.Union(null!), typeof(ArgumentNullException), "probabilities"),
        ["Uniform hypotheses 0"] = (() => Bounds.UniformHoeffding(0, 10, 0.1), typeof(ArgumentOutOfRangeException), "hypotheses"),
        ["Sample complexity delta 1"] = (() => Bounds.SampleComplexity(5, 0.1, 1), typeof(ArgumentOutOfRangeException), "delta"),
        ["Sample complexity epsilon NaN"] = (() => Bounds.SampleComplexity(5, double.NaN, 0.1), typeof(ArgumentOutOfRangeException), "epsilon"),
        ["Sample complexity overflow"] = (() => Bounds.SampleComplexity(5, 1e-9, 0.1), typeof(ArgumentOutOfRangeException), "epsilon"),
        ["Epsilon n 0"] = (() => Bounds.Epsilon(5, 0, 0.1), typeof(ArgumentOutOfRangeException), "n"),
        ["Deviation p > 1"] = (() => DeviationProbability.Exact(10, 1.5, 0.1), typeof(ArgumentOutOfRangeException), "p"),
        ["Deviation trials 0"] = (() => DeviationProbability.Simulate(10, 0.5, 0.1, 0, 1), typeof(ArgumentOutOfRangeException), "trials"),
        ["Thresholds empty"] = (() => Dichotomies.Thresholds([]), typeof(ArgumentException), "x"),
        ["Intervals too many"] = (() => Dichotomies.Intervals(new double[65]), typeof(ArgumentOutOfRangeException), "x"),
        ["Half-planes three columns"] = (() => Dichotomies.HalfPlanes(Matrix<double>.Build.Dense(3, 3)), typeof(ArgumentException), "points"),
        ["Half-planes collinear"] = (() => Dichotomies.HalfPlanes(Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0 }, { 1, 1 }, { 2, 2 } })), typeof(ArgumentException), "points"),
        ["Half-planes duplicate"] = (() => Dichotomies.HalfPlanes(Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0 }, { 0, 0 } })), typeof(ArgumentException), "points"),
        ["Half-planes null"] = (() => Dichotomies.HalfPlanes(null!), typeof(ArgumentNullException), "points"),
        ["Growth n 0"] = (() => GrowthFunction.Count(HypothesisClass.Thresholds, 0), typeof(ArgumentOutOfRangeException), "n"),
        ["Growth class undefined"] = (() => GrowthFunction.Formula((HypothesisClass)7, 3), typeof(ArgumentOutOfRangeException), "hypotheses"),
        ["VC maxPoints 0"] = (() => GrowthFunction.VcDimension(HypothesisClass.Intervals, 0), typeof(ArgumentOutOfRangeException), "maxPoints"),
        ["Bias-variance truth null"] = (() => BiasVariance.Estimate(null!, Mean, Points, new BiasVarianceOptions()), typeof(ArgumentNullException), "truth"),
        ["Bias-variance learner null"] = (() => BiasVariance.Estimate(x => x, null!, Points, new BiasVarianceOptions()), typeof(ArgumentNullException), "learner"),
        ["Bias-variance no test points"] = (() => BiasVariance.Estimate(x => x, Mean, [], new BiasVarianceOptions()), typeof(ArgumentException), "testPoints"),
        ["Bias-variance options null"] = (() => BiasVariance.Estimate(x => x, Mean, Points, null!), typeof(ArgumentNullException), "options"),
        ["Bias-variance training size 0"] = (() => BiasVariance.Estimate(x => x, Mean, Points, new BiasVarianceOptions { TrainingSize = 0 }), typeof(ArgumentOutOfRangeException), "TrainingSize"),
        ["Bias-variance one trial"] = (() => BiasVariance.Estimate(x => x, Mean, Points, new BiasVarianceOptions { Trials = 1 }), typeof(ArgumentOutOfRangeException), "Trials"),
        ["Bias-variance noise < 0"] = (() => BiasVariance.Estimate(x => x, Mean, Points, new BiasVarianceOptions { NoiseVariance = -1 }), typeof(ArgumentOutOfRangeException), "NoiseVariance"),
        ["Bias-variance empty input range"] = (() => BiasVariance.Estimate(x => x, Mean, Points, new BiasVarianceOptions { InputMin = 1, InputMax = 1 }), typeof(ArgumentOutOfRangeException), "InputMax"),
        ["ERM labels of another length"] = (() => ThresholdErm.Fit([1.0, 2.0], [true]), typeof(ArgumentException), "y"),
        ["ERM x NaN"] = (() => ThresholdErm.Fit([double.NaN], [true]), typeof(ArgumentException), "x"),
        ["ERM no candidates"] = (() => ThresholdErm.Errors([1.0], [true], []), typeof(ArgumentException), "thresholds"),
        ["ERM candidate NaN"] = (() => ThresholdErm.Fit([1.0], [true], [double.NaN]), typeof(ArgumentException), "thresholds"),
        ["Rule error labels null"] = (() => new ThresholdRule(0, 0).Error([1.0], null!), typeof(ArgumentNullException), "y"),
        ["NFL domain 1"] = (() => NoFreeLunch.OffTrainingSetErrors(1, [], (d, l, n) => new bool[n]), typeof(ArgumentOutOfRangeException), "domainSize"),
        ["NFL domain 21"] = (() => NoFreeLunch.OffTrainingSetErrors(21, [0], (d, l, n) => new bool[n]), typeof(ArgumentOutOfRangeException), "domainSize"),
        ["NFL duplicate training point"] = (() => NoFreeLunch.OffTrainingSetErrors(4, [1, 1], (d, l, n) => new bool[n]), typeof(ArgumentException), "trainingPoints"),
        ["NFL training point outside"] = (() => NoFreeLunch.OffTrainingSetErrors(4, [4], (d, l, n) => new bool[n]), typeof(ArgumentException), "trainingPoints"),
        ["NFL whole domain trained"] = (() => NoFreeLunch.OffTrainingSetErrors(2, [0, 1], (d, l, n) => new bool[n]), typeof(ArgumentException), "trainingPoints"),
        ["NFL learner null"] = (() => NoFreeLunch.OffTrainingSetErrors(3, [0], null!), typeof(ArgumentNullException), "learner"),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void InvalidInput_ThrowsTheDocumentedExceptionNamingTheParameter(string name)
    {
        var (act, type, param) = Cases[name];
        InvalidInputAssert.Throws(act, type, param);
    }
}

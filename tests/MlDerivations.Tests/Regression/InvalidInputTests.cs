using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Regression;

/// <summary>Every public entry of the Regression namespace rejects bad input with the right exception type and ParamName.</summary>
public sealed class InvalidInputTests
{
    private static readonly Matrix<double> X = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 0 }, { 3, 5 }, { 0, 1 } });
    private static readonly Vector<double> Y = Vector<double>.Build.Dense([1, 2, 0, 4]);
    private static readonly Matrix<double> WithNaN = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, double.NaN }, { 3, 5 }, { 0, 1 } });
    private static readonly Vector<double> WithInfinity = Vector<double>.Build.Dense([1, double.PositiveInfinity, 0, 4]);
    private static readonly Vector<double> Short = Vector<double>.Build.Dense([1, 2]);
    private static readonly Matrix<double> ThreeColumns = Matrix<double>.Build.Dense(2, 3, 1.0);
    private static readonly Matrix<double>? NoMatrix = null;
    private static readonly Vector<double>? NoVector = null;

    public static TheoryData<string, Action, Type, string> Cases() => new()
    {
        { "OLS without X", () => LinearRegression.Fit(NoMatrix!, Y), typeof(ArgumentNullException), "x" },
        { "OLS without y", () => LinearRegression.Fit(X, NoVector!), typeof(ArgumentNullException), "y" },
        { "OLS with y too short", () => LinearRegression.Fit(X, Short), typeof(ArgumentException), "y" },
        { "OLS with NaN in X", () => LinearRegression.Fit(WithNaN, Y), typeof(ArgumentException), "x" },
        { "OLS with ∞ in y", () => LinearRegression.Fit(X, WithInfinity), typeof(ArgumentException), "y" },
        { "hat matrix without X", () => LinearRegression.HatMatrix(NoMatrix!), typeof(ArgumentNullException), "x" },
        { "hat matrix of a wide X", () => LinearRegression.HatMatrix(ThreeColumns), typeof(ArgumentException), "x" },
        { "condition number with NaN", () => LinearRegression.ConditionNumber(WithNaN), typeof(ArgumentException), "x" },
        { "predict with wrong columns", () => LinearRegression.Fit(X, Y).Predict(ThreeColumns), typeof(ArgumentException), "x" },
        { "ridge with y too short", () => Ridge.Fit(X, Short), typeof(ArgumentException), "y" },
        { "ridge with NaN in X", () => Ridge.Fit(WithNaN, Y), typeof(ArgumentException), "x" },
        { "ridge λ < 0", () => _ = new RidgeOptions { Lambda = -1 }, typeof(ArgumentOutOfRangeException), "Lambda" },
        { "ridge λ = NaN", () => _ = new RidgeOptions { Lambda = double.NaN }, typeof(ArgumentOutOfRangeException), "Lambda" },
        { "ridge λ = ∞", () => _ = new RidgeOptions { Lambda = double.PositiveInfinity }, typeof(ArgumentOutOfRangeException), "Lambda" },
        { "lasso without X", () => Lasso.Fit(NoMatrix!, Y), typeof(ArgumentNullException), "x" },
        { "lasso with ∞ in y", () => Lasso.Fit(X, WithInfinity), typeof(ArgumentException), "y" },
        { "lasso λ = 0", () => _ = new LassoOptions { Lambda = 0 }, typeof(ArgumentOutOfRangeException), "Lambda" },
        { "lasso tolerance < 0", () => _ = new LassoOptions { Tolerance = -1e-3 }, typeof(ArgumentOutOfRangeException), "Tolerance" },
        { "lasso no sweeps", () => _ = new LassoOptions { MaxIterations = 0 }, typeof(ArgumentOutOfRangeException), "MaxIterations" },
        { "path with y too short", () => Lasso.Path(X, Short), typeof(ArgumentException), "y" },
        { "path with constant y", () => Lasso.Path(X, Vector<double>.Build.Dense(4, 3.0)), typeof(ArgumentException), "y" },
        { "path of no λ", () => _ = new LassoPathOptions { LambdaCount = 0 }, typeof(ArgumentOutOfRangeException), "LambdaCount" },
        { "path ε = 0", () => _ = new LassoPathOptions { Epsilon = 0 }, typeof(ArgumentOutOfRangeException), "Epsilon" },
        { "path ε > 1", () => _ = new LassoPathOptions { Epsilon = 2 }, typeof(ArgumentOutOfRangeException), "Epsilon" },
        { "path empty grid", () => _ = new LassoPathOptions { Lambdas = [] }, typeof(ArgumentException), "Lambdas" },
        { "path negative λ", () => _ = new LassoPathOptions { Lambdas = [1, -1] }, typeof(ArgumentOutOfRangeException), "Lambdas" },
        { "path tolerance < 0", () => _ = new LassoPathOptions { Tolerance = -1 }, typeof(ArgumentOutOfRangeException), "Tolerance" },
        { "path no sweeps", () => _ = new LassoPathOptions { MaxIterations = 0 }, typeof(ArgumentOutOfRangeException), "MaxIterations" },
        { "path point out of range", () => Lasso.Path(X, Y, new LassoPathOptions { LambdaCount = 3 }).ModelAt(3), typeof(ArgumentOutOfRangeException), "k" },
        { "KKT without model", () => Lasso.KktViolation(X, Y, null!), typeof(ArgumentNullException), "model" },
        { "KKT with wrong columns", () => Lasso.KktViolation(ThreeColumns, Short, Lasso.Fit(X, Y)), typeof(ArgumentException), "x" },
        { "KKT with y too short", () => Lasso.KktViolation(X, Short, Lasso.Fit(X, Y)), typeof(ArgumentException), "y" },
        { "elastic net without y", () => ElasticNet.Fit(X, NoVector!), typeof(ArgumentNullException), "y" },
        { "elastic net NaN in X", () => ElasticNet.Fit(WithNaN, Y), typeof(ArgumentException), "x" },
        { "elastic net ρ = 0", () => _ = new ElasticNetOptions { L1Ratio = 0 }, typeof(ArgumentOutOfRangeException), "L1Ratio" },
        { "elastic net ρ > 1", () => _ = new ElasticNetOptions { L1Ratio = 1.5 }, typeof(ArgumentOutOfRangeException), "L1Ratio" },
        { "elastic net λ < 0", () => _ = new ElasticNetOptions { Lambda = -0.1 }, typeof(ArgumentOutOfRangeException), "Lambda" },
        { "elastic net tolerance NaN", () => _ = new ElasticNetOptions { Tolerance = double.NaN }, typeof(ArgumentOutOfRangeException), "Tolerance" },
        { "elastic net no sweeps", () => _ = new ElasticNetOptions { MaxIterations = -3 }, typeof(ArgumentOutOfRangeException), "MaxIterations" },
        { "elastic net KKT without model", () => ElasticNet.KktViolation(X, Y, null!), typeof(ArgumentNullException), "model" },
        { "Bayes with y too short", () => BayesianLinearRegression.Fit(X, Short), typeof(ArgumentException), "y" },
        { "Bayes evidence without X", () => BayesianLinearRegression.FitEvidence(NoMatrix!, Y), typeof(ArgumentNullException), "x" },
        { "Bayes α = 0", () => _ = new BayesianLinearRegressionOptions { Alpha = 0 }, typeof(ArgumentOutOfRangeException), "Alpha" },
        { "Bayes β < 0", () => _ = new BayesianLinearRegressionOptions { Beta = -1 }, typeof(ArgumentOutOfRangeException), "Beta" },
        { "evidence α₀ = 0", () => _ = new EvidenceOptions { InitialAlpha = 0 }, typeof(ArgumentOutOfRangeException), "InitialAlpha" },
        { "evidence β₀ = ∞", () => _ = new EvidenceOptions { InitialBeta = double.PositiveInfinity }, typeof(ArgumentOutOfRangeException), "InitialBeta" },
        { "evidence tolerance ∞", () => _ = new EvidenceOptions { Tolerance = double.PositiveInfinity }, typeof(ArgumentOutOfRangeException), "Tolerance" },
        { "evidence no updates", () => _ = new EvidenceOptions { MaxIterations = 0 }, typeof(ArgumentOutOfRangeException), "MaxIterations" },
        { "predictive variance wrong columns", () => BayesianLinearRegression.Fit(X, Y).PredictiveVariance(ThreeColumns), typeof(ArgumentException), "x" },
        { "undefined least-squares solver", () => _ = new LinearRegressionOptions { Solver = (LeastSquaresSolver)7 }, typeof(ArgumentOutOfRangeException), "Solver" },
        { "polynomial degree -1", () => PolynomialFeatures.Transform(X, -1), typeof(ArgumentOutOfRangeException), "degree" },
        { "polynomial without X", () => PolynomialFeatures.Transform(NoMatrix!, 2), typeof(ArgumentNullException), "x" },
        { "polynomial names of no input", () => PolynomialFeatures.FeatureNames(0, 2), typeof(ArgumentOutOfRangeException), "inputCount" },
        { "polynomial names degree 0", () => PolynomialFeatures.FeatureNames(2, 0, includeBias: false), typeof(ArgumentOutOfRangeException), "degree" },
        { "polynomial degree 0 without bias", () => PolynomialFeatures.Transform(X, 0, includeBias: false), typeof(ArgumentOutOfRangeException), "degree" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PublicEntry_RejectsInputWithTheRightTypeAndParamName(string situation, Action call, Type type, string paramName)
    {
        var error = Assert.Throws(type, call);
        Assert.Equal(paramName, ((ArgumentException)error).ParamName);
        Assert.Contains(" must ", error.Message);
        Assert.Contains("; got ", error.Message);
        Assert.False(string.IsNullOrEmpty(situation));
    }

    [Fact]
    public void Messages_NameTypeParameterRuleAndValue()
    {
        var shape = Assert.Throws<ArgumentException>(() => LinearRegression.Fit(X, Short));
        Assert.StartsWith("LinearRegression.Y must have one entry per row of X; got length 2 for X of shape 4×2.", shape.Message);
        var option = Assert.Throws<ArgumentOutOfRangeException>(() => new LassoOptions { Lambda = -0.5 });
        Assert.StartsWith("LassoOptions.Lambda must be finite and > 0; got -0.5.", option.Message);
        var where = Assert.Throws<ArgumentException>(() => Ridge.Fit(WithNaN, Y));
        Assert.StartsWith("Ridge.X must hold finite numbers only; got NaN at row 1, column 1.", where.Message);
    }
}

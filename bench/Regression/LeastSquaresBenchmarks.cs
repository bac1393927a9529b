using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Regression;

namespace MlDerivations.Bench.Regression;

/// <summary>
/// OLS and ridge on n = 200,000, d = 50 (single thread). scikit-learn's counterparts:
/// LinearRegression().fit and Ridge(alpha=10).fit, timed by bench/sklearn/regression.py on the same CSV.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class LeastSquaresBenchmarks
{
    private Matrix<double> _x = null!;
    private Vector<double> _y = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_x, _y) = RegressionData.Load(RegressionData.OlsFile);
        var ols = LinearRegression.Fit(_x, _y);
        var ridge = MlDerivations.Regression.Ridge.Fit(_x, _y, new RidgeOptions { Lambda = RegressionData.RidgeLambda });
        RegressionData.WriteSolution("ours_ols.csv", [(ols.Intercept, ols.Coefficients)]);
        RegressionData.WriteSolution("ours_ridge.csv", [(ridge.Intercept, ridge.Coefficients)]);
    }

    [Benchmark(Description = "OLS by QR, 200000x50")]
    public LinearRegressionModel OlsQr() => LinearRegression.Fit(_x, _y);

    [Benchmark(Description = "OLS by normal equations, 200000x50")]
    public LinearRegressionModel OlsNormalEquations() =>
        LinearRegression.Fit(_x, _y, new LinearRegressionOptions { Solver = LeastSquaresSolver.NormalEquations });

    [Benchmark(Description = "Ridge, 200000x50")]
    public RidgeModel Ridge() => MlDerivations.Regression.Ridge.Fit(_x, _y, new RidgeOptions { Lambda = RegressionData.RidgeLambda });
}

using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Regression;

namespace MlDerivations.Bench.Regression;

/// <summary>
/// A lasso path of 50 λ (λ_max down to 1e-3·λ_max, warm starts, duality-gap tolerance 1e-6) on
/// n = 20,000, d = 200, intercept by centring. scikit-learn's counterpart: centre X and y, then
/// lasso_path(Xc, yc, n_alphas=50, eps=1e-3, tol=1e-6), which uses the Gram matrix since n &gt; d.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 9)]
public class LassoPathBenchmarks
{
    private Matrix<double> _x = null!;
    private Vector<double> _y = null!;
    // No trace: scikit-learn evaluates the duality gap only where it tests it, and so does the solver without one.
    private readonly LassoPathOptions _options = new() { LambdaCount = RegressionData.PathLength, Tolerance = RegressionData.PathTolerance, KeepTrace = false };

    [GlobalSetup]
    public void Setup()
    {
        (_x, _y) = RegressionData.Load(RegressionData.LassoFile);
        var path = Lasso.Path(_x, _y, _options);
        RegressionData.WriteSolution("ours_lasso_path.csv",
            Enumerable.Range(0, path.Count).Select(k => (path.Intercepts[k], path.Coefficients.Column(k))));
        RegressionData.WriteSolution("ours_lasso_path_lambdas.csv", [(0.0, path.Lambdas)]);
    }

    [Benchmark(Description = "Lasso path, 50 lambdas, 20000x200")]
    public LassoPath LassoPath() => Lasso.Path(_x, _y, _options);
}

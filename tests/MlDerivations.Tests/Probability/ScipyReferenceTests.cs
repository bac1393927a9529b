using System.Runtime.CompilerServices;
using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

/// <summary>
/// Log-densities, distribution functions, entropies and moments against SciPy 1.10.1, stored in
/// Fixtures/scipy_reference.json by Fixtures/scipy_reference.py.
/// </summary>
public sealed class ScipyReferenceTests
{
    public sealed record Case(string Name, double[] Params, double[] At, double LogDensity, double? Cdf, double? Entropy, double? Mean, double? Variance)
    {
        public override string ToString() => $"{Name}({string.Join(", ", Params)}) at [{string.Join(", ", At)}]";
    }

    public static TheoryData<Case> Cases()
    {
        var data = new TheoryData<Case>();
        foreach (var c in Load()) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void LogDensityCdfEntropyAndMoments_AgreeWithSciPy(Case c)
    {
        var (logDensity, cdf, entropy, mean, variance) = Evaluate(c);
        AssertClose(c.LogDensity, logDensity, "log-density");
        if (c.Cdf is double expectedCdf) AssertClose(expectedCdf, cdf, "cdf");
        if (c.Entropy is double expectedEntropy) AssertClose(expectedEntropy, entropy, "entropy");
        if (c.Mean is double expectedMean) AssertClose(expectedMean, mean, "mean");
        if (c.Variance is double expectedVariance) AssertClose(expectedVariance, variance, "variance");
    }

    private static (double, double, double, double, double) Evaluate(Case c)
    {
        var p = c.Params;
        double x = c.At[0];
        switch (c.Name)
        {
            case "Gaussian": { var d = new Gaussian(p[0], p[1]); return (d.LogDensity(x), d.Cdf(x), d.Entropy, d.Mean, d.Variance); }
            case "Beta": { var d = new Beta(p[0], p[1]); return (d.LogDensity(x), d.Cdf(x), d.Entropy, d.Mean, d.Variance); }
            case "Gamma": { var d = new Gamma(p[0], p[1]); return (d.LogDensity(x), d.Cdf(x), d.Entropy, d.Mean, d.Variance); }
            case "StudentT": { var d = new StudentT(p[0], p[1], p[2]); return (d.LogDensity(x), d.Cdf(x), d.Entropy, double.NaN, double.NaN); }
            case "Binomial": { var d = new Binomial((int)p[0], p[1]); return (d.LogProbability((int)x), d.Cdf((int)x), double.NaN, d.Mean, d.Variance); }
            case "Poisson": { var d = new Poisson(p[0]); return (d.LogProbability((int)x), d.Cdf((int)x), double.NaN, d.Mean, d.Variance); }
            case "Dirichlet": { var d = new Dirichlet(p); return (d.LogDensity(c.At), double.NaN, d.Entropy, double.NaN, double.NaN); }
            case "MultivariateGaussian":
            {
                var d = new MultivariateGaussian(Vector<double>.Build.DenseOfArray(p[..3]), Matrix<double>.Build.DenseOfRowMajor(3, 3, p[3..]));
                return (d.LogDensity(Vector<double>.Build.DenseOfArray(c.At)), double.NaN, d.Entropy, double.NaN, double.NaN);
            }
            default: throw new InvalidOperationException($"No case for {c.Name}.");
        }
    }

    // SciPy and MathNet use different special-function code; 1e-9 relative is far below any modelling need
    // and far above their double-precision rounding.
    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
            $"{what}: expected {expected:R}, got {actual:R}");

    private static List<Case> Load([CallerFilePath] string source = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", "scipy_reference.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(path), options)!;
    }
}

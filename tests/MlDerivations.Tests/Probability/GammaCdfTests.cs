using System.Runtime.CompilerServices;
using System.Text.Json;
using MathNet.Numerics;
using MlDerivations.Probability;

namespace MlDerivations.Tests.Probability;

/// <summary>
/// Gamma.Cdf = P(α, βx) against mpmath's gammainc(a, 0, z, regularized=True) at 50 digits, stored in
/// Fixtures/gamma_lower_regularized.json by Fixtures/gamma_lower_regularized.py: shapes 0.001 to 400 and
/// z from 1e-300 to 450, where MathNet's GammaLowerRegularized alone returns 0 below z ≈ 1e-15.
/// </summary>
public sealed class GammaCdfTests
{
    private const double Epsilon = 2.220446049250313e-16;

    public sealed record Case(double Shape, double Z, double P, double LogP)
    {
        public override string ToString() => $"P({Shape:R}, {Z:R})";
    }

    public static TheoryData<Case> Cases()
    {
        var data = new TheoryData<Case>();
        foreach (var c in Load()) data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cdf_AgreesWithMpmath(Case c)
    {
        double actual = new Gamma(c.Shape, 1.0).Cdf(c.Z);
        double tolerance = RelativeTolerance(c.Shape, c.Z);
        // Below the smallest normal double the result is subnormal: allow one unit of its last place too.
        double allowed = tolerance * c.P + double.Epsilon;
        Assert.True(Math.Abs(actual - c.P) <= allowed,
            $"{c}: expected {c.P:R} (ln P = {c.LogP:R}), got {actual:R}; relative error {Math.Abs(actual - c.P) / c.P:E2} > {tolerance:E2}");
    }

    [Fact]
    public void Cdf_OfShapeOneTwentiethAt1e16_IsAboutOneSixth()
    {
        // The defect this guards: MathNet returns 0 here. P(0.05, z) ≈ z^0.05/Γ(1.05) = 0.1628… for z = 1e-16.
        double expected = Load().Single(c => c.Shape == 0.05 && c.Z == 1e-16).P;
        Assert.InRange(expected, 0.16, 0.17);
        Assert.Equal(expected, new Gamma(0.05, 1.0).Cdf(1e-16), 14);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(5.0)]
    public void Cdf_DependsOnXOnlyThroughRateTimesX(double shape)
    {
        // β = 4 and x = z/4 give βx = z exactly (powers of two), so the CDF must be the rate-1 value, bit for bit.
        foreach (var c in Load().Where(c => c.Shape == shape))
            Assert.Equal(new Gamma(shape, 1.0).Cdf(c.Z), new Gamma(shape, 4.0).Cdf(c.Z / 4));
    }

    /// <summary>
    /// Both branches compute ln P as a sum of terms as large as |a ln z| + z + ln Γ(a + 1) (the series and
    /// MathNet's continued fraction alike), each with a relative rounding error of a few ε; exp turns an
    /// absolute error δ in ln P into a relative error δ in P. So the error grows with that scale: 8ε·(1 + scale)
    /// is about 2e-15 for the small shapes and 1e-12 for shape 400 near its mean (ln Γ(401) ≈ 2000).
    /// </summary>
    private static double RelativeTolerance(double a, double z)
    {
        double scale = Math.Abs(a * Math.Log(z)) + z + Math.Abs(SpecialFunctions.GammaLn(a + 1));
        return 8 * Epsilon * (1 + scale);
    }

    private static List<Case> Load([CallerFilePath] string source = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(source)!, "Fixtures", "gamma_lower_regularized.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(path), options)!;
    }
}

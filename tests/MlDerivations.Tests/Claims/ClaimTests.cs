using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Claims;
using MlDerivations.Tests.Formatting;

namespace MlDerivations.Tests.Claims;

/// <summary>The claim-check API: hand-worked passes and failures, their messages, the log and the display.</summary>
public sealed class ClaimTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    private static string Unique(string label) => $"{label} [{Guid.NewGuid():N}]";

    [Fact]
    public void Close_PassesWithinToleranceAndStatesTheEvidence()
    {
        ClaimResult result = Claim.Close("(5.7) x", 1.5, 1.25, 0.5);

        Assert.Equal("(5.7) x", result.Label);
        Assert.Equal("|Δ| = 0.25 ≤ 0.5 (1.5 vs 1.25)", result.Detail);
        Assert.Equal("✓ (5.7) x, |Δ| = 0.25 ≤ 0.5 (1.5 vs 1.25)", result.ToString());
    }

    [Fact]
    public void Close_FailsBeyondToleranceNamingTheClaimAndTheNumbers()
    {
        var error = Assert.Throws<ClaimFailedException>(() => Claim.Close("(5.7) x", 1.5, 1, 0.25));

        Assert.Equal("(5.7) x", error.Label);
        Assert.Equal("✗ (5.7) x: 1.5 differs from 1 by 0.5, more than the tolerance 0.25", error.Message);
    }

    [Fact]
    public void Close_AcceptsADifferenceExactlyAtTheTolerance() =>
        Assert.Equal("x", Claim.Close("x", 2, 1.5, 0.5).Label);

    [Fact]
    public void NaN_NeverPasses()
    {
        Assert.Throws<ClaimFailedException>(() => Claim.Close("x", double.NaN, 1, 1e9));
        Assert.Throws<ClaimFailedException>(() => Claim.Close("x", 1, double.NaN, 1e9));
        Assert.Throws<ClaimFailedException>(() => Claim.RelativelyClose("x", double.NaN, 1, 1));
        Assert.Throws<ClaimFailedException>(() => Claim.AtMost("x", double.NaN, 1));
        Assert.Throws<ClaimFailedException>(() => Claim.AtLeast("x", double.NaN, 1));
        Assert.Throws<ClaimFailedException>(() => Claim.Close("x", V(0, double.NaN, 0), V(0, 0, 0), 1e9));
    }

    [Fact]
    public void RelativelyClose_ComparesTheDifferenceToTheExpectedMagnitude()
    {
        // |1001 − 1000| / 1000 = 1e-3.
        Assert.Equal("relative |Δ| = 0.001 ≤ 0.002", Claim.RelativelyClose("x", 1001, 1000, 2e-3).Detail);
        Assert.Throws<ClaimFailedException>(() => Claim.RelativelyClose("x", 1001, 1000, 5e-4));
        Assert.Equal("x", Claim.RelativelyClose("x", 0, 0, 0).Label);
        Assert.Throws<ClaimFailedException>(() => Claim.RelativelyClose("x", 1e-300, 0, 1));
    }

    [Fact]
    public void AtMostAndAtLeast_CompareWithTheBoundIncluded()
    {
        Assert.Equal("0.25 ≤ 0.25", Claim.AtMost("x", 0.25, 0.25).Detail);
        Assert.Equal("0.5 ≥ 0.25", Claim.AtLeast("x", 0.5, 0.25).Detail);
        Assert.Equal("✗ x: 0.5 exceeds the bound 0.25", Assert.Throws<ClaimFailedException>(() => Claim.AtMost("x", 0.5, 0.25)).Message);
        Assert.Equal("✗ x: 0.125 is below the bound 0.25", Assert.Throws<ClaimFailedException>(() => Claim.AtLeast("x", 0.125, 0.25)).Message);
    }

    [Fact]
    public void True_ReportsTheDetailEitherWay()
    {
        Assert.Equal("✓ x, ELBO rose at all 12 steps", Claim.True("x", true, "ELBO rose at all 12 steps").ToString());
        Assert.Equal("✗ x: ELBO fell at step 3", Assert.Throws<ClaimFailedException>(() => Claim.True("x", false, "ELBO fell at step 3")).Message);
    }

    [Fact]
    public void VectorClose_ReportsTheLargestDifferenceAndWhereItFails()
    {
        Assert.Equal("max |Δ| = 0.5 ≤ 0.5 over 3 entries", Claim.Close("x", V(1, 2, 3), V(1, 2.5, 3.25), 0.5).Detail);

        var error = Assert.Throws<ClaimFailedException>(() => Claim.Close("x", V(1, 2, 3), V(1, 2.5, 4), 0.5));

        Assert.Equal("entry 2 is 3 against 4: max |Δ| = 1 exceeds the tolerance 0.5", error.Detail);
    }

    [Fact]
    public void MatrixClose_ComparesEveryEntry()
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });
        var b = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4.25 } });

        Assert.Equal("max |Δ| = 0.25 ≤ 0.25 over 4 entries", Claim.Close("x", a, b, 0.25).Detail);
        Assert.Throws<ClaimFailedException>(() => Claim.Close("x", a, b, 0.125));
    }

    public static TheoryData<string> InvalidCases => [.. Invalid.Keys];

    private static readonly Dictionary<string, (Action Call, Type Exception, string Parameter)> Invalid = new()
    {
        ["negative tolerance"] = (() => Claim.Close("x", 1, 1, -1), typeof(ArgumentOutOfRangeException), "tolerance"),
        ["NaN tolerance"] = (() => Claim.Close("x", 1, 1, double.NaN), typeof(ArgumentOutOfRangeException), "tolerance"),
        ["infinite tolerance"] = (() => Claim.Close("x", 1, 1, double.PositiveInfinity), typeof(ArgumentOutOfRangeException), "tolerance"),
        ["negative relative tolerance"] = (() => Claim.RelativelyClose("x", 1, 1, -1), typeof(ArgumentOutOfRangeException), "relativeTolerance"),
        ["null label"] = (() => Claim.Close(null!, 1, 1, 1), typeof(ArgumentException), "label"),
        ["blank label"] = (() => Claim.AtMost(" ", 1, 1), typeof(ArgumentException), "label"),
        ["blank label on AtLeast"] = (() => Claim.AtLeast("", 1, 1), typeof(ArgumentException), "label"),
        ["blank label on True"] = (() => Claim.True("", true, "d"), typeof(ArgumentException), "label"),
        ["null detail"] = (() => Claim.True("x", true, null!), typeof(ArgumentNullException), "detail"),
        ["null actual vector"] = (() => Claim.Close("x", null!, V(1), 1), typeof(ArgumentNullException), "actual"),
        ["vectors of two lengths"] = (() => Claim.Close("x", V(1, 2), V(1), 1), typeof(ArgumentException), "expected"),
        ["empty vectors"] = (() => Claim.Close("x", V(), V(), 1), typeof(ArgumentException), "actual"),
        ["matrices of two shapes"] = (() => Claim.Close("x", Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(3, 2), 1),
            typeof(ArgumentException), "expected"),
    };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void InvalidInput_ThrowsNamingTheParameter(string name)
    {
        var (call, type, parameter) = Invalid[name];

        var error = Assert.Throws(type, call);

        Assert.Equal(parameter, Assert.IsAssignableFrom<ArgumentException>(error).ParamName);
    }

    [Fact]
    public void Log_RecordsEveryClaimCheckedInTheAppDomainSlot()
    {
        string passed = Unique("(1.1) passes"), failed = Unique("(1.2) fails");

        ClaimResult result = Claim.AtMost(passed, 1, 2);
        Assert.Throws<ClaimFailedException>(() => Claim.AtMost(failed, 3, 2));

        var slot = Assert.IsType<List<string[]>>(AppDomain.CurrentDomain.GetData("MlDerivations.Claims.Log"));
        // Only this class checks claims, and xunit runs a class's tests one at a time, so the list is still.
        string[][] entries = slot.Where(e => e[0] == passed || e[0] == failed).ToArray();
        Assert.Equal([passed, "passed", result.ToString()], entries[0]);
        Assert.Equal([failed, "failed", "3 exceeds the bound 2"], entries[1]);
        Assert.Contains((failed, false, "3 exceeds the bound 2"), ClaimLog.Entries);
        Assert.Equal("MlDerivations.Claims.Log", ClaimLog.DataKey);
    }

    [Fact]
    public void ClaimResult_ShowsAsEscapedHtmlAndAsItsOneLineThroughTheKernelConvention()
    {
        ClaimResult result = Claim.True("(2.3) a < b & c", true, "1 < 2");

        IReadOnlyDictionary<string, string> shown = KernelFormatterDiscovery.FormatAll(result);

        Assert.Equal("✓ (2.3) a < b & c, 1 < 2", shown["text/plain"]);
        Assert.Contains("<strong>(2.3) a &lt; b &amp; c</strong>", shown["text/html"]);
        Assert.Contains("1 &lt; 2", shown["text/html"]);
        Assert.DoesNotContain("a < b", shown["text/html"]);
        Assert.Equal(["text/html"], KernelFormatterDiscovery.PreferredMimeTypes(typeof(ClaimResult))!);
    }
}

using MlDerivations.Iterative;
using MlDerivations.LinearAlgebra;
using MlDerivations.Optimization;
using MlDerivations.Regression;

namespace MlDerivations.Tests.Iterative;

/// <summary>Every iterative method's options share one base and one way of rejecting a bad value.</summary>
public sealed class IterativeOptionsTests
{
    /// <summary>One of each options record that derives from <see cref="IterativeOptions"/>, with its documented defaults.</summary>
    private static readonly Dictionary<string, (Func<IterativeOptions> Make, int MaxIterations, double Tolerance)> Kinds = new()
    {
        ["GradientDescentOptions"] = (() => new GradientDescentOptions(), 10_000, 1e-8),
        ["LbfgsOptions"] = (() => new LbfgsOptions(), 10_000, 1e-8),
        ["DampedNewtonOptions"] = (() => new DampedNewtonOptions(), 10_000, 1e-8),
        ["ProjectedGradientOptions"] = (() => new ProjectedGradientOptions(), 10_000, 1e-8),
        ["HeavyBallOptions"] = (() => new HeavyBallOptions { StepSize = 0.1 }, 10_000, 1e-8),
        ["NesterovOptions"] = (() => new NesterovOptions { StepSize = 0.1 }, 10_000, 1e-8),
        ["QuadraticProgramOptions"] = (() => new QuadraticProgramOptions(), 100, 1e-10),
        ["PowerIterationOptions"] = (() => new PowerIterationOptions(), 1000, 1e-10),
        ["LassoOptions"] = (() => new LassoOptions(), 1000, 1e-4),        // scikit-learn's max_iter and tol
        ["LassoPathOptions"] = (() => new LassoPathOptions(), 1000, 1e-4),
        ["ElasticNetOptions"] = (() => new ElasticNetOptions(), 1000, 1e-4),
        ["EvidenceOptions"] = (() => new EvidenceOptions(), 1000, 1e-10),
    };

    public static TheoryData<string> Types()
    {
        var rows = new TheoryData<string>();
        foreach (string type in Kinds.Keys) rows.Add(type);
        return rows;
    }

    public static TheoryData<string, string, string> InvalidRows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (string type in Kinds.Keys)
            foreach (string value in new[] { "MaxIterations 0", "MaxIterations -5", "Tolerance -1", "Tolerance NaN", "Tolerance ∞" })
                rows.Add(type, value.Split(' ')[0], value);
        return rows;
    }

    [Theory]
    [MemberData(nameof(InvalidRows))]
    public void AnInvalidValue_ThrowsWhenSet_NamingTypeParameterRuleAndValue(string type, string parameter, string row)
    {
        var options = Kinds[type].Make();
        Action set = row switch
        {
            "MaxIterations 0" => () => _ = options with { MaxIterations = 0 },
            "MaxIterations -5" => () => _ = options with { MaxIterations = -5 },
            "Tolerance -1" => () => _ = options with { Tolerance = -1 },
            "Tolerance NaN" => () => _ = options with { Tolerance = double.NaN },
            _ => () => _ = options with { Tolerance = double.PositiveInfinity },
        };
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(set);
        Assert.Equal(parameter, thrown.ParamName);
        string got = row.Split(' ')[1] switch { "∞" => "Infinity", var v => v };
        string rule = parameter == "MaxIterations" ? "be ≥ 1" : "be finite and ≥ 0";
        Assert.StartsWith($"{type}.{parameter} must {rule}; got {got}.", thrown.Message);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Defaults_AreTheDocumentedOnesAndKeepTheTrace(string type)
    {
        var (make, maxIterations, tolerance) = Kinds[type];
        var options = make();
        Assert.Equal(type, options.GetType().Name);
        Assert.Equal(maxIterations, options.MaxIterations);
        Assert.Equal(tolerance, options.Tolerance);
        Assert.True(options.KeepTrace);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void BoundaryValues_AreAccepted(string type)
    {
        var options = Kinds[type].Make() with { MaxIterations = 1, Tolerance = 0, KeepTrace = false };
        Assert.Equal((1, 0.0, false), (options.MaxIterations, options.Tolerance, options.KeepTrace));
    }

    [Fact]
    public void MethodSpecificOptions_ValidateTheSameWay()
    {
        var armijo = Assert.Throws<ArgumentOutOfRangeException>(() => new LbfgsOptions { ArmijoC = 1 });
        Assert.Equal("ArmijoC", armijo.ParamName);
        Assert.StartsWith("LbfgsOptions.ArmijoC must be in (0, 1); got 1.", armijo.Message);
        var step = Assert.Throws<ArgumentOutOfRangeException>(() => new GradientDescentOptions { StepTolerance = -1 });
        Assert.StartsWith("GradientDescentOptions.StepTolerance must be finite and ≥ 0; got -1.", step.Message);
    }
}

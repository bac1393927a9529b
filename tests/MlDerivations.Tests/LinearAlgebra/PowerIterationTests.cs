using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Iterative;
using MlDerivations.LinearAlgebra;
using static MlDerivations.Tests.LinearAlgebra.MatrixFixtures;

namespace MlDerivations.Tests.LinearAlgebra;

/// <summary>Power iteration against closed-form eigenpairs, MathNet's eigendecomposition and the |λ₂/λ₁|^k law.</summary>
public sealed class PowerIterationTests
{
    [Fact]
    public void Dominant_FindsTheClosedFormEigenpairOfTwoOneOneTwo()
    {
        // [[2, 1], [1, 2]] has eigenvalues 3 and 1, with x₁ = (1, 1)/√2.
        var result = PowerIteration.Dominant(M(new double[,] { { 2, 1 }, { 1, 2 } }));
        Assert.True(result.Convergence.Converged);
        Assert.Equal(3, result.Eigenvalue, 12);
        Assert.Equal(1, Math.Abs(result.Eigenvector.DotProduct(V(1, 1) / Math.Sqrt(2))), 12);
    }

    [Fact]
    public void Dominant_MatchesTheLargestEigenvalueOfMathNetsEigendecomposition()
    {
        var b = Random(8, 8, seed: 21);
        var s = b + b.Transpose();
        var evd = s.Evd(Symmetricity.Symmetric);
        int top = Enumerable.Range(0, 8).MaxBy(i => Math.Abs(evd.EigenValues[i].Real));
        var result = PowerIteration.Dominant(s, new PowerIterationOptions { MaxIterations = 20_000, Tolerance = 1e-12 });
        Assert.True(result.Convergence.Converged, result.ToString());
        Assert.Equal(evd.EigenValues[top].Real, result.Eigenvalue, 10);
        Assert.Equal(1, Math.Abs(result.Eigenvector.DotProduct(evd.EigenVectors.Column(top))), 10);
    }

    [Fact]
    public void Dominant_FindsANegativeDominantEigenvalue()
    {
        var result = PowerIteration.Dominant(Matrix<double>.Build.DiagonalOfDiagonalArray([-5, 2, 1]));
        Assert.Equal(-5, result.Eigenvalue, 10);
        Assert.Equal(1, Math.Abs(result.Eigenvector[0]), 10);
    }

    [Fact]
    public void Vectors_ApproachTheEigenvectorAtRateLambdaTwoOverLambdaOne()
    {
        // A = diag(1, ½), v₀ ∝ (1, 1): A^k v₀ = (1, 2^−k), so the iterate's slope v_k[1]/v_k[0] is exactly 2^−k.
        var result = PowerIteration.Dominant(Matrix<double>.Build.DiagonalOfDiagonalArray([1, 0.5]),
            new PowerIterationOptions { Start = V(1, 1), Tolerance = 1e-12 });
        for (int k = 0; k < result.Vectors.Count; k++)
            Assert.Equal(Math.Pow(0.5, k), result.Vectors[k][1] / result.Vectors[k][0], 14);
        Assert.Equal(result.Convergence.Iterations, result.Vectors.Count);
        Assert.Equal(result.Convergence.Iterations, result.Residuals.Count);
    }

    [Fact]
    public void Dominant_ReportsNonConvergenceWhenTheTopEigenvaluesShareAModulus()
    {
        // A rotation by 90° has eigenvalues ±i: no real dominant eigenvalue, the iterate just turns.
        var result = PowerIteration.Dominant(M(new double[,] { { 0, -1 }, { 1, 0 } }), new PowerIterationOptions { MaxIterations = 50 });
        Assert.False(result.Convergence.Converged);
        Assert.Equal(50, result.Convergence.Iterations);
        Assert.Contains("NOT converged", result.ToString());
    }

    [Fact]
    public void Dominant_IsReproducibleForOneSeedAndStartsElsewhereForAnother()
    {
        var a = M(new double[,] { { 4, 1, 0 }, { 1, 3, 1 }, { 0, 1, 2 } });
        var first = PowerIteration.Dominant(a, new PowerIterationOptions { Seed = 5 });
        var again = PowerIteration.Dominant(a, new PowerIterationOptions { Seed = 5 });
        var other = PowerIteration.Dominant(a, new PowerIterationOptions { Seed = 6 });
        Assert.Equal(first.Estimates, again.Estimates);
        Assert.NotEqual(first.Vectors[0], other.Vectors[0]);
    }

    public static TheoryData<Matrix<double>?, PowerIterationOptions?, string, Type> InvalidInput => new()
    {
        { null, null, "a", typeof(ArgumentNullException) },
        { Matrix<double>.Build.Dense(2, 3), null, "a", typeof(ArgumentException) },
        { M(new double[,] { { double.NaN } }), null, "a", typeof(ArgumentException) },
        { Matrix<double>.Build.DenseIdentity(2), new PowerIterationOptions { Start = V(1, 2, 3) }, "Start", typeof(ArgumentException) },
    };

    public static TheoryData<string, Type> InvalidOptions => new()
    {
        { "MaxIterations", typeof(ArgumentOutOfRangeException) },
        { "Tolerance", typeof(ArgumentOutOfRangeException) },
        { "Start", typeof(ArgumentOutOfRangeException) },
        { "StartNaN", typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Options_RejectInvalidValuesWhenSet(string option, Type exception)
    {
        Action set = option switch
        {
            "MaxIterations" => () => _ = new PowerIterationOptions { MaxIterations = 0 },
            "Tolerance" => () => _ = new PowerIterationOptions { Tolerance = double.NaN },
            "Start" => () => _ = new PowerIterationOptions { Start = V(0, 0) },
            _ => () => _ = new PowerIterationOptions { Start = V(1, double.NaN) },
        };
        var thrown = Assert.Throws(exception, set);
        string parameter = option == "StartNaN" ? "Start" : option;
        Assert.Equal(parameter, ((ArgumentException)thrown).ParamName);
        Assert.StartsWith($"PowerIterationOptions.{parameter} must", thrown.Message);
    }

    [Theory]
    [MemberData(nameof(InvalidInput))]
    public void Dominant_RejectsInvalidMatricesAndOptions(Matrix<double>? a, PowerIterationOptions? options, string parameter, Type exception)
    {
        var thrown = Assert.Throws(exception, () => PowerIteration.Dominant(a!, options));
        Assert.Equal(parameter, ((ArgumentException)thrown).ParamName);
        Assert.Contains($".{char.ToUpperInvariant(parameter[0])}{parameter[1..]} must", thrown.Message);
    }
}

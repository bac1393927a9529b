using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;
using static MlDerivations.Tests.LinearAlgebra.MatrixFixtures;

namespace MlDerivations.Tests.LinearAlgebra;

/// <summary>
/// The one Cholesky (2.12) against a hand-worked factor, the closed-form factor of the Pascal matrix,
/// reconstruction LLᵀ = S, MathNet's factor, and its failures.
/// </summary>
public sealed class CholeskyTests
{
    [Fact]
    public void Factor_OfTheChapterExampleIsTheHandWorkedL()
    {
        // Chapter 2, section 8: ℓ11 = 2, ℓ21 = 1, ℓ31 = −1, ℓ22 = √(10 − 1) = 3, ℓ32 = (2 + 1)/3 = 1, ℓ33 = √(6 − 1 − 1) = 2.
        var s = M(new double[,] { { 4, 2, -2 }, { 2, 10, 2 }, { -2, 2, 6 } });
        var expected = M(new double[,] { { 2, 0, 0 }, { 1, 3, 0 }, { -1, 1, 2 } });
        Assert.Equal(expected, Cholesky.Factor(s).L);
        Assert.Equal(Math.Log(144), Cholesky.Factor(s).LogDeterminant, 14);   // |S| = (2·3·2)² = 144
    }

    [Fact]
    public void Factor_OfThePascalMatrixIsTheLowerPascalTriangleInClosedForm()
    {
        // P_ij = C(i + j, i) = Σ_k C(i, k) C(j, k) (Vandermonde), so P = LLᵀ with L_ik = C(i, k), |P| = 1.
        const int n = 10;
        var pascal = Matrix<double>.Build.Dense(n, n, (i, j) => Binomial(i + j, i));
        var expected = Matrix<double>.Build.Dense(n, n, (i, k) => k <= i ? Binomial(i, k) : 0);
        var factor = Cholesky.Factor(pascal);
        Assert.True(MaxDifference(factor.L, expected) <= 1e-9, $"max |ΔL| = {MaxDifference(factor.L, expected)}");
        Assert.Equal(0, factor.LogDeterminant, 9);
        // Solve against the exact x: P x = b with integer x, b = P x computed exactly in doubles.
        var x = Vector<double>.Build.Dense(n, i => i - 4.0);
        var solved = factor.Solve(pascal * x);
        // κ(P₁₀) ≈ 1e10, so a backward-stable solve keeps about 16 − 10 = 6 digits.
        Assert.True((solved - x).InfinityNorm() <= 1e-4, $"max |Δx| = {(solved - x).InfinityNorm()}");
    }

    [Fact]
    public void Factor_ReconstructsARandomGramMatrixAndAgreesWithMathNet()
    {
        var x = Random(12, 7, seed: 41);
        var s = x.TransposeThisAndMultiply(x) + Matrix<double>.Build.DenseIdentity(7) * 0.1;
        var l = Cholesky.Factor(s).L;
        Assert.True(MaxDifference(NaiveProduct(l, l.Transpose()), s) < 1e-13);
        for (int i = 0; i < 7; i++)
        {
            Assert.True(l[i, i] > 0);
            for (int j = i + 1; j < 7; j++) Assert.Equal(0, l[i, j]);
        }
        Assert.True(MaxDifference(l, s.Cholesky().Factor) < 1e-13);
        Assert.Equal(Math.Log(s.Determinant()), Cholesky.Factor(s).LogDeterminant, 12);
    }

    [Fact]
    public void SolveLowerAndMultiplyLower_AreTheWhiteningMapAndItsInverse()
    {
        var x = Random(9, 4, seed: 42);
        var s = x.TransposeThisAndMultiply(x);
        var factor = Cholesky.Factor(s);
        var b = V(1, -2, 0.5, 3);
        var z = factor.SolveLower(b);
        Assert.Equal(b.DotProduct(s.Inverse() * b), z.DotProduct(z), 10);         // zᵀz = bᵀS⁻¹b
        Assert.True((factor.MultiplyLower(z) - b).InfinityNorm() < 1e-13);          // L(L⁻¹b) = b
        Assert.True((s * factor.Solve(b) - b).InfinityNorm() < 1e-12);
    }

    [Fact]
    public void Factor_OfAMatrixWithWildlyScaledRowsAndColumnsIsTheScaledFactor()
    {
        // S' = DSD with D = diag(1e8, 1, 1e-8) has L' = DL: equilibration keeps every pivot relative to its diagonal.
        var s = M(new double[,] { { 4, 2, -2 }, { 2, 10, 2 }, { -2, 2, 6 } });
        var d = Matrix<double>.Build.DiagonalOfDiagonalArray([1e8, 1, 1e-8]);
        var scaled = Cholesky.Factor(d * s * d).L;
        var expected = d * M(new double[,] { { 2, 0, 0 }, { 1, 3, 0 }, { -1, 1, 2 } });
        for (int i = 0; i < 3; i++)
            for (int j = 0; j <= i; j++)
                Assert.Equal(1, scaled[i, j] / expected[i, j], 14);
    }

    [Fact]
    public void Factor_OfAnIndefiniteMatrixNamesThePivotAndWhatToTry()
    {
        // [[1, 2], [2, 1]] has eigenvalues 3 and −1: ℓ11 = 1, ℓ21 = 2, and the second pivot is 1 − 2² = −3.
        var thrown = Assert.Throws<NotPositiveDefiniteException>(() => Cholesky.Factor(M(new double[,] { { 1, 2 }, { 2, 1 } })));
        Assert.Equal("s", thrown.ParamName);
        Assert.Equal(1, thrown.Pivot);
        Assert.Equal(-3, thrown.PivotValue, 14);
        Assert.StartsWith("Cholesky.S must be positive definite; got pivot j = 1 of (2.12)", thrown.Message);
        Assert.Contains("= -3 with s_jj = 1", thrown.Message);
        Assert.Contains("jitter", thrown.Message);
        Assert.Contains("QR", thrown.Message);
    }

    [Theory]
    [InlineData(0.0, 0, 0.0)]      // a zero diagonal entry: no square root to take
    [InlineData(-2.0, 0, -2.0)]    // a negative one
    [InlineData(1.0, 1, 0.0)]      // [[1, 1], [1, 1]]: singular, the second pivot is exactly 1 − 1 = 0
    public void Factor_RejectsSingularAndNegativePivots(double corner, int pivot, double pivotValue)
    {
        var s = M(new double[,] { { corner, corner == 1 ? 1 : 0 }, { corner == 1 ? 1 : 0, 1 } });
        var thrown = Assert.Throws<NotPositiveDefiniteException>(() => Cholesky.Factor(s));
        Assert.Equal(pivot, thrown.Pivot);
        Assert.Equal(pivotValue, thrown.PivotValue);
    }

    [Fact]
    public void TryFactor_WithTheRankFloorRejectsANumericallyDependentGramColumnOnly()
    {
        // Column 2 = column 0 + column 1 + 1e-10 noise: sin²θ ≈ 1e-20 ≪ τ = n·ε, so the Gram is rank deficient to working
        // precision although its exact pivot is positive; with columns of unit angle the same floor accepts.
        var rng = new Random(43);
        var x = Matrix<double>.Build.Dense(50, 3, (_, _) => rng.NextDouble());
        x.SetColumn(2, x.Column(0) + x.Column(1) + Vector<double>.Build.Dense(50, _ => 1e-10 * rng.NextDouble()));
        var gram = x.TransposeThisAndMultiply(x);
        Assert.Null(Cholesky.TryFactor(gram, NumericalRank.Tolerance(50, 3), out var failure));
        Assert.Equal(2, failure.Column);
        Assert.NotNull(Cholesky.TryFactor(Matrix<double>.Build.DenseIdentity(3), NumericalRank.Tolerance(50, 3), out _));
    }

    [Theory]
    [InlineData("null", typeof(ArgumentNullException))]
    [InlineData("NaN", typeof(ArgumentException))]
    [InlineData("not square", typeof(ArgumentException))]
    [InlineData("asymmetric", typeof(ArgumentException))]
    [InlineData("empty", typeof(ArgumentException))]
    public void Factor_RejectsBadInput(string @case, Type exception)
    {
        Matrix<double>? s = @case switch
        {
            "null" => null,
            "NaN" => M(new double[,] { { 1, double.NaN }, { double.NaN, 1 } }),
            "not square" => Matrix<double>.Build.Dense(2, 3),
            "asymmetric" => M(new double[,] { { 2, 1 }, { 0, 2 } }),
            "empty" => Matrix<double>.Build.Dense(0, 0),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };
        var thrown = (ArgumentException)Assert.Throws(exception, () => Cholesky.Factor(s!));
        Assert.Equal("s", thrown.ParamName);
        Assert.StartsWith("Cholesky.S must", thrown.Message);
    }

    [Fact]
    public void Solve_RejectsAVectorOfTheWrongLength()
    {
        var factor = Cholesky.Factor(Matrix<double>.Build.DenseIdentity(3));
        var thrown = Assert.Throws<ArgumentException>(() => factor.Solve(V(1, 2)));
        Assert.Equal("b", thrown.ParamName);
    }

    private static double Binomial(int n, int k)
    {
        double c = 1;
        for (int i = 1; i <= k; i++) c = c * (n - k + i) / i;
        return Math.Round(c);
    }
}

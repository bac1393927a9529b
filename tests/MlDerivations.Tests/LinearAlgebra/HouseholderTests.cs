using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;
using static MlDerivations.Tests.LinearAlgebra.MatrixFixtures;

namespace MlDerivations.Tests.LinearAlgebra;

/// <summary>Householder QR against a hand-worked reflection, MathNet's QR and the normal equations' closed form.</summary>
public sealed class HouseholderTests
{
    [Fact]
    public void Factor_OfTheColumnThreeFourReflectsItOntoMinusFiveTimesE1()
    {
        // x = (3, 4): α = −sign(3)·‖x‖ = −5, so R = [−5] and Q = x/α = (−0.6, −0.8).
        var qr = Householder.Factor(M(new double[,] { { 3 }, { 4 } }));
        Assert.Equal(-5, qr.R[0, 0], 14);
        Assert.Equal(-0.6, qr.Q[0, 0], 14);
        Assert.Equal(-0.8, qr.Q[1, 0], 14);
    }

    [Fact]
    public void Factor_GivesTheHandWorkedFactorsOfATwoByTwoMatrix()
    {
        // A = [[3, 1], [4, 2]]: q₁ = −(0.6, 0.8), r₁₁ = −5, r₁₂ = q₁ᵀa₂ = −2.2; the remainder a₂ − r₁₂q₁ =
        // (1, 2) − (1.32, 1.76) = (−0.32, 0.24) has norm 0.4, so |r₂₂| = 0.4 and det A = r₁₁r₂₂·det Q = 2.
        var qr = Householder.Factor(M(new double[,] { { 3, 1 }, { 4, 2 } }));
        Assert.Equal(-5, qr.R[0, 0], 13);
        Assert.Equal(-2.2, qr.R[0, 1], 13);
        Assert.Equal(0.4, Math.Abs(qr.R[1, 1]), 13);
        Assert.Equal(0, qr.R[1, 0]);
    }

    [Fact]
    public void Factor_MatchesMathNetsQrOnceColumnSignsAreFixed()
    {
        var a = Random(9, 5, seed: 1);
        var ours = Householder.Factor(a);
        var theirs = a.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        var (q1, r1) = PositiveDiagonal(ours.Q, ours.R);
        var (q2, r2) = PositiveDiagonal(theirs.Q, theirs.R);
        Assert.True(MaxDifference(q1, q2) < 1e-13);
        Assert.True(MaxDifference(r1, r2) < 1e-13);
    }

    [Fact]
    public void Factor_ReproducesAWithOrthonormalQAndTriangularR()
    {
        var a = Random(40, 12, seed: 2);
        var qr = Householder.Factor(a);
        Assert.True(MaxDifference(NaiveProduct(qr.Q, qr.R), a) < 1e-14 * 40);
        Assert.True(OrthogonalityError(qr.Q) < 1e-14);
        Assert.True(qr.OrthogonalityLoss < 1e-14);
        for (int i = 0; i < 12; i++)
            for (int j = 0; j < i; j++)
                Assert.Equal(0, qr.R[i, j]);
    }

    [Fact]
    public void Factor_KeepsQOrthonormalEvenWhenAIsNearlySingular()
    {
        var a = Conditioning.WithConditionNumber(30, 8, 1e14, seed: 3);
        Assert.True(Householder.Factor(a).OrthogonalityLoss < 1e-14);
    }

    [Fact]
    public void Factor_LeavesItsInputUnchanged()
    {
        var a = Random(6, 3, seed: 4);
        var copy = a.Clone();
        Householder.Factor(a);
        Assert.Equal(copy, a);
    }

    [Fact]
    public void Solve_MatchesTheNormalEquationsOnAWellConditionedProblem()
    {
        var a = Random(20, 4, seed: 5);
        var b = Random(20, 1, seed: 6).Column(0);
        var closedForm = (a.Transpose() * a).Inverse() * (a.Transpose() * b);   // (AᵀA)⁻¹Aᵀb
        var x = Householder.Factor(a).Solve(b);
        Assert.True((x - closedForm).InfinityNorm() < 1e-12);
    }

    [Fact]
    public void Solve_RecoversTheExactSolutionOfAConsistentSystem()
    {
        var a = M(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 7 } });
        var x = Householder.Factor(a).Solve(V(1 * 2 + 2 * -1, 3 * 2 + 4 * -1, 5 * 2 + 7 * -1));
        Assert.Equal(2, x[0], 12);
        Assert.Equal(-1, x[1], 12);
    }

    [Fact]
    public void Solve_ThrowsWhenAColumnIsAMultipleOfAnEarlierOne()
    {
        // Column 2 = 2·column 1 = 2e₁: the first reflection maps both onto e₁, leaving nothing below row 0,
        // so R[1, 1] is exactly 0 and the least-squares solution is not unique.
        var qr = Householder.Factor(M(new double[,] { { 1, 2 }, { 0, 0 }, { 0, 0 } }));
        Assert.Equal(0, qr.R[1, 1]);
        var thrown = Assert.Throws<InvalidOperationException>(() => qr.Solve(V(1, 2, 3)));
        Assert.Contains("|R[1, 1]| = 0 ≤", thrown.Message);
        Assert.Contains("column 1 of A depends on the columns before it", thrown.Message);
    }

    [Fact]
    public void Solve_ThrowsWhenAColumnDependsOnAnEarlierOneOnlyToWorkingPrecision()
    {
        // Column 2 = 3·column 1 + 1e-18·e₃: R[1, 1] ≈ 1e-18 is not zero, but sin θ ≈ 1e-18/‖a₂‖ is far below max(m, n)·ε,
        // so rounding alone could have made it (the rule is NumericalRank's, the same as LinearRegression's).
        var a = M(new double[,] { { 1, 3 }, { 2, 6 }, { 2, 6 + 1e-18 }, { 0, 1e-18 } });
        Assert.NotEqual(0, Householder.Factor(a).R[1, 1]);
        var thrown = Assert.Throws<InvalidOperationException>(() => Householder.Factor(a).Solve(V(1, 2, 3, 4)));
        Assert.Contains("column 1 of A depends on the columns before it", thrown.Message);
    }

    [Fact]
    public void Solve_OnLongleyWithAnInterceptColumn_MatchesNistCertifiedCoefficients()
    {
        // NIST StRD Longley: κ([1 | X]) ≈ 5e9 after the columns' scales are counted, the hard case of its suite.
        var (x, y) = MlDerivations.Tests.Regression.RegressionFixtures.LongleyData();
        var certified = MlDerivations.Tests.Regression.RegressionFixtures.Longley.GetProperty("certified");
        var design = x.InsertColumn(0, Vector<double>.Build.Dense(x.RowCount, 1.0));
        var beta = Householder.Factor(design).Solve(y);
        var expected = MlDerivations.Tests.Regression.RegressionFixtures.Vector(certified.GetProperty("coefficients"));
        double intercept = certified.GetProperty("intercept").GetDouble();
        Assert.True(Math.Abs(beta[0] - intercept) <= 1e-8 * Math.Abs(intercept), $"intercept {beta[0]:R}, certified {intercept:R}");
        for (int j = 0; j < 6; j++)
            Assert.True(Math.Abs(beta[j + 1] - expected[j]) <= 1e-8 * Math.Abs(expected[j]), $"β{j + 1} = {beta[j + 1]:R}, certified {expected[j]:R}");
    }

    [Fact]
    public void TriangleOfTall_ReadInBlocksOfRows_IsTheRMathNetFindsForTheWholeMatrix()
    {
        // 1300 rows: two full blocks of 512 and a partial one, each folded in as the R of [R; B].
        var a = Random(1300, 7, seed: 8);
        var data = a.ToColumnMajorArray();
        var r = Householder.TriangleOfTall(1300, 7, (j, first, destination) => data.AsSpan(j * 1300 + first, destination.Length).CopyTo(destination));
        var ours = Matrix<double>.Build.Dense(7, 7, (i, j) => r[i * 7 + j]);
        var theirs = a.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).R;
        var identity = Matrix<double>.Build.DenseIdentity(1300, 7);
        var (_, r1) = PositiveDiagonal(identity, ours);
        var (_, r2) = PositiveDiagonal(identity, theirs);
        Assert.True(MaxDifference(r1, r2) < 1e-12, $"max |ΔR| = {MaxDifference(r1, r2)}");
        Assert.True(MaxDifference(NaiveProduct(ours.Transpose(), ours), NaiveProduct(a.Transpose(), a)) < 1e-10);   // RᵀR = AᵀA
    }

    public static TheoryData<Matrix<double>?, Type> InvalidMatrices => new()
    {
        { null, typeof(ArgumentNullException) },
        { Matrix<double>.Build.Dense(2, 3), typeof(ArgumentException) },
        { Matrix<double>.Build.Dense(3, 0), typeof(ArgumentException) },
        { M(new double[,] { { 1, double.NaN }, { 0, 1 } }), typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(InvalidMatrices))]
    public void Factor_RejectsNullWideEmptyOrNonFiniteMatrices(Matrix<double>? a, Type exception)
    {
        var thrown = Assert.Throws(exception, () => Householder.Factor(a!));
        Assert.Equal("a", ((ArgumentException)thrown).ParamName);
        Assert.StartsWith("Householder.A must", thrown.Message);
    }

    public static TheoryData<Vector<double>?, Type> InvalidRightHandSides => new()
    {
        { null, typeof(ArgumentNullException) },
        { V(1, 2), typeof(ArgumentException) },
        { V(1, double.PositiveInfinity, 3), typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(InvalidRightHandSides))]
    public void Solve_RejectsNullShortOrNonFiniteRightHandSides(Vector<double>? b, Type exception)
    {
        var qr = Householder.Factor(Random(3, 2, seed: 7));
        var thrown = Assert.Throws(exception, () => qr.Solve(b!));
        Assert.Equal("b", ((ArgumentException)thrown).ParamName);
    }
}

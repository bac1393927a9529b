using MathNet.Numerics.LinearAlgebra;
using MlDerivations.LinearAlgebra;
using static MlDerivations.Tests.LinearAlgebra.MatrixFixtures;

namespace MlDerivations.Tests.LinearAlgebra;

/// <summary>Classical and modified Gram–Schmidt against a hand-worked case, Householder, and the ε·κ laws of their rounding.</summary>
public sealed class GramSchmidtTests
{
    public static TheoryData<string> Variants => new() { "classical", "modified" };

    private static QrFactorization Factor(string variant, Matrix<double> a) =>
        variant == "classical" ? GramSchmidt.Classical(a) : GramSchmidt.Modified(a);

    [Theory]
    [MemberData(nameof(Variants))]
    public void Factor_GivesTheHandWorkedFactors(string variant)
    {
        // a₁ = (1, 1, 0): r₁₁ = √2, q₁ = (1, 1, 0)/√2. a₂ = (1, 0, 1): r₁₂ = q₁ᵀa₂ = 1/√2,
        // remainder a₂ − r₁₂q₁ = (½, −½, 1), r₂₂ = √(3/2), q₂ = (½, −½, 1)/√(3/2).
        var qr = Factor(variant, M(new double[,] { { 1, 1 }, { 1, 0 }, { 0, 1 } }));
        Assert.Equal(Math.Sqrt(2), qr.R[0, 0], 14);
        Assert.Equal(1 / Math.Sqrt(2), qr.R[0, 1], 14);
        Assert.Equal(Math.Sqrt(1.5), qr.R[1, 1], 14);
        Assert.Equal(0, qr.R[1, 0]);
        var q2 = V(0.5, -0.5, 1) / Math.Sqrt(1.5);
        Assert.True((qr.Q.Column(1) - q2).InfinityNorm() < 1e-15);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Factor_AgreesWithHouseholderOnAWellConditionedMatrix(string variant)
    {
        var a = Random(15, 6, seed: 11);
        var (q1, r1) = PositiveDiagonal(Householder.Factor(a).Q, Householder.Factor(a).R);
        var gs = Factor(variant, a);                                   // its R has a positive diagonal by construction
        Assert.True(MaxDifference(gs.Q, q1) < 1e-13);
        Assert.True(MaxDifference(gs.R, r1) < 1e-13);
        Assert.True(MaxDifference(NaiveProduct(gs.Q, gs.R), a) < 1e-14 * 15);
    }

    [Fact]
    public void LossOfOrthogonality_GrowsLikeKappaSquaredForClassicalAndKappaForModified()
    {
        // κ = 1e6, ε ≈ 2.2e-16: modified loses about ε·κ ≈ 2e-10, classical about ε·κ² ≈ 2e-4, Householder ≈ ε.
        // The bands are an order of magnitude wide either side of those estimates.
        var a = Conditioning.WithConditionNumber(60, 10, 1e6, seed: 12);
        double classical = GramSchmidt.Classical(a).OrthogonalityLoss;
        double modified = GramSchmidt.Modified(a).OrthogonalityLoss;
        double householder = Householder.Factor(a).OrthogonalityLoss;
        Assert.InRange(modified, 1e-12, 1e-8);
        Assert.InRange(classical, 1e-6, 1e-1);
        Assert.True(householder < 1e-14, $"Householder loss {householder}");
        // …and QR = A holds for all three: the loss is in Q's orthogonality, not in the product.
        Assert.True(MaxDifference(GramSchmidt.Classical(a).Q * GramSchmidt.Classical(a).R, a) < 1e-14);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Factor_ThrowsWhenAColumnLiesInTheSpanOfEarlierOnes(string variant)
    {
        var a = M(new double[,] { { 1, 0, 1 }, { 0, 1, 1 }, { 0, 0, 0 }, { 0, 0, 0 } });   // a₃ = a₁ + a₂
        var thrown = Assert.Throws<ArgumentException>(() => Factor(variant, a));
        Assert.Equal("a", thrown.ParamName);
        Assert.Contains("column 2", thrown.Message);
    }

    public static TheoryData<string, Matrix<double>?, Type> InvalidMatrices => new()
    {
        { "classical", null, typeof(ArgumentNullException) },
        { "modified", null, typeof(ArgumentNullException) },
        { "classical", Matrix<double>.Build.Dense(2, 3, 1.0), typeof(ArgumentException) },
        { "modified", Matrix<double>.Build.Dense(2, 3, 1.0), typeof(ArgumentException) },
        { "modified", M(new double[,] { { double.NegativeInfinity }, { 1 } }), typeof(ArgumentException) },
        { "classical", Matrix<double>.Build.Dense(3, 1), typeof(ArgumentException) },
    };

    [Theory]
    [MemberData(nameof(InvalidMatrices))]
    public void Factor_RejectsNullWideNonFiniteOrZeroMatrices(string variant, Matrix<double>? a, Type exception)
    {
        var thrown = Assert.Throws(exception, () => Factor(variant, a!));
        Assert.Equal("a", ((ArgumentException)thrown).ParamName);
        Assert.StartsWith("GramSchmidt.A must", thrown.Message);
    }
}

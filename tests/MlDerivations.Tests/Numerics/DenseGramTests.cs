using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Numerics.Kernels;
using static MlDerivations.Tests.Numerics.DenseReference;

namespace MlDerivations.Tests.Numerics;

public sealed class DenseGramTests
{

    public static TheoryData<int, int, string> Shapes()
    {
        var shapes = new TheoryData<int, int, string>();
        foreach (string path in new[] { nameof(KernelPath.Auto), nameof(KernelPath.Vector256), nameof(KernelPath.Scalar) })
            foreach ((int n, int p) in new[] { (1, 1), (7, 3), (50, 8), (61, 9), (100, 25), (33, 50), (300, 49), (5, 30) })
                shapes.Add(n, p, path);
        return shapes;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Gram_MatchesNaiveLoopAndIsExactlySymmetric(int n, int p, string path)
    {
        Matrix<double> x = Random(n, p, 30);
        Matrix<double> g = Dense.Gram(x, TinyBlocks with { Path = Enum.Parse<KernelPath>(path) });
        AssertMatchesNaive(g, 1, x, Transpose.Yes, x, Transpose.No, 0, Matrix<double>.Build.Dense(p, p));
        Assert.True(g.Equals(g.Transpose()));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void OuterGram_MatchesNaiveLoopAndIsExactlySymmetric(int n, int p, string path)
    {
        Matrix<double> x = Random(p, n, 31); // XXᵀ is p×p
        Matrix<double> g = Dense.OuterGram(x, TinyBlocks with { Path = Enum.Parse<KernelPath>(path) });
        AssertMatchesNaive(g, 1, x, Transpose.No, x, Transpose.Yes, 0, Matrix<double>.Build.Dense(p, p));
        Assert.True(g.Equals(g.Transpose()));
    }

    [Theory]
    [InlineData(40, 57)]
    [InlineData(300, 300)]
    public void GramOfWideMatrices_UsesLowerTilesOfTheGeneralProductAndMatchesNaiveLoop(int n, int p)
    {
        // TallGramMaxColumns = 8 sends these through the general product on lower-triangle tiles.
        KernelOptions wide = TinyBlocks with { TallGramMaxColumns = 8, DepthBlock = 61 };
        Matrix<double> x = Random(n, p, 32);
        Matrix<double> g = Dense.Gram(x, wide), k = Dense.OuterGram(x, wide);
        AssertMatchesNaive(g, 1, x, Transpose.Yes, x, Transpose.No, 0, Matrix<double>.Build.Dense(p, p));
        AssertMatchesNaive(k, 1, x, Transpose.No, x, Transpose.Yes, 0, Matrix<double>.Build.Dense(n, n));
        Assert.True(g.Equals(g.Transpose()) && k.Equals(k.Transpose()));
    }

    [Fact]
    public void Gram_WithDefaultBlocks_MatchesNaiveLoopOnATallMatrix()
    {
        Matrix<double> x = Random(5000, 50, 33);
        AssertMatchesNaive(Dense.Gram(x), 1, x, Transpose.Yes, x, Transpose.No, 0, Matrix<double>.Build.Dense(50, 50));
    }

    [Theory]
    [InlineData(1001, 50, 8)]
    [InlineData(999, 13, 8)]
    [InlineData(120, 130, 256)]
    [InlineData(120, 130, 8)]
    public void GramAndOuterGram_GiveIdenticalBitsOnOneAndTwoThreads(int n, int p, int tallMax)
    {
        KernelOptions two = TinyBlocks with { ParallelMinimumFlops = 0, MaxThreads = 2, TallGramMaxColumns = tallMax, DepthBlock = 37 };
        KernelOptions one = two with { MaxThreads = 1 };
        Matrix<double> x = Random(n, p, 34);
        AssertSameBits(Dense.Gram(x, one), Dense.Gram(x, two));
        AssertSameBits(Dense.OuterGram(x.Transpose(), one), Dense.OuterGram(x.Transpose(), two));
        AssertMatchesNaive(Dense.Gram(x, two), 1, x, Transpose.Yes, x, Transpose.No, 0, Matrix<double>.Build.Dense(p, p));
    }

    [Fact]
    public void Gram_OfHandWorkedMatrix_IsItsCrossProduct()
    {
        // X = [1 2; 3 4; 5 6]: XᵀX = [35 44; 44 56], XXᵀ = [5 11 17; 11 25 39; 17 39 61]
        Matrix<double> x = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        Assert.Equal(new double[] { 35, 44, 44, 56 }, Dense.Gram(x).ToColumnMajorArray());
        Assert.Equal(new double[] { 5, 11, 17, 11, 25, 39, 17, 39, 61 }, Dense.OuterGram(x).ToColumnMajorArray());
    }
}

using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Numerics.Kernels;
using static MlDerivations.Tests.Numerics.DenseReference;

namespace MlDerivations.Tests.Numerics;

/// <summary>
/// The product against the naive triple loop. The kernel paths are forced through KernelOptions.Path;
/// to run the automatic choice on a machine without AVX-512, as old notebook kernels may meet, run
/// <c>DOTNET_EnableAVX512=0 dotnet test tests/MlDerivations.Tests --filter FullyQualifiedName~Dense</c>
/// (the forced Vector512 path then falls back to the scalar kernel, which gives the same bits).
/// </summary>
public sealed class DenseGemmTests
{
    public static TheoryData<int, int, int> EdgeShapes()
    {
        // With TinyBlocks (MC 20, KC 7, NC 50) and tiles of 8 × 24, 6 or 4 these hit: single elements,
        // partial and full strips and panels, partial and several MC, KC and NC blocks.
        var shapes = new TheoryData<int, int, int>();
        int[] sizes = [1, 3, 8, 9, 24, 25, 41, 57];
        foreach (int m in sizes)
            foreach (int n in sizes)
                shapes.Add(m, n, (m * 7 + n * 3) % 23 + 1);
        shapes.Add(20, 50, 7);
        shapes.Add(40, 100, 14);
        shapes.Add(21, 51, 15);
        return shapes;
    }

    // Kernel paths by name: KernelPath is internal, and theory parameters of public tests must be public.
    public static TheoryData<string> Paths() => new() { nameof(KernelPath.Vector512), nameof(KernelPath.Vector256), nameof(KernelPath.Scalar) };

    [Theory]
    [MemberData(nameof(EdgeShapes))]
    public void Gemm_MatchesNaiveLoop_ForEveryTransposeAndEdgeTileWithTinyBlocks(int m, int n, int k)
    {
        foreach (Transpose ta in new[] { Transpose.No, Transpose.Yes })
        {
            foreach (Transpose tb in new[] { Transpose.No, Transpose.Yes })
            {
                Matrix<double> a = Stored(m, k, ta, 1), b = Stored(k, n, tb, 2), c0 = Random(m, n, 3);
                Matrix<double> c = c0.Clone();
                Dense.Gemm(1.5, a, ta, b, tb, -0.5, c, TinyBlocks);
                AssertMatchesNaive(c, 1.5, a, ta, b, tb, -0.5, c0);
            }
        }
    }

    [Theory]
    [InlineData(300, 300, 300)]
    [InlineData(257, 131, 400)]
    [InlineData(5, 290, 170)]
    [InlineData(290, 3, 390)]
    public void Gemm_MatchesNaiveLoop_ForEveryTransposeAtSizesUpTo300WithDefaultBlocks(int m, int n, int k)
    {
        foreach (Transpose ta in new[] { Transpose.No, Transpose.Yes })
        {
            foreach (Transpose tb in new[] { Transpose.No, Transpose.Yes })
            {
                Matrix<double> a = Stored(m, k, ta, 4), b = Stored(k, n, tb, 5), c0 = Random(m, n, 6);
                Matrix<double> c = c0.Clone();
                Dense.Gemm(1.0, a, ta, b, tb, 1.0, c);
                AssertMatchesNaive(c, 1.0, a, ta, b, tb, 1.0, c0);
            }
        }
    }

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(2.5, -0.5)]
    [InlineData(0.0, 2.0)]
    [InlineData(-1.0, 1.0)]
    [InlineData(0.0, 0.0)]
    public void Gemm_ComputesAlphaProductPlusBetaC(double alpha, double beta)
    {
        Matrix<double> a = Random(33, 27, 7), b = Random(27, 29, 8), c0 = Random(33, 29, 9);
        Matrix<double> c = c0.Clone();
        Dense.Gemm(alpha, a, Transpose.No, b, Transpose.No, beta, c, TinyBlocks);
        AssertMatchesNaive(c, alpha, a, Transpose.No, b, Transpose.No, beta, c0);
    }

    [Fact]
    public void Gemm_IgnoresNaNInCWhenBetaIsZero()
    {
        Matrix<double> a = Random(9, 4, 10), b = Random(4, 25, 11);
        Matrix<double> c = Matrix<double>.Build.Dense(9, 25, double.NaN);
        Dense.Gemm(1.0, a, Transpose.No, b, Transpose.No, 0.0, c);
        AssertMatchesNaive(c, 1.0, a, Transpose.No, b, Transpose.No, 0.0, Matrix<double>.Build.Dense(9, 25));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Gemm_MatchesNaiveLoop_OnEachKernelPath(string path)
    {
        KernelOptions options = TinyBlocks with { Path = Enum.Parse<KernelPath>(path) };
        foreach (Transpose ta in new[] { Transpose.No, Transpose.Yes })
        {
            foreach (Transpose tb in new[] { Transpose.No, Transpose.Yes })
            {
                Matrix<double> a = Stored(45, 30, ta, 12), b = Stored(30, 53, tb, 13), c0 = Random(45, 53, 14);
                Matrix<double> c = c0.Clone();
                Dense.Gemm(0.75, a, ta, b, tb, 1.0, c, options);
                AssertMatchesNaive(c, 0.75, a, ta, b, tb, 1.0, c0);
            }
        }
    }

    [Fact]
    public void Gemm_GivesTheSameBitsOnEveryKernelPath()
    {
        // Each element gets one FMA per k in order and one FMA into C, whatever the tile width.
        Matrix<double> a = Random(61, 75, 15), b = Random(75, 70, 16);
        Matrix<double>[] results = new[] { KernelPath.Vector512, KernelPath.Vector256, KernelPath.Scalar }
            .Select(path => Dense.Multiply(a, b, TinyBlocks with { Path = path })).ToArray();
        AssertSameBits(results[0], results[1]);
        AssertSameBits(results[0], results[2]);
    }

    [Theory]
    [InlineData(Transpose.No, Transpose.No, 203, 181)]
    [InlineData(Transpose.Yes, Transpose.No, 181, 203)]
    [InlineData(Transpose.No, Transpose.Yes, 70, 311)]
    [InlineData(Transpose.Yes, Transpose.Yes, 311, 70)]
    public void Gemm_GivesIdenticalBitsOnOneAndTwoThreads(Transpose ta, Transpose tb, int m, int n)
    {
        Matrix<double> a = Stored(m, 150, ta, 17), b = Stored(150, n, tb, 18), c0 = Random(m, n, 19);
        Matrix<double> one = c0.Clone(), two = c0.Clone();
        KernelOptions parallel = TinyBlocks with { ParallelMinimumFlops = 0, MaxThreads = 2, DepthBlock = 64 };
        Dense.Gemm(1.25, a, ta, b, tb, 0.5, one, parallel with { MaxThreads = 1 });
        Dense.Gemm(1.25, a, ta, b, tb, 0.5, two, parallel);
        AssertSameBits(one, two);
        AssertMatchesNaive(two, 1.25, a, ta, b, tb, 0.5, c0);
    }

    [Fact]
    public void MultiplyAndTransposeMultiply_MatchNaiveLoop()
    {
        Matrix<double> a = Random(130, 70, 20), b = Random(70, 90, 21), t = Random(130, 40, 22);
        AssertMatchesNaive(Dense.Multiply(a, b), 1, a, Transpose.No, b, Transpose.No, 0, Matrix<double>.Build.Dense(130, 90));
        AssertMatchesNaive(Dense.TransposeMultiply(a, t), 1, a, Transpose.Yes, t, Transpose.No, 0, Matrix<double>.Build.Dense(70, 40));
    }

    [Fact]
    public void Gemm_WorksOnSparseInputsAndOutputByConvertingThem()
    {
        Matrix<double> a = Matrix<double>.Build.SparseOfMatrix(Random(12, 10, 23));
        Matrix<double> b = Matrix<double>.Build.Diagonal(10, 10, i => i + 1.0);
        Matrix<double> c = Matrix<double>.Build.Sparse(12, 10);
        Dense.Gemm(1.0, a, Transpose.No, b, Transpose.No, 0.0, c);
        AssertMatchesNaive(c, 1, a, Transpose.No, b, Transpose.No, 0, Matrix<double>.Build.Dense(12, 10));
    }

    [Fact]
    public void Multiply_OfTwoByTwo_MatchesHandWorkedProduct()
    {
        // [1 2; 3 4]·[5 6; 7 8] = [19 22; 43 50]
        Matrix<double> a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });
        Matrix<double> b = Matrix<double>.Build.DenseOfArray(new double[,] { { 5, 6 }, { 7, 8 } });
        Assert.Equal(new double[] { 19, 43, 22, 50 }, Dense.Multiply(a, b).ToColumnMajorArray());
    }
}

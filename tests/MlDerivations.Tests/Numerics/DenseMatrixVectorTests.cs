using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics;
using MlDerivations.Numerics.Kernels;
using static MlDerivations.Tests.Numerics.DenseReference;

namespace MlDerivations.Tests.Numerics;

public sealed class DenseMatrixVectorTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 7)]
    [InlineData(17, 33)]
    [InlineData(300, 5)]
    [InlineData(4100, 3)]
    [InlineData(31, 290)]
    public void MultiplyAndTransposeMultiply_MatchNaiveLoop(int m, int n)
    {
        Matrix<double> a = Random(m, n, 40);
        Vector<double> x = RandomVector(n, 41), z = RandomVector(m, 42);
        Matrix<double> ax = Dense.Multiply(a, x).ToColumnMatrix(), atz = Dense.TransposeMultiply(a, z).ToColumnMatrix();
        AssertMatchesNaive(ax, 1, a, Transpose.No, x.ToColumnMatrix(), Transpose.No, 0, Matrix<double>.Build.Dense(m, 1));
        AssertMatchesNaive(atz, 1, a, Transpose.Yes, z.ToColumnMatrix(), Transpose.No, 0, Matrix<double>.Build.Dense(n, 1));
    }

    [Fact]
    public void MatrixVectorProducts_GiveIdenticalBitsOnOneAndTwoThreads()
    {
        KernelOptions two = new() { ParallelMinimumElements = 0, MaxThreads = 2 };
        KernelOptions one = two with { MaxThreads = 1 };
        Matrix<double> a = Random(5003, 37, 43);
        Vector<double> x = RandomVector(37, 44), z = RandomVector(5003, 45);
        AssertSameBits(Dense.Multiply(a, x, one).ToColumnMatrix(), Dense.Multiply(a, x, two).ToColumnMatrix());
        AssertSameBits(Dense.TransposeMultiply(a, z, one).ToColumnMatrix(), Dense.TransposeMultiply(a, z, two).ToColumnMatrix());
    }

    [Fact]
    public void Multiply_OfHandWorkedCase_IsExact()
    {
        // [1 2; 3 4]·[1, −1] = [−1, −1]; [1 2; 3 4]ᵀ·[1, −1] = [−2, −2]
        Matrix<double> a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });
        Vector<double> x = Vector<double>.Build.Dense([1.0, -1.0]);
        Assert.Equal(new[] { -1.0, -1.0 }, Dense.Multiply(a, x).ToArray());
        Assert.Equal(new[] { -2.0, -2.0 }, Dense.TransposeMultiply(a, x).ToArray());
    }
}

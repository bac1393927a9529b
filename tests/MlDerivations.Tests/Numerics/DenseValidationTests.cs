using MathNet.Numerics.LinearAlgebra;
using MlDerivations.Numerics;

namespace MlDerivations.Tests.Numerics;

public sealed class DenseValidationTests
{
    private static readonly Matrix<double> A23 = Matrix<double>.Build.Dense(2, 3, 1.0);
    private static readonly Matrix<double> B34 = Matrix<double>.Build.Dense(3, 4, 1.0);

    public static TheoryData<string, Action, Type, string> InvalidCalls()
    {
        Matrix<double> c24 = Matrix<double>.Build.Dense(2, 4);
        Vector<double> v2 = Vector<double>.Build.Dense(2), v3 = Vector<double>.Build.Dense(3);
        return new TheoryData<string, Action, Type, string>
        {
            { "null a", () => Dense.Gemm(1, null!, Transpose.No, B34, Transpose.No, 0, c24), typeof(ArgumentNullException), "a" },
            { "null b", () => Dense.Multiply(A23, (Matrix<double>)null!), typeof(ArgumentNullException), "b" },
            { "null c", () => Dense.Gemm(1, A23, Transpose.No, B34, Transpose.No, 0, null!), typeof(ArgumentNullException), "c" },
            { "bad transA", () => Dense.Gemm(1, A23, (Transpose)5, B34, Transpose.No, 0, c24), typeof(ArgumentOutOfRangeException), "transA" },
            { "bad transB", () => Dense.Gemm(1, A23, Transpose.No, B34, (Transpose)(-1), 0, c24), typeof(ArgumentOutOfRangeException), "transB" },
            { "NaN alpha", () => Dense.Gemm(double.NaN, A23, Transpose.No, B34, Transpose.No, 0, c24), typeof(ArgumentOutOfRangeException), "alpha" },
            { "infinite beta", () => Dense.Gemm(1, A23, Transpose.No, B34, Transpose.No, double.PositiveInfinity, c24), typeof(ArgumentOutOfRangeException), "beta" },
            { "inner mismatch", () => Dense.Gemm(1, A23, Transpose.Yes, B34, Transpose.No, 0, c24), typeof(ArgumentException), "b" },
            { "wrong c", () => Dense.Gemm(1, A23, Transpose.No, B34, Transpose.No, 0, Matrix<double>.Build.Dense(2, 3)), typeof(ArgumentException), "c" },
            { "c is a", () => Dense.Gemm(1, A23, Transpose.No, Matrix<double>.Build.Dense(3, 3), Transpose.No, 0, A23), typeof(ArgumentException), "c" },
            { "Multiply mismatch", () => Dense.Multiply(A23, A23), typeof(ArgumentException), "b" },
            { "TransposeMultiply mismatch", () => Dense.TransposeMultiply(A23, B34), typeof(ArgumentException), "b" },
            { "null x of Gram", () => Dense.Gram(null!), typeof(ArgumentNullException), "x" },
            { "null x of OuterGram", () => Dense.OuterGram(null!), typeof(ArgumentNullException), "x" },
            { "Ax mismatch", () => Dense.Multiply(A23, v2), typeof(ArgumentException), "x" },
            { "Aᵀx mismatch", () => Dense.TransposeMultiply(A23, v3), typeof(ArgumentException), "x" },
            { "null vector", () => Dense.Multiply(A23, (Vector<double>)null!), typeof(ArgumentNullException), "x" },
            { "null matrix of Aᵀx", () => Dense.TransposeMultiply(null!, v2), typeof(ArgumentNullException), "a" },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidCalls))]
    public void InvalidInput_ThrowsNamingTheParameter(string _, Action call, Type exceptionType, string parameter)
    {
        var exception = Assert.Throws(exceptionType, call);
        Assert.Equal(parameter, ((ArgumentException)exception).ParamName);
        Assert.StartsWith($"Dense.{char.ToUpperInvariant(parameter[0])}{parameter[1..]} must ", exception.Message);
    }

    [Fact]
    public void ShapeMismatch_MessageNamesBothShapes()
    {
        var e = Assert.Throws<ArgumentException>(() => Dense.Gemm(1, A23, Transpose.Yes, B34, Transpose.No, 0, Matrix<double>.Build.Dense(3, 4)));
        Assert.Equal("Dense.B must have as many rows in op(b) as op(a) has columns; got op(a) 3×2 and op(b) 3×4. (Parameter 'b')", e.Message);
    }
}

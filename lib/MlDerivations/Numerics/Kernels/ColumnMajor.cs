namespace MlDerivations.Numerics.Kernels;

/// <summary>
/// A column-major matrix as the kernels see it: its array (MathNet's own storage, not a copy), its
/// stored shape, and whether the product uses it transposed. Element (i, j) is Data[i + j·Rows].
/// </summary>
internal readonly record struct ColumnMajor(double[] Data, int Rows, int Columns, Transpose Transpose = Transpose.No)
{
    /// <summary>Rows of op(M).</summary>
    public int OpRows => Transpose == Transpose.No ? Rows : Columns;

    /// <summary>Columns of op(M).</summary>
    public int OpColumns => Transpose == Transpose.No ? Columns : Rows;

    /// <summary>Offset of op(M)[i, j] in <see cref="Data"/>.</summary>
    public nint OffsetOfOp(int i, int j) => Transpose == Transpose.No ? i + (nint)j * Rows : j + (nint)i * Rows;
}
